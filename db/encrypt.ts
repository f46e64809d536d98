// A database from before encryption is converted on the first start of this version: while the
// plain file is held (no other connection), a copy is encrypted with the new key, checked (SQLite's
// integrity_check and the same rows in every table), and then takes the plain file's place in one
// rename. Until that rename the plain file is the backup; killed half-way, the next start begins again.
import type Database from 'better-sqlite3';
import { copyFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../model/errors';
import { changeKey, connectKeyed, isPlainSqliteFile, type DatabaseKey } from './cipher';
import { databaseFailureOf } from './errors';
import { makePrivate, syncToDisk } from './private-files';
import { removeTemporary, replaceDatabase, temporaryPathFor } from './replace';
import { renameSync } from 'node:fs';

/** Row counts of every table: what the copy must match before it replaces anything. */
export function tableCounts(sqlite: Database.Database): Record<string, number> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

/** Opens a finished copy with its key and checks it page by page and against the original's counts. */
export function verifyCopy(copyPath: string, key: DatabaseKey | null, expected: Record<string, number>): void {
  const copy = connectKeyed(copyPath, key, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`The encrypted copy of the database failed SQLite's integrity check: ${String(check)}`);
    const found = tableCounts(copy);
    if (JSON.stringify(found) !== JSON.stringify(expected)) throw new Error('The encrypted copy of the database does not have the same rows as the original.');
  } finally {
    copy.close();
  }
}

/** Writes an encrypted copy of a plain file (held or idle) at copyPath and checks it. */
function encryptedCopy(source: Database.Database, sourcePath: string, copyPath: string, key: DatabaseKey): void {
  removeTemporary(copyPath);
  copyFileSync(sourcePath, copyPath);
  makePrivate(copyPath);
  const copy = connectKeyed(copyPath, null, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    changeKey(copy, key);
  } finally {
    copy.close();
  }
  verifyCopy(copyPath, key, tableCounts(source));
  syncToDisk(copyPath);
}

/** Converts the plain database at path to an encrypted one with key; old or new if interrupted. */
export function encryptPlainDatabase(path: string, key: DatabaseKey): void {
  const copyPath = temporaryPathFor(path, 'encrypting');
  try {
    replaceDatabase(path, null, (held) => {
      encryptedCopy(held, path, copyPath, key);
      return copyPath;
    });
  } catch (error) {
    removeTemporary(copyPath);
    throw conversionProblem(error, path);
  }
  encryptPlainBackups(path, key);
}

/** Copies kept by the previous version (before migrations) are encrypted with the same key. */
function encryptPlainBackups(path: string, key: DatabaseKey): void {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  for (const name of readdirSync(dir).filter((n) => n.startsWith(prefix) && n.endsWith('.bak'))) {
    const backup = join(dir, name);
    if (!isPlainSqliteFile(backup)) continue;
    const copyPath = `${backup}.encrypting.tmp`;
    const source = connectKeyed(backup, null, { readonly: true, fileMustExist: true });
    try {
      encryptedCopy(source, backup, copyPath, key);
    } catch {
      // A damaged old copy stays as it was; the database itself is already converted.
      removeTemporary(copyPath);
      continue;
    } finally {
      source.close();
    }
    renameSync(copyPath, backup);
  }
}

function conversionProblem(error: unknown, path: string): unknown {
  const failure = databaseFailureOf(error);
  if (failure === 'full' || failure === 'ioerr' || failure === 'readonly') {
    const reason = failure === 'full' ? 'the disk is full' : failure === 'readonly' ? 'the folder is read-only' : 'the disk reported an error';
    return new UserError(`${path} could not be encrypted (${reason}). It has not been changed; fix that and start Scrutineer again.`, 'BACKUP_FAILED');
  }
  return error;
}
