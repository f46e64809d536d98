// Copies of the database kept beside it: made before migrations change it, looked up when the
// file turns out to be damaged. A copy that could not be finished is removed, never left behind.
import Database from 'better-sqlite3';
import { readdirSync, rmSync, statSync } from 'node:fs';
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

const reasons: Partial<Record<DatabaseFailure, string>> = {
  full: 'the disk is full',
  readonly: 'the folder is read-only',
  ioerr: 'the disk reported an error',
  cantopen: 'the file could not be created',
};

/** A consistent copy (WAL contents included) written synchronously; on failure nothing is left. */
export function writeBackup(sqlite: Database.Database, databasePath: string, backupPath: string): void {
  try {
    sqlite.prepare('VACUUM INTO ?').run(backupPath);
  } catch (error) {
    rmSync(backupPath, { force: true });
    const failure = databaseFailureOf(error);
    const reason = failure && reasons[failure];
    if (!reason) throw error;
    throw new UserError(
      `The copy of ${databasePath} that is kept before updating it could not be written (${reason}). Nothing was changed and no partial copy was left; free some space or fix the folder, then start Scrutineer again.`,
      'BACKUP_FAILED',
    );
  }
}
