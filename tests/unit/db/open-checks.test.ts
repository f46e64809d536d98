// Checks made when a database is opened, on real files: damage that reads alone would not notice
// is found by PRAGMA quick_check before anything is written, and the newest backup is named.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultAppPaths } from '../../../core/paths';
import { isUserError } from '../../../model/errors';
import { openDatabase } from '../../../db/open';
import { tempDbPath, sha256File } from '../helpers/temp';

const { migrationsDir } = defaultAppPaths();

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected the database to be refused');
}

/** One page more than any table uses, counted in the header: ordinary queries never read it. */
function appendUnusedPage(path: string): number {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.readUInt32BE(28);
  bytes.writeUInt32BE(pages + 1, 28);
  writeFileSync(path, Buffer.concat([bytes, Buffer.alloc(pageSize)]));
  return pages + 1;
}

describe('opening a database', () => {
  it('runs quick_check: a page no table uses is reported, nothing is written, and the newest backup is named', () => {
    const path = tempDbPath();
    const store = openDatabase(path, { migrationsDir, key: null });
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    const page = appendUnusedPage(path);
    const backup = `${path}.v5-2026-01-01T00-00-00-000Z.bak`;
    writeFileSync(backup, 'a copy');
    const before = sha256File(path);

    const error = refusal(() => openDatabase(path, { migrationsDir, key: null }));
    expect(error.code).toBe('DATABASE_DAMAGED');
    const [start, end] = error.message.split(/\(Page \d+:? (?:is )?never used\)/);
    expect(error.message).toContain(`(Page ${page}`);
    expect(start).toBe(`${path} is damaged: SQLite's check found a problem `);
    expect(end).toBe(`. Nothing was written to it. The newest backup is ${backup}: close Scrutineer, move the damaged file aside and copy the backup in its place.`);
    expect(sha256File(path)).toBe(before);
  });

  it('opens an undamaged database again and again', () => {
    const path = tempDbPath();
    openDatabase(path, { migrationsDir, key: null }).close();
    const store = openDatabase(path, { migrationsDir, key: null });
    expect(store.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    store.close();
  });
});
