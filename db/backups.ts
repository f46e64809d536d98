// Copies of the database kept beside it: made before migrations change it, looked up when the
// file turns out to be damaged. A copy that could not be finished is removed, never left behind.
import type Database from 'better-sqlite3';
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createEmptyPrivateFile, syncFolder, syncToDisk } from './private-files';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../model/errors';
import { databaseFailureOf, type DatabaseFailure } from './errors';

/** The most recently written `<database>.*.bak` beside the database, or null. */
export function newestBackup(databasePath: string): string | null {
  const dir = dirname(databasePath);
  const prefix = `${basename(databasePath)}.`;
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.startsWith(prefix) && name.endsWith('.bak'));
  } catch {
    return null;
  }
  const dated = names.map((name) => ({ path: join(dir, name), at: statSync(join(dir, name)).mtimeMs }));
  return dated.sort((a, b) => b.at - a.at)[0]?.path ?? null;
}

/** The temporary name a backup is written under; the process id tells a live writer's from an abandoned one. */
const partialPathFor = (backupPath: string, pid = process.pid): string => `${backupPath}.${pid}.partial`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Copies beside the database that a process killed mid-backup left unfinished (never listed as
 * backups): removed on the next open. One whose writer is still running is left alone.
 */
export function removeAbandonedPartials(databasePath: string): number {
  const dir = dirname(databasePath);
  const prefix = `${basename(databasePath)}.`;
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = /\.bak\.(\d+)\.partial$/.exec(name)?.[1];
    if (!name.startsWith(prefix) || !pid || isRunning(Number(pid))) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

const reasons: Partial<Record<DatabaseFailure, string>> = {
  full: 'the disk is full',
  readonly: 'the folder is read-only',
  ioerr: 'the disk reported an error',
  cantopen: 'the file could not be created',
};

/**
 * A consistent copy (WAL contents included) written synchronously. VACUUM INTO writes it with the
 * database's own key (an encrypted database gives an encrypted copy) and without free pages, so
 * deleted text does not travel into backups. It is written under a temporary name and renamed
 * once complete: a copy cut short (disk full, the app killed) is never taken for a backup.
 */
export function writeBackup(sqlite: Database.Database, databasePath: string, backupPath: string, purpose: 'before-migration' | 'backup' = 'before-migration'): void {
  const partial = partialPathFor(backupPath);
  try {
    rmSync(partial, { force: true });
    createEmptyPrivateFile(partial);
    sqlite.prepare('VACUUM INTO ?').run(partial);
    syncToDisk(partial);
    renameSync(partial, backupPath);
    syncFolder(dirname(backupPath));
  } catch (error) {
    rmSync(partial, { force: true });
    const failure = databaseFailureOf(error);
    const reason = failure && reasons[failure];
    if (!reason) throw error;
    if (purpose === 'backup') {
      throw new UserError(`The backup of ${databasePath} could not be written to ${backupPath} (${reason}). The database is untouched and no partial copy was left; free some space or choose another folder, then try again.`, 'BACKUP_FAILED');
    }
    throw new UserError(
      `The copy of ${databasePath} that is kept before updating it could not be written (${reason}). Nothing was changed and no partial copy was left; free some space or fix the folder, then start Scrutineer again.`,
      'BACKUP_FAILED',
    );
  }
}
