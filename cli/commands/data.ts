// `scrutineer backup`, `backups`, `restore`: backups of the encrypted database, and restoring one.
import { Command, InvalidArgumentError } from 'commander';
import { action } from '../context';
import type { PurgeResult } from '../../core/contract/data-types';
import { freeTextKindNames, type FreeTextKindName } from '../../model/retention';
import { documentsRestoredWords } from '../../model/words';

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
        s.print(outcome, () => [`Restored ${outcome.restoredFrom}.`, `The database as it was is kept in ${outcome.keptAs}.`, documentsRestoredWords(outcome.documents)].filter(Boolean).join('\n'));
      }),
    );
}

const freeTextKinds = freeTextKindNames;
type FreeTextKind = FreeTextKindName;

function keepKind(value: string, previous: FreeTextKind[]): FreeTextKind[] {
  if (!(freeTextKinds as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of: ${freeTextKinds.join(', ')}.`);
  return [...previous, value as FreeTextKind];
}

export function retentionCommand(): Command {
  const cmd = new Command('retention').description("Retention: each event's date, and purging identifiers from events past it.");
  cmd
    .command('run')
    .description('List the events past their retention date and purge their identifiers (references become Case 1, 2, ...; dates of birth, documents and free text go; grades, findings, the narrative and the action plan stay).')
    .option('--dry-run', 'only list what would be purged')
    .option('--keep <kind>', `free text to keep (repeat): ${freeTextKinds.join(', ')}`, keepKind, [])
    .action(
      action(async (s, opts: { dryRun?: boolean; keep: FreeTextKind[] }) => {
        const due = (await s.call('retention.list', {})).events.filter((e) => e.due);
        if (opts.dryRun || due.length === 0) {
          s.print(due, () => (due.length === 0 ? 'No event is past its retention date.' : due.map((e) => `${String(e.eventId).padStart(4)}  ${e.retentionDate}  ${e.name}  (would be purged)`).join('\n')));
          return;
        }
        const purged: (PurgeResult & { name: string })[] = [];
        for (const event of due) purged.push({ ...(await s.call('retention.purge', { eventId: event.eventId, keep: opts.keep })), name: event.name });
        s.print(purged, () =>
          purged.map((p) => `Purged event ${p.eventId} (${p.name}): ${p.cases} case references, ${p.datesOfBirth} dates of birth, ${p.documents} documents, ${p.trailValuesReplaced} trail values.`).join('\n'),
        );
      }),
    );
  cmd
    .command('list')
    .description("Every event's retention date.")
    .action(
      action(async (s) => {
        const view = await s.call('retention.list', {});
        s.print(view, () =>
          view.events.map((e) => `${String(e.eventId).padStart(4)}  ${e.retentionDate}  ${e.purgedAt ? 'purged' : e.due ? 'due' : '   '}  ${e.name}  (${e.basis === 'set' ? 'date set' : `${view.months} months after the ${e.basis}`})`).join('\n') || 'No events.',
        );
      }),
    );
  return cmd;
}
