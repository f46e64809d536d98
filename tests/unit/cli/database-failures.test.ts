// How the CLI reports what can go wrong with the database file itself, through the real command in
// a child process: each kind has its own plain message and exit code (1: the user or the machine
// can put it right; 2: a fault in Scrutineer, logged with its stack in the data folder).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase, testKey } from '../../support/test-key';
import { openDatabase } from '../../../db/open';
import { loadMigrations } from '../../../db/migrations';
import { defaultAppPaths } from '../../../core/paths';
import { generateCasesCsv } from '../../fixtures/cases/generate';
import { runCli, runCliWith } from '../helpers/cli';
import { makeTempDir, sha256File } from '../helpers/temp';

const line = (text: string) => text.trim().split('\n')[0];

async function databaseWithEvent(dir: string): Promise<string> {
  const db = join(dir, 'scrutineer.db');
  const created = await runCli('--db', db, 'event', 'create', '--name', 'Failures', '--framework', 'neglect-what-works', '--date', '2026-03-01');
  expect(created.code, created.stderr).toBe(0);
  return db;
}

// Root ignores file permissions; without the capabilities that let it, it is held to them like anyone.
const asOrdinaryUser = process.getuid?.() === 0 ? ['setpriv', '--inh-caps=-all', '--bounding-set=-dac_override,-dac_read_search,-fowner', '--'] : [];

