// The database at rest: encrypted in SQLCipher 4's format, opened only with its key, and a plain
// database from the previous version converted on first open with every row kept. Real files,
// the real CLI, and Debian's sqlite3 as the outside reader that must not get in.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../core/app';
import { createDemo } from '../../../core/demo/demo';
import { headlessHost } from '../../../core/headless-host';
import { connectKeyed, DatabaseKey, isPlainSqliteFile } from '../../../db/cipher';
import { tableCounts } from '../../../db/encrypt';
import { openTestDatabase, TEST_KEY_HEX, testKey } from '../../support/test-key';
import { runCliWith } from '../helpers/cli';
import { makeTempDir, sha256File } from '../helpers/temp';
import { itWith } from '../../support/clients';

const host = headlessHost('cli');

/** Every row of every table, in rowid order: what "keeps all data" compares. */
function dumpAll(sqlite: ReturnType<typeof openTestDatabase>): Record<string, unknown[]> {
  const tables = Object.keys(tableCounts(sqlite));
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

async function demoDatabase(key: DatabaseKey | null): Promise<{ path: string; references: string[]; evidence: string[] }> {
  const path = join(makeTempDir(), 'scrutineer.db');
  const core = openCore({ databasePath: path, key, host });
  try {
    await createDemo(core.store);
    const references = (core.store.sqlite.prepare('SELECT reference FROM cases').all() as { reference: string }[]).map((r) => r.reference);
    const evidence = (core.store.sqlite.prepare("SELECT DISTINCT evidence FROM grades WHERE evidence <> ''").all() as { evidence: string }[]).map((r) => r.evidence);
    core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { path, references, evidence };
  } finally {
    core.close();
  }
}

function filesBeside(path: string): string[] {
  return readdirSync(dirname(path)).toSorted();
}

describe('the encrypted database', () => {
  itWith('sqlite3')('holds no case reference and no evidence text in its bytes, and Debian sqlite3 cannot read it without the key', async () => {
    const { path, references, evidence } = await demoDatabase(testKey());
    expect(references.length).toBeGreaterThan(50);
    expect(evidence.length).toBeGreaterThan(5);
    const bytes = readFileSync(path).toString('latin1');
    for (const text of [...references, ...evidence, 'Anyshire', 'SQLite format 3']) expect(bytes).not.toContain(text);
    expect(isPlainSqliteFile(path)).toBe(false);

    const outside = spawnSync('sqlite3', [path, 'SELECT count(*) FROM cases;'], { encoding: 'utf8' });
    expect(outside.status).not.toBe(0);
    expect(outside.stderr).toMatch(/file is not a database/);
    // The right key opens it, with every case there.
    const keyed = openTestDatabase(path, { readonly: true });
    expect((keyed.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n).toBe(references.length);
    keyed.close();
  });

  it('a wrong key gives one clear line from the CLI, and the file and its folder are untouched', async () => {
    const { path } = await demoDatabase(testKey());
    const before = { sha: sha256File(path), mtime: statSync(path).mtimeMs, folder: statSync(dirname(path)).mtimeMs };
    const files = filesBeside(path);
    const run = await runCliWith({ env: { SCRUTINEER_DB_KEY: DatabaseKey.random().hex() } }, '--db', path, 'event', 'list');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`scrutineer: The key does not open ${path}: it is encrypted with another key, or it is not a Scrutineer database. It has not been changed.\n`);
    // Not a byte, not a modification time, not a file beside it (no -wal, -shm or backup).
    expect({ sha: sha256File(path), mtime: statSync(path).mtimeMs, folder: statSync(dirname(path)).mtimeMs }).toEqual(before);
    expect(filesBeside(path)).toEqual(files);
  });

  it('with no key and no terminal, the CLI says how to give one and creates nothing', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'new.db');
    const run = await runCliWith({ env: { SCRUTINEER_DB_KEY: '' } }, '--db', path, 'event', 'list');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'scrutineer: A new database needs a key: give a key or passphrase with --key-file FILE or the SCRUTINEER_DB_KEY environment variable, or run the command in a terminal to type it.\n',
    );
    expect(readdirSync(dir)).toEqual([]);

    const { path: existing } = await demoDatabase(testKey());
    const locked = await runCliWith({ env: { SCRUTINEER_DB_KEY: '' } }, '--db', existing, 'event', 'list');
    expect(locked.stderr).toBe(
      `scrutineer: ${existing} is encrypted: give its key with --key-file FILE or the SCRUTINEER_DB_KEY environment variable, or run the command in a terminal to type it.\n`,
    );
  });

  it('--key-file with the recovery key opens it; the files are the owner\'s only', async () => {
    const { path } = await demoDatabase(testKey());
    const keyFile = join(makeTempDir(), 'recovery.key');
    writeFileSync(keyFile, `${TEST_KEY_HEX}\n`);
    const run = await runCliWith({ env: { SCRUTINEER_DB_KEY: 'ignored when --key-file is given' } }, '--db', path, '--key-file', keyFile, '--json', 'event', 'list');
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(2);

    const fresh = join(makeTempDir(), 'data', 'scrutineer.db');
    const created = await runCliWith({}, '--db', fresh, 'event', 'list');
    expect(created.code, created.stderr).toBe(0);
    expect(statSync(dirname(fresh)).mode & 0o777).toBe(0o700);
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
  });

  it('a passphrase protects a random key in an age file beside the database; the wrong one is refused in one line', async () => {
    const path = join(makeTempDir(), 'scrutineer.db');
    const passphrase = 'fictional correct horse staple';
    const created = await runCliWith({ env: { SCRUTINEER_DB_KEY: passphrase } }, '--db', path, 'event', 'create', '--name', 'Passphrase event', '--framework', 'neglect-quick-check');
    expect(created.code, created.stderr).toBe(0);
    const keyFile = JSON.parse(readFileSync(`${path}.key`, 'utf8')) as { protection: string; age: string };
    expect(keyFile.protection).toBe('passphrase');
    expect(keyFile.age).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
    expect(readFileSync(`${path}.key`, 'utf8')).not.toContain(passphrase);
    expect(statSync(`${path}.key`).mode & 0o777).toBe(0o600);

    const again = await runCliWith({ env: { SCRUTINEER_DB_KEY: passphrase } }, '--db', path, 'event', 'list');
    expect(again.stdout).toContain('Passphrase event');
    const before = { sha: sha256File(path), mtime: statSync(path).mtimeMs, key: sha256File(`${path}.key`), files: filesBeside(path) };
    const wrong = await runCliWith({ env: { SCRUTINEER_DB_KEY: 'not the fictional passphrase' } }, '--db', path, 'event', 'list');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(`scrutineer: That passphrase does not open ${path}.key. Nothing was changed; try again, or give the recovery key with --key-file.\n`);
    expect({ sha: sha256File(path), mtime: statSync(path).mtimeMs, key: sha256File(`${path}.key`), files: filesBeside(path) }).toEqual(before);
    // Each run derives the key with scrypt (age's passphrase mode), on purpose slow.
  }, 120_000);
});

describe('a plain database from the previous version', () => {
  it('is encrypted on first open with every row of every table kept, and its old plain copies are encrypted too', async () => {
    const { path, references } = await demoDatabase(null);
    expect(isPlainSqliteFile(path)).toBe(true);
    const plainCopy = `${path}.v6-2026-01-01T00-00-00-000Z.bak`;
    copyFileSync(path, plainCopy);
    const plain = connectKeyed(path, null, { readonly: true });
    const before = dumpAll(plain);
    plain.close();

    const core = openCore({ databasePath: path, key: testKey(), host });
    expect(core.store.converted).toBe(true);
    core.close();

    expect(isPlainSqliteFile(path)).toBe(false);
    const bytes = readFileSync(path).toString('latin1');
    for (const reference of references) expect(bytes).not.toContain(reference);
    const after = openTestDatabase(path, { readonly: true });
    expect(dumpAll(after)).toEqual(before);
    after.close();
    expect(isPlainSqliteFile(plainCopy)).toBe(false);
    expect(filesBeside(path).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(`${path}.encrypting.tmp`)).toBe(false);
    expect(basename(path)).toBe('scrutineer.db');
  });
});

