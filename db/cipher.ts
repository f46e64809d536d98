// The database is encrypted in SQLCipher 4's format by SQLite3 Multiple Ciphers (the package
// installed under the name better-sqlite3). Every connection is keyed here, before it reads a page:
// the key is a random 256-bit data key given raw (x'…'), so SQLCipher's passphrase KDF is not used
// and any SQLCipher 4 tool opens the file with `PRAGMA key = "x'<64 hex digits>'"`.
import Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { UserError } from '../model/errors';

export const DATA_KEY_BYTES = 32;

/** A 256-bit database key. Held as bytes; written out only as 64 hex digits (the recovery key). */
export class DatabaseKey {
  private constructor(private readonly bytes: Buffer) {}

  static random(): DatabaseKey {
    return new DatabaseKey(randomBytes(DATA_KEY_BYTES));
  }

  static fromBytes(bytes: Uint8Array): DatabaseKey {
    if (bytes.length !== DATA_KEY_BYTES) throw new Error(`A database key has ${DATA_KEY_BYTES} bytes, not ${bytes.length}.`);
    return new DatabaseKey(Buffer.from(bytes));
  }

  /** 64 hex digits (what a recovery key file holds); undefined for anything else. */
  static fromHex(text: string): DatabaseKey | undefined {
    const trimmed = text.trim();
    return /^[0-9a-fA-F]{64}$/.test(trimmed) ? new DatabaseKey(Buffer.from(trimmed, 'hex')) : undefined;
  }

  hex(): string {
    return this.bytes.toString('hex');
  }

  raw(): Buffer {
    return Buffer.from(this.bytes);
  }

  equals(other: DatabaseKey): boolean {
    return this.bytes.equals(other.bytes);
  }

  /** Never print a key by accident (logs, error messages). */
  toString(): string {
    return '[database key]';
  }

  toJSON(): string {
    return '[database key]';
  }
}

/** Keys a fresh connection (before its first read): SQLCipher 4 format, raw key. */
export function applyKey(sqlite: Database.Database, key: DatabaseKey): void {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${key.hex()}'"`);
}

/** Replaces the key of an open, keyed connection's database (every page is rewritten). */
export function changeKey(sqlite: Database.Database, key: DatabaseKey | null): void {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(key ? `rekey = "x'${key.hex()}'"` : "rekey = ''");
}

/** A connection on an existing or new file, keyed when a key is given. */
export function connectKeyed(path: string, key: DatabaseKey | null, options: Database.Options = {}): Database.Database {
  const sqlite = new Database(path, options);
  try {
    if (key) applyKey(sqlite, key);
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

const PLAIN_MAGIC = 'SQLite format 3\0';

/** True when the file starts with SQLite's plain header (an unencrypted database). */
export function isPlainSqliteFile(path: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === PLAIN_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/** The one line for a key that does not open a file (SQLite says "file is not a database"). */
export function keyDoesNotOpen(path: string, what = 'database'): UserError {
  return new UserError(
    `The key does not open ${path}: it is encrypted with another key, or it is not a Scrutineer ${what}. It has not been changed.`,
    'WRONG_KEY',
  );
}

export function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_NOTADB');
}
