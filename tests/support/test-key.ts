// The key every test database is encrypted with (fictional, for tests only): the CLI and the web
// transport get it as SCRUTINEER_DB_KEY (set for all vitest runs in vitest.config.ts and passed
// to child processes), in-process tests pass it to openCore.
import type Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changeKey, connectKeyed, DatabaseKey } from '../../db/cipher';

export const TEST_KEY_HEX = '5c7e1f0a9b3d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e';
export const testKey = (): DatabaseKey => DatabaseKey.fromHex(TEST_KEY_HEX)!;

/** A raw better-sqlite3 connection on a test database, keyed like the app's. */
export function openTestDatabase(path: string, options: Database.Options = {}): Database.Database {
  return connectKeyed(path, testKey(), options);
}

/**
 * The database's pages as they are once decrypted, free pages included: a copy of the file is
 * decrypted in place (PRAGMA rekey to no key rewrites every page), so a test can look for text
 * that deletion should have overwritten. Checkpoint the WAL first.
 */
export function decryptedBytes(path: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-decrypted-'));
  try {
    const copy = join(dir, 'copy.db');
    copyFileSync(path, copy);
    const sqlite = connectKeyed(copy, testKey());
    sqlite.pragma('journal_mode = DELETE');
    changeKey(sqlite, null);
    sqlite.close();
    return readFileSync(copy);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
