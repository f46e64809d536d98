// Opens the one SQLite file: checks on the file (read-only), pragmas, backup, then migrations in a
// single transaction. Nothing here imports electron; the app, the CLI and tests all come through here.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../model/errors';
import { newestBackup, writeBackup } from './backups';
import { databaseProblem, restoreAdvice } from './errors';
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
  close(): void;
}

export interface OpenOptions {
  migrationsDir: string;
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
  if (!isMemory) mkdirSync(dirname(path), { recursive: true });
  const existed = !isMemory && existsSync(path);
  // Checked read-only first, so a file that is refused is never touched (not even WAL files).
  if (existed) checkExistingFile(path, migrations.length);
  const sqlite = connect(path);
  try {
    const backupPath = migrate(sqlite, path, existed, migrations, options.now ?? (() => new Date()));
    const db = drizzle(sqlite, { schema }) as Db;
    return { db, sqlite, path, schemaVersion: userVersion(sqlite), backupPath, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** Refuses an empty file, another program's SQLite file, a newer schema and a damaged file. */
export function checkExistingFile(path: string, known: number): void {
  if (statSync(path).isFile() && statSync(path).size === 0 && !existsSync(`${path}-wal`)) {
    throw new UserError(
      `${path} is an empty file (0 bytes), not a Scrutineer database. It has not been changed: if it should hold your data, restore it from a backup; to start afresh, delete it.`,
      'EMPTY_DATABASE',
    );
  }
  const fromHeader = headerUserVersion(path);
  if (fromHeader !== undefined && fromHeader > known) throw tooNew(path, fromHeader, known);
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const found = userVersion(probe);
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

function connect(path: string): Database.Database {
  const sqlite = new Database(path);
  try {
    // Before anything that takes a lock: another process may be writing.
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // FULL: a committed grade survives a power cut too, not only the app being killed.
    sqlite.pragma('synchronous = FULL');
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