/** A small private tmpfs (mount namespace of the child only): a disk that really fills up. */
function canMountSmallDisk(): boolean {
  const probe = makeTempDir();
  return spawnSync('unshare', ['-m', '--', 'mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
}

const readOnly: string[] = [];
afterEach(() => {
  for (const path of readOnly.splice(0)) chmodSync(path, 0o755);
});

describe('database failures from the command line', () => {
  it('busy: a writer that cannot get the lock within the timeout is told to try again (exit 1), nothing half-done', async () => {
    const db = await databaseWithEvent(makeTempDir());
    const holder = openTestDatabase(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const run = await runCli('--db', db, 'event', 'create', '--name', 'Second', '--framework', 'neglect-what-works');
      expect(run.code).toBe(1);
      expect(line(run.stderr)).toBe('scrutineer: Scrutineer is busy with another task (another window or command is writing to the database); try again.');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const list = await runCli('--db', db, '--json', 'event', 'list');
    expect((JSON.parse(list.stdout) as { name: string }[]).map((e) => e.name)).toEqual(['Failures']);
  });

  it('full: a disk that fills up during an import says so (exit 1) and the database keeps what it had', async (context) => {
    if (!canMountSmallDisk()) {
      console.log('skipped: mounting a small tmpfs needs root in a mount namespace (unshare -m), which this machine does not allow');
      context.skip();
    }
    const dir = makeTempDir();
    const db = await databaseWithEvent(dir);
    const csv = join(dir, 'cases.csv');
    writeFileSync(csv, generateCasesCsv(5000, 3));
    const disk = join(dir, 'disk');
    mkdirSync(disk);
    // A copy of the database on the small disk is imported into, then checked by sqlite3 in the same namespace.
    const check = join(dir, 'after.txt');
    // The database is encrypted, so the check after the import opens it with the key through Node.
    const checkScript = `const s = require('better-sqlite3')(process.argv[1]); s.pragma("cipher = 'sqlcipher'"); s.pragma('legacy = 4'); s.pragma(\`key = "x'\${process.env.SCRUTINEER_DB_KEY}'"\`); console.log(s.pragma('integrity_check', { simple: true })); console.log(s.prepare('SELECT count(*) AS n FROM cases').get().n);`;
    const script = `mount -t tmpfs -o size=512k tmpfs "$0" && cp "$1" "$0/" && shift 2 && "$@"; code=$?; "${process.execPath}" -e "$CHECK_SCRIPT" "$0/scrutineer.db" > "$CHECK"; exit $code`;
    const small = join(disk, 'scrutineer.db');
    const run = await runCliWith({ wrapper: ['unshare', '-m', '--', 'bash', '-c', script, disk, db, 'ignored'], env: { CHECK: check, CHECK_SCRIPT: checkScript } }, '--db', small, 'cases', 'import', '--event', '1', csv);
    expect(run.code).toBe(1);
    expect(line(run.stderr)).toBe(`scrutineer: The disk holding ${small} is full, so Scrutineer could not write to it. Nothing was changed; free some space and try again.`);
    expect(readFileSync(check, 'utf8').split('\n')).toEqual(['ok', '0', '']);
  });

  it('read-only: a good database in a read-only folder is called read-only, not "not a Scrutineer database" (exit 1), and is unchanged', async () => {
    const dir = makeTempDir();
    const db = await databaseWithEvent(dir);
    const before = sha256File(db);
    chmodSync(dir, 0o555);
    readOnly.push(dir);
    const run = await runCliWith({ wrapper: asOrdinaryUser }, '--db', db, 'event', 'create', '--name', 'Second', '--framework', 'neglect-what-works');
    expect(run.code).toBe(1);
    expect(line(run.stderr)).toBe(
      `scrutineer: ${db} cannot be written: the file or its folder is read-only for you. Nothing was changed; check its permissions, or move it to a folder you can write to.`,
    );
    expect(sha256File(db)).toBe(before);
  });

  it('corrupt: a damaged page is found on open, nothing is written, and the newest backup is named (exit 1)', async () => {
    const dir = makeTempDir();
    const db = await databaseWithEvent(dir);
    const older = `${db}.v4-2026-01-01T00-00-00-000Z.bak`;
    writeFileSync(older, 'an older copy');
    utimesSync(older, new Date('2026-01-01'), new Date('2026-01-01'));
    const newest = `${db}.v5-2026-02-01T00-00-00-000Z.bak`;
    writeFileSync(newest, 'the newest copy');
    const probe = openTestDatabase(db, { readonly: true });
    const rootPage = (probe.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'criteria'").get() as { rootpage: number }).rootpage;
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    probe.close();
    const bytes = readFileSync(db);
    bytes.fill(0xff, (rootPage - 1) * pageSize + 8, (rootPage - 1) * pageSize + 72);
    writeFileSync(db, bytes);
    const damaged = sha256File(db);

    const run = await runCli('--db', db, 'event', 'create', '--name', 'On top', '--framework', 'neglect-what-works');
    expect(run.code).toBe(1);
    expect(line(run.stderr)).toMatch(new RegExp(`^scrutineer: ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged`));
    expect(line(run.stderr)).toContain(`The newest backup is ${newest}: close Scrutineer, move the damaged file aside and copy the backup in its place.`);
    expect(sha256File(db)).toBe(damaged);
  });

  it('cannot open: a path that is a folder is refused with its own message (exit 1)', async () => {
    const folder = makeTempDir();
    const run = await runCli('--db', folder, 'event', 'list');
    expect(run.code).toBe(1);
    expect(line(run.stderr)).toBe(`scrutineer: ${folder} cannot be opened: the path is a folder, its folder cannot be made, or it is not accessible.`);
  });

  it('an existing 0-byte file is refused, not made into a new database', async () => {
    const dir = makeTempDir();
    const db = join(dir, 'scrutineer.db');
    writeFileSync(db, '');
    const run = await runCli('--db', db, 'event', 'list');
    expect(run.code).toBe(1);
    expect(line(run.stderr)).toBe(
      `scrutineer: ${db} is an empty file (0 bytes), not a Scrutineer database. It has not been changed: if it should hold your data, restore it from a backup; to start afresh, delete it.`,
    );
    expect(statSync(db).size).toBe(0);
    expect(readdirSync(dir)).toEqual(['scrutineer.db']);
  });

  it('a backup that cannot be finished before migrating leaves no file behind and changes nothing', async () => {
    const dir = makeTempDir();
    const db = join(dir, 'scrutineer.db');
    const paths = defaultAppPaths();
    const all = loadMigrations(paths.migrationsDir);
    const older = openDatabase(db, { migrationsDir: paths.migrationsDir, migrations: all.slice(0, -1), key: testKey() });
    // Enough rows that the copy is larger than the file size limit below.
    older.sqlite.exec("CREATE TABLE IF NOT EXISTS padding (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) INSERT INTO padding SELECT randomblob(1000) FROM n;");
    older.close();
    const before = sha256File(db);
    // A 200 KB limit on the size of any file the child writes: the copy fails part-way.
    const run = await runCliWith({ wrapper: ['bash', '-c', 'ulimit -f 200 && exec "$@"', 'bash'] }, '--db', db, 'event', 'list');
    expect(run.code).toBe(1);
    expect(line(run.stderr)).toBe(
      `scrutineer: The copy of ${db} that is kept before updating it could not be written (the disk reported an error). Nothing was changed and no partial copy was left; free some space or fix the folder, then start Scrutineer again.`,
    );
    expect(readdirSync(dir).filter((name) => name.endsWith('.bak'))).toEqual([]);
    expect(sha256File(db)).toBe(before);
  });

  it('internal: a fault in Scrutineer exits 2, says so, and writes the stack to a log in the data folder; SCRUTINEER_DEBUG=1 prints it', async () => {
    const dir = makeTempDir();
    const db = await databaseWithEvent(dir);
    // A database edited by another program so that a table the code relies on is gone.
    const other = openTestDatabase(db);
    other.exec('DROP TABLE trail');
    other.close();
    const log = join(dir, 'scrutineer-errors.log');

    const run = await runCli('--db', db, 'trail', '--event', '1');
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe('scrutineer: internal error (a fault in Scrutineer, not something you did): no such table: trail');
    expect(lines[1]).toBe(`scrutineer: the details are in ${log}; please send that file with your report.`);
    expect(lines).toHaveLength(2);
    expect(existsSync(log)).toBe(true);
    expect(readFileSync(log, 'utf8')).toMatch(/call trail\.list\nSqliteError: no such table: trail\n\s+at /);

    const debug = await runCliWith({ env: { SCRUTINEER_DEBUG: '1' } }, '--db', db, 'trail', '--event', '1');
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/SqliteError: no such table: trail\n\s+at /);
  });
});
