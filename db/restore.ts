// Restoring a backup: the file is opened with the key and checked (a Scrutineer database, a schema
// this version knows, SQLite's full integrity_check) before anything is replaced; the current
// database is kept as a backup first; then a checked copy takes the database's place in one rename
// (see replace.ts). A refusal is one line and replaces nothing.
import type Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { UserError } from '../model/errors';
import { changeKey, connectKeyed, isNotADatabase, isPlainSqliteFile, type DatabaseKey } from './cipher';
import { tableCounts, verifyCopy } from './encrypt';
import { databaseFailureOf } from './errors';
import { createEmptyPrivateFile } from './private-files';
import { removeTemporary, replaceDatabase, temporaryPathFor } from './replace';

export interface CheckedBackup {
  schemaVersion: number;
  counts: Record<string, number>;
  /** A backup from before encryption (a plain file): it is encrypted on the way in. */
  plain: boolean;
}

const refuse = (path: string, why: string) => new UserError(`${path} was not restored: ${why}. Nothing was replaced.`, 'NOT_A_BACKUP');

/** Opens the backup read-only with the key and checks it; one line for every reason to refuse. */
export function checkBackup(path: string, key: DatabaseKey | null, knownVersion: number): CheckedBackup {
  if (!existsSync(path) || !statSync(path).isFile()) throw refuse(path, 'there is no such file');
  if (statSync(path).size === 0) throw refuse(path, 'it is empty (0 bytes)');
  const plain = isPlainSqliteFile(path);
  let sqlite: Database.Database | undefined;
  try {
    sqlite = connectKeyed(path, plain ? null : key, { readonly: true, fileMustExist: true });
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    const counts = tableCounts(sqlite);
    if (version === 0 || !('cases' in counts)) throw refuse(path, 'it is not a Scrutineer backup');
    if (version > knownVersion) throw refuse(path, `it was made by a newer version of Scrutineer (database schema ${version}; this app knows up to ${knownVersion})`);
    const check = sqlite.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw refuse(path, 'it is damaged or cut short (SQLite\'s integrity check failed)');
    return { schemaVersion: version, counts, plain };
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (isNotADatabase(error)) throw refuse(path, 'it is not a Scrutineer backup, or it was made with another key');
    const failure = databaseFailureOf(error);
    if (failure === 'corrupt' || failure === 'ioerr') throw refuse(path, 'it is damaged or cut short (SQLite could not read all of it)');
    if (failure === 'cantopen' || failure === 'readonly') throw refuse(path, 'it cannot be read');
    throw error;
  } finally {
    sqlite?.close();
  }
}

/**
 * Replaces the database at databasePath with the checked backup. The caller has closed its own
 * connection and kept the current database as a backup; other windows or commands must be closed.
 */
export function replaceWithBackup(databasePath: string, key: DatabaseKey | null, backupPath: string, checked: CheckedBackup): void {
  const copyPath = temporaryPathFor(databasePath, 'restoring');
  try {
    replaceDatabase(databasePath, key, () => {
      removeTemporary(copyPath);
      createEmptyPrivateFile(copyPath);
      const source = connectKeyed(backupPath, checked.plain ? null : key, { readonly: true, fileMustExist: true });
      try {
        source.prepare('VACUUM INTO ?').run(copyPath);
      } finally {
        source.close();
      }
      if (checked.plain && key) {
        const copy = connectKeyed(copyPath, null, { fileMustExist: true });
        try {
          copy.pragma('journal_mode = DELETE');
          changeKey(copy, key);
        } finally {
          copy.close();
        }
      }
      verifyCopy(copyPath, key, checked.counts);
      return copyPath;
    });
  } catch (error) {
    removeTemporary(copyPath);
    throw error;
  }
}
