// Opens the one SQLite file: checks on the file (read-only), encryption of a plain file from an
// earlier version, the key and pragmas, backup, then migrations in a single transaction. Nothing
// here imports electron; the app, the CLI and tests all come through here.
import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../model/errors';
import { newestBackup, removeAbandonedPartials, writeBackup } from './backups';
import { connectKeyed, isNotADatabase, isPlainSqliteFile, keyDoesNotOpen, type DatabaseKey } from './cipher';
import { encryptPlainDatabase } from './encrypt';
import { databaseProblem, restoreAdvice } from './errors';
import { makePrivate, makePrivateFolder } from './private-files';
import { removeTemporary, temporaryPathFor } from './replace';
import { loadMigrations, type Migration } from './migrations';
import { writeTransactionRaw } from './write';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The database or a transaction on it: what query functions take, so they compose inside one transaction. */
export type Queryable = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface OpenedDatabase {
  db: Db;
  sqlite: Database.Database;
  path: string;
  schemaVersion: number;
  /** Path of the copy kept before migrating, when migrations ran on an existing file. */
  backupPath: string | null;
  /** The key the file is encrypted with; null only for ':memory:' and plain test files. */
  key: DatabaseKey | null;
  /** True when this open converted a plain file from an earlier version to an encrypted one. */
  converted: boolean;
  close(): void;
}

export interface OpenOptions {
  migrationsDir: string;
  /**
   * The database key. null opens a plain file: only ':memory:' and tests of the file format do;
   * the app always gives one, and a plain file opened with a key is encrypted first.
   */
  key: DatabaseKey | null;
  /** Overridable for tests that simulate an older app. */
  migrations?: Migration[];
  now?: () => Date;
}

/** Opens, checks and migrates; every failure of SQLite or the file system comes out as a plain UserError. */
export function openDatabase(path: string, options: OpenOptions): OpenedDatabase {
  try {
    return openChecked(path, options);
  } catch (error) {
    throw databaseProblem(error, path, newestBackup) ?? error;
  }
}

