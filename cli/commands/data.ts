// `scrutineer backup`, `backups`, `restore`: backups of the encrypted database, and restoring one.
import { Command } from 'commander';
import { action } from '../context';

/** "30 cases, 1,200 grades, ..." from what a deletion counted. */
export function describeDeletion(rows: Record<string, number>, documentFiles: number): string {
  const parts = Object.entries(rows).map(([kind, n]) => `${n.toLocaleString('en-GB')} ${kind}`);
  if (documentFiles > 0) parts.push(`${documentFiles} document file${documentFiles === 1 ? '' : 's'}`);
  return parts.join(', ');
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export function backupCommand(): Command {
  return new Command('backup')
    .description('Back up the database now (an encrypted copy, with the same key): into the rotation beside it, or to --out FILE.')
    .option('--out <file>', 'write the backup to this new file instead (it is not rotated)')
    .action(
      action(async (s, opts: { out?: string }) => {
        if (opts.out) {
          const written = await s.call('data.backupTo', { path: opts.out });
          s.print(written, () => written.path);
          return;
        }
        const backup = await s.call('data.backupNow', {});
        s.print(backup, () => backup.path);
      }),
    );
}

export function backupsCommand(): Command {
  return new Command('backups').description('List the backups kept beside the database, newest first.').action(
    action(async (s) => {
      const status = await s.call('data.status', {});
      s.print(status.backups, () =>
        status.backups.length === 0
          ? 'No backups yet.'
          : status.backups.map((b) => `${b.at}  ${b.kind.padEnd(16)} ${megabytes(b.bytes).padStart(9)}  ${b.path}`).join('\n'),
      );
    }),
  );
}

export function restoreCommand(): Command {
  return new Command('restore')
    .description('Restore a backup: it is checked first (integrity, schema version, key), and the current database is kept as a backup.')
    .argument('<file>', 'the backup file')
    .action(
      action(async (s, file: string) => {
        const outcome = await s.call('data.restore', { path: file });
        s.print(outcome, () => `Restored ${outcome.restoredFrom}.\nThe database as it was is kept in ${outcome.keptAs}.`);
      }),
    );
}
