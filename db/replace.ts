// Replacing the database file as a whole (encrypting it, restoring a backup): the new file is
// made and checked under a temporary name while the old one is held so that no other connection
// can read or write it, then renamed into place in one step. Killed at any point, the next start
// finds the old file or the new one, never a mix; a leftover temporary file is simply removed.
import type Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../model/errors';
import { connectKeyed, type DatabaseKey } from './cipher';
import { databaseFailureOf } from './errors';
import { syncFolder, syncToDisk } from './private-files';

/** The temporary names used beside the database; removed before an operation starts again. */
export const temporaryPathFor = (databasePath: string, purpose: 'encrypting' | 'restoring'): string => `${databasePath}.${purpose}.tmp`;

/**
 * Holds the database so that no other connection can use it (switching out of WAL needs every
 * other connection closed; the exclusive lock then keeps new ones out) and runs work with that
 * connection. Another window or command that has the file open makes this fail with one line.
 */
export function withDatabaseHeld<T>(path: string, key: DatabaseKey | null, work: (held: Database.Database) => T): T {
  const held = connectKeyed(path, key, { fileMustExist: true });
  try {
    held.pragma('busy_timeout = 5000');
    try {
      // Checkpoints the WAL into the file and removes it: the file alone is the whole database.
      held.pragma('journal_mode = DELETE');
      held.pragma('locking_mode = EXCLUSIVE');
      held.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      if (databaseFailureOf(error) === 'busy') {
        throw new UserError(`${path} is open in another Scrutineer window or command: close it and try again. Nothing was changed.`, 'DATABASE_IN_USE');
      }
      throw error;
    }
    return work(held);
  } finally {
    if (held.inTransaction) held.exec('ROLLBACK');
    held.close();
  }
}

/**
 * Builds the replacement while the old file is held (build returns its path, finished and checked)
 * and puts it in the database's place. On macOS and Linux the rename happens while the old file is
 * still held; Windows cannot rename over an open file, so there it follows as soon as it is let go.
 */
export function replaceDatabase(path: string, key: DatabaseKey | null, build: (held: Database.Database) => string): void {
  const replacement = withDatabaseHeld(path, key, (held) => {
    const built = build(held);
    syncToDisk(built);
    if (process.platform !== 'win32') moveIntoPlace(built, path);
    return built;
  });
  if (process.platform === 'win32') moveIntoPlace(replacement, path);
}

function moveIntoPlace(replacement: string, path: string): void {
  renameSync(replacement, path);
  syncFolder(dirname(path));
}

export function removeTemporary(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}