function openChecked(path: string, options: OpenOptions): OpenedDatabase {
  const migrations = options.migrations ?? loadMigrations(options.migrationsDir);
  const isMemory = path === ':memory:';
  const key = isMemory ? null : options.key;
  if (!isMemory && !existsSync(dirname(path))) makePrivateFolder(dirname(path));
  const existed = !isMemory && existsSync(path);
  let converted = false;
  // Checked read-only first, so a file that is refused is never touched (not even WAL files).
  if (existed && key && isPlainFile(path)) {
    checkExistingFile(path, migrations.length, null);
    encryptPlainDatabase(path, key);
    converted = true;
  }
  if (existed) checkExistingFile(path, migrations.length, key);
  const sqlite = connect(path, key);
  try {
    if (!isMemory) makePrivate(path, `${path}-wal`, `${path}-shm`);
    const backupPath = migrate(sqlite, path, existed, migrations, options.now ?? (() => new Date()));
    // The file opened and read: no conversion or restore is under way, so their leftovers can go.
    if (!isMemory) {
      for (const purpose of ['encrypting', 'restoring'] as const) removeTemporary(temporaryPathFor(path, purpose));
      removeAbandonedPartials(path);
    }
    const db = drizzle(sqlite, { schema }) as Db;
    return { db, sqlite, path, schemaVersion: userVersion(sqlite), backupPath, key, converted, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function isPlainFile(path: string): boolean {
  return statSync(path).isFile() && statSync(path).size > 0 && isPlainSqliteFile(path);
}

/** Refuses an empty file, another program's SQLite file, a newer schema, a damaged file and a key that does not fit. */
export function checkExistingFile(path: string, known: number, key: DatabaseKey | null): void {
  if (statSync(path).isFile() && statSync(path).size === 0 && !existsSync(`${path}-wal`)) {
    throw new UserError(
      `${path} is an empty file (0 bytes), not a Scrutineer database. It has not been changed: if it should hold your data, restore it from a backup; to start afresh, delete it.`,
      'EMPTY_DATABASE',
    );
  }
  const fromHeader = headerUserVersion(path);
  if (fromHeader !== undefined && fromHeader > known) throw tooNew(path, fromHeader, known);
  const probe = openProbe(path, key);
  try {
    const found = readUserVersion(probe, path, key);
    const tableCount = (probe.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (found === 0 && tableCount > 0) {
      throw new UserError(`${path} is an SQLite file of another program, not a Scrutineer database. It has not been changed.`, 'NOT_A_DATABASE');
    }
    if (found > known) throw tooNew(path, found, known);
    checkIntegrity(probe, path);
  } finally {
    probe.close();
  }
}

/**
 * SQLite creates -wal and -shm beside a WAL-mode file even to read it; a read-only connection
 * leaves them behind. A read-write one that only reads removes them when it closes as the last
 * connection, and writes nothing to the file. In a read-only folder, read-only it is.
 */
function openProbe(path: string, key: DatabaseKey | null): Database.Database {
  const probe = connectKeyed(path, key, { fileMustExist: true });
  try {
    probe.pragma('schema_version');
    return probe;
  } catch {
    // A read-only folder or file, or a wrong key: the read-only probe meets it again and says which.
    probe.close();
    return connectKeyed(path, key, { readonly: true, fileMustExist: true });
  }
}

/** The first read of a keyed file is where a wrong key shows ("file is not a database"). */
function readUserVersion(probe: Database.Database, path: string, key: DatabaseKey | null): number {
  try {
    return userVersion(probe);
  } catch (error) {
    if (key && isNotADatabase(error)) throw keyDoesNotOpen(path);
    throw error;
  }
}

/** PRAGMA quick_check: a damaged page is found before anything is written on top of it. */
export function checkIntegrity(sqlite: Database.Database, path: string): void {
  const problems = (sqlite.pragma('quick_check') as { quick_check: string }[])
    .map((row) => row.quick_check.replace(/\*\*\* in database \w+ \*\*\*/g, '').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== 'ok');
  if (problems.length === 0) return;
  throw new UserError(
    `${path} is damaged: SQLite's check found ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} (${problems[0]}). Nothing was written to it. ${restoreAdvice(newestBackup(path))}`,
    'DATABASE_DAMAGED',
  );
}

function connect(path: string, key: DatabaseKey | null): Database.Database {
  const sqlite = connectKeyed(path, key);
  try {
    // Before anything that takes a lock: another process may be writing.
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // FULL: a committed grade survives a power cut too, not only the app being killed.
    sqlite.pragma('synchronous = FULL');
    // Deleted rows are overwritten with zeros, so deleted text is not left in free pages.
    sqlite.pragma('secure_delete = ON');
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

const userVersion = (sqlite: Database.Database): number => sqlite.pragma('user_version', { simple: true }) as number;

/** Brings the schema up to date; returns the path of the copy kept first, if one was needed. */
function migrate(sqlite: Database.Database, path: string, existed: boolean, migrations: Migration[], now: () => Date): string | null {
  const current = userVersion(sqlite);
  if (!migrations.some((m) => m.version > current)) return null;
  let backupPath: string | null = null;
  if (existed && current > 0) {
    backupPath = `${path}.v${current}-${now().toISOString().replace(/[:.]/g, '-')}.bak`;
    writeBackup(sqlite, path, backupPath);
  }
  applyMigrations(sqlite, migrations);
  return backupPath;
}

function tooNew(path: string, found: number, known: number): UserError {
  return new UserError(
    `${path} was written by a newer version of Scrutineer (database schema ${found}; this app knows up to ${known}). ` +
      'Update Scrutineer to open it. The file has not been changed.',
    'DATABASE_TOO_NEW',
  );
}

/**
 * user_version read straight from the file header, when no -wal file can hold newer pages.
 * SQLite itself, even read-only, creates -wal and -shm beside a WAL-mode file and leaves them.
 */
function headerUserVersion(path: string): number | undefined {
  if (existsSync(`${path}-wal`)) return undefined;
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, header, 0, 100, 0) < 100) return undefined;
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return undefined;
  return header.readInt32BE(60);
}

/**
 * All pending migrations in one transaction: either the database reaches the new version or
 * nothing changes. The version is read again under the write lock, so two processes starting at
 * once migrate once.
 */
function applyMigrations(sqlite: Database.Database, migrations: Migration[]): void {
  // Foreign-key enforcement cannot change inside a transaction; table rebuilds need it off.
  sqlite.pragma('foreign_keys = OFF');
  try {
    writeTransactionRaw(sqlite, () => {
      const current = userVersion(sqlite);
      for (const migration of migrations.filter((m) => m.version > current)) {
        for (const statement of migration.statements) sqlite.exec(statement);
        sqlite.pragma(`user_version = ${migration.version}`);
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`Migration left ${violations.length} foreign key violations.`);
    });
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
