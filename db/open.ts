// Opens the one SQLite file: pragmas, newer-version refusal, backup, then migrations in a single
// transaction. Nothing here imports electron; the app, the CLI and tests all come through here.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../model/errors';
import { loadMigrations, type Migration } from './migrations';
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

export function openDatabase(path: string, options: OpenOptions): OpenedDatabase {
  const migrations = options.migrations ?? loadMigrations(options.migrationsDir);
  const known = migrations.length;
  const isMemory = path === ':memory:';
  if (!isMemory) {
    const dir = dirname(path);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  }
  const existed = !isMemory && existsSync(path);

  // Check the version read-only first, so a newer database is never touched (not even WAL files).
  if (existed) {
    const fromHeader = headerUserVersion(path);
    if (fromHeader !== undefined && fromHeader > known) throw tooNew(path, fromHeader, known);
    const probe = new Database(path, { readonly: true, fileMustExist: true });
    let found: number;
    let tableCount: number;
    try {
      found = probe.pragma('user_version', { simple: true }) as number;
      tableCount = (probe.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    } catch {
      probe.close();
      throw new UserError(`${path} is not a Scrutineer database (it could not be read as SQLite).`, 'NOT_A_DATABASE');
    } finally {
      if (probe.open) probe.close();
    }
    if (found === 0 && tableCount > 0) {
      throw new UserError(`${path} is an SQLite file of another program, not a Scrutineer database. It has not been changed.`, 'NOT_A_DATABASE');
    }
    if (found > known) throw tooNew(path, found, known);
  }

  const sqlite = new Database(path);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // FULL: a committed grade survives a power cut too, not only the app being killed.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('busy_timeout = 5000');
    const current = sqlite.pragma('user_version', { simple: true }) as number;
    let backupPath: string | null = null;
    const pending = migrations.filter((m) => m.version > current);
    if (pending.length > 0) {
      if (existed && current > 0) {
        const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
        backupPath = `${path}.v${current}-${stamp}.bak`;
        // VACUUM INTO writes a consistent copy synchronously, WAL contents included.
        sqlite.prepare('VACUUM INTO ?').run(backupPath);
      }
      applyMigrations(sqlite, pending);
    }
    const db = drizzle(sqlite, { schema }) as Db;
    return {
      db,
      sqlite,
      path,
      schemaVersion: sqlite.pragma('user_version', { simple: true }) as number,
      backupPath,
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
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

/** All pending migrations in one transaction: either the database reaches the new version or nothing changes. */
function applyMigrations(sqlite: Database.Database, pending: Migration[]): void {
  // Foreign-key enforcement cannot change inside a transaction; table rebuilds need it off.
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.transaction(() => {
      for (const migration of pending) {
        for (const statement of migration.statements) sqlite.exec(statement);
        sqlite.pragma(`user_version = ${migration.version}`);
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`Migration left ${violations.length} foreign key violations.`);
    })();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
