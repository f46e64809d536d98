// Backups and restore on real encrypted files, through the contract the app and the CLI use:
// a backup is an encrypted copy, restore round-trips every table, a bad file is refused in one
// line with nothing replaced, the rotation keeps N, and a disk that fills up leaves nothing behind.
import { copyFileSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../core/app';
import { connectKeyed, DatabaseKey } from '../../../db/cipher';
import { listBackups } from '../../../db/rotation';
import { loadMigrations } from '../../../db/migrations';
import { openDatabase } from '../../../db/open';
import { openCore } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import { defaultAppPaths } from '../../../core/paths';
import { demoDatabase, dumpAll } from '../../support/data-fixtures';
import { openTestDatabase, testKey } from '../../support/test-key';
import { canMountSmallDisk, withSmallDisk } from '../../support/small-disk';
import { runCli, runCliWith } from '../helpers/cli';
import { makeTempDir, sha256File } from '../helpers/temp';

async function call<T>(core: CoreApp, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(core: CoreApp, name: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await core.dispatch(name, input);
  if (result.ok) throw new Error(`${name} was expected to be refused`);
  return result.error;
}

const bakFiles = (path: string) => readdirSync(dirname(path)).filter((f) => f.endsWith('.bak')).toSorted();

describe('backups', () => {
  it('are encrypted copies: no case reference or evidence in their bytes, and they open with the key', async () => {
    const demo = await demoDatabase(makeTempDir());
    const backup = await call<{ path: string; kind: string }>(demo.core, 'data.backupNow', {});
    expect(backup.kind).toBe('manual');
    expect(backup.path.startsWith(`${demo.path}.`)).toBe(true);
    const bytes = readFileSync(backup.path).toString('latin1');
    for (const text of [...demo.references, ...demo.evidence]) expect(bytes).not.toContain(text);
    expect(statSync(backup.path).mode & 0o777).toBe(0o600);
    const opened = openTestDatabase(backup.path, { readonly: true });
    expect((opened.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n).toBe(demo.references.length);
    opened.close();
  });

  it('restore round-trips every table exactly, and keeps the database as it was as a backup first', async () => {
    const demo = await demoDatabase(makeTempDir());
    const before = dumpAll(demo.core.store.sqlite);
    const backup = await call<{ path: string }>(demo.core, 'data.backupNow', {});
    // Changes after the backup: an event deleted, another created.
    await call(demo.core, 'events.delete', { id: demo.previousId, confirmName: 'Neglect MACFA — autumn 2025 (demo)' });
    await call(demo.core, 'events.create', { name: 'Made after the backup', frameworkKey: 'neglect-quick-check' });
    const changed = dumpAll(demo.core.store.sqlite);

    const outcome = await call<{ restoredFrom: string; keptAs: string }>(demo.core, 'data.restore', { path: backup.path });
    expect(outcome.restoredFrom).toBe(backup.path);
    expect(dumpAll(demo.core.store.sqlite)).toEqual(before);
    // The core goes on working on the restored file.
    const events = await call<{ name: string }[]>(demo.core, 'events.list', {});
    expect(events.map((e) => e.name)).not.toContain('Made after the backup');
    const kept = openTestDatabase(outcome.keptAs, { readonly: true });
    expect(dumpAll(kept)).toEqual(changed);
    kept.close();
    expect(readdirSync(dirname(demo.path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a truncated file, a newer version, a file that is not a backup and one with another key: one line each, nothing replaced', async () => {
    const dir = makeTempDir();
    const demo = await demoDatabase(dir);
    const good = await call<{ path: string }>(demo.core, 'data.backupNow', {});
    demo.core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const files = bakFiles(demo.path);
    const before = dumpAll(demo.core.store.sqlite);

    const truncated = join(makeTempDir(), 'truncated.bak');
    copyFileSync(good.path, truncated);
    truncateSync(truncated, Math.floor(statSync(truncated).size / 2));

    const newer = join(makeTempDir(), 'newer.bak');
    copyFileSync(good.path, newer);
    const raise = openTestDatabase(newer);
    raise.pragma('user_version = 999');
    raise.close();

    const notes = join(makeTempDir(), 'notes.bak');
    writeFileSync(notes, 'Fictional meeting notes, not a backup.\n'.repeat(100));

    const otherKey = join(makeTempDir(), 'other-key.bak');
    const other = connectKeyed(otherKey, DatabaseKey.random());
    other.exec('CREATE TABLE cases (id INTEGER PRIMARY KEY)');
    other.pragma('user_version = 3');
    other.close();

    const cases: [string, string][] = [
      [truncated, "it is damaged or cut short (SQLite could not read all of it)"],
      [newer, `it was made by a newer version of Scrutineer (database schema 999; this app knows up to ${demo.core.store.schemaVersion})`],
      [notes, 'it is not a Scrutineer backup, or it was made with another key'],
      [otherKey, 'it is not a Scrutineer backup, or it was made with another key'],
      [join(dir, 'missing.bak'), 'there is no such file'],
    ];
    for (const [path, why] of cases) {
      const error = await refusal(demo.core, 'data.restore', { path });
      expect(error.code).toBe('NOT_A_BACKUP');
      expect(error.message).toBe(`${path} was not restored: ${why}. Nothing was replaced.`);
    }
    expect(dumpAll(demo.core.store.sqlite)).toEqual(before);
    expect(bakFiles(demo.path)).toEqual(files);
  });

  it('rotate: the newest N are kept (7 unless set), pre-migration copies with them', async () => {
    const demo = await demoDatabase(makeTempDir());
    const old = `${demo.path}.v5-2020-01-01T00-00-00-000Z.bak`;
    copyFileSync(demo.path, old);
    utimesSync(old, new Date('2020-01-01'), new Date('2020-01-01'));
    for (let i = 0; i < 8; i++) await call(demo.core, 'data.backupNow', {});
    const kept = listBackups(demo.path);
    expect(kept).toHaveLength(7);
    expect(kept.map((b) => b.kind)).toEqual(Array(7).fill('manual'));
    const status = await call<{ backupsKept: number; backups: unknown[] }>(demo.core, 'data.setBackupsKept', { keep: 3 });
    expect(status.backupsKept).toBe(3);
    expect(listBackups(demo.path)).toHaveLength(3);
  });
});

describe('the copy kept before migrating', () => {
  it('joins the rotation: after an update only the newest N backups are left, that copy among them', async () => {
    const path = join(makeTempDir(), 'scrutineer.db');
    const migrations = loadMigrations(defaultAppPaths().migrationsDir);
    const older = openDatabase(path, { migrationsDir: '', migrations: migrations.slice(0, -1), key: testKey() });
    older.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('backupsKept', '3')").run();
    older.close();
    // Five older backups, a day apart.
    for (let day = 1; day <= 5; day++) {
      const old = `${path}.2026-01-0${day}T00-00-00-000Z.daily.bak`;
      copyFileSync(path, old);
      utimesSync(old, new Date(`2026-01-0${day}`), new Date(`2026-01-0${day}`));
    }
    const core = openCore({ databasePath: path, key: testKey(), host: headlessHost('cli') });
    const kept = listBackups(path);
    expect(core.store.backupPath).not.toBeNull();
    expect(kept.map((b) => b.path)).toEqual([core.store.backupPath, `${path}.2026-01-05T00-00-00-000Z.daily.bak`, `${path}.2026-01-04T00-00-00-000Z.daily.bak`]);
    core.close();
  });
});

describe('backups from the command line', () => {
  it('backup --out, backups, restore FILE', { timeout: 90_000 }, async () => {
    const dir = makeTempDir();
    const demo = await demoDatabase(dir);
    demo.core.close();
    const out = join(makeTempDir(), 'copy.bak');
    const made = await runCli('--db', demo.path, 'backup', '--out', out);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout.trim()).toBe(out);
    expect((await runCli('--db', demo.path, 'backup', '--out', out)).stderr).toBe(`scrutineer: ${out} already exists; choose a new file name for the backup.\n`);

    const deleted = await runCli('--db', demo.path, 'event', 'delete', String(demo.eventId), '--confirm', 'Neglect MACFA — spring 2026 (demo)');
    expect(deleted.code, deleted.stderr).toBe(0);
    const restored = await runCli('--db', demo.path, 'restore', out);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^Restored .*copy\.bak\.\nThe database as it was is kept in .*before-restore\.bak\.\n$/);
    const list = await runCli('--db', demo.path, '--json', 'event', 'list');
    expect((JSON.parse(list.stdout) as { id: number }[]).map((e) => e.id)).toContain(demo.eventId);
    const backups = await runCli('--db', demo.path, 'backups');
    expect(backups.stdout).toMatch(/before-restore/);
  });

  it('a disk that fills up during a backup: one clear line, the database untouched, no partial file', async () => {
    const dir = makeTempDir();
    const demo = await demoDatabase(dir);
    demo.core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    demo.core.close();
    const before = sha256File(demo.path);
    const outDir = makeTempDir();
    const out = join(outDir, 'copy.bak');
    // A 64 KB limit on any file the process writes: the copy fails part-way, as on a full disk.
    const run = await runCliWith({ wrapper: ['bash', '-c', 'ulimit -f 64 && exec "$@"', 'bash'] }, '--db', demo.path, 'backup', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `scrutineer: The backup of ${demo.path} could not be written to ${out} (the disk reported an error). The database is untouched and no partial copy was left; free some space or choose another folder, then try again.\n`,
    );
    expect(readdirSync(outDir)).toEqual([]);
    expect(sha256File(demo.path)).toBe(before);
    const check = openTestDatabase(demo.path, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it.skipIf(!canMountSmallDisk())('the data folder\'s own disk full during Back up now: "the disk is full", the database and the other backups untouched', async () => {
    const demo = await demoDatabase(makeTempDir());
    await call(demo.core, 'data.backupNow', {});
    demo.core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    demo.core.close();
    const source = dirname(demo.path);
    const disk = makeTempDir();
    const path = join(disk, 'scrutineer.db');
    // Room for the database and its existing backup, the WAL and index, and half a new copy.
    const size = statSync(demo.path).size;
    const sizeKb = Math.ceil((size * 2.5 + 256 * 1024) / 4096) * 4;
    const script = `
      cp -p "$1"/scrutineer.db* "$0"/
      sha256sum "$0"/scrutineer.db* | sed "s|$0/||"
      echo ---
      "$2" bin/scrutineer.js --db "$0/scrutineer.db" backup 2>&1; echo "exit $?"
      echo ---
      sha256sum "$0"/scrutineer.db* | sed "s|$0/||"
      echo ---
      "$2" bin/scrutineer.js --db "$0/scrutineer.db" --json event list | wc -l`;
    const run = withSmallDisk(disk, sizeKb, script, [source, process.execPath]);
    expect(run.code, run.stderr).toBe(0);
    const [before, backup, after, events] = run.stdout.split('---\n');
    expect(backup).toMatch(
      new RegExp(`^scrutineer: The backup of ${path} could not be written to ${path}\\.[^ ]+\\.manual\\.bak \\(the disk is full\\)\\. The database is untouched and no partial copy was left; free some space or choose another folder, then try again\\.\\nexit 1\\n$`),
    );
    // The same files with the same bytes: nothing new, nothing pruned, no partial copy.
    expect(after).toBe(before);
    expect(before!.split('\n').filter(Boolean)).toHaveLength(2);
    expect(Number(events!.trim())).toBeGreaterThan(2);
  }, 60_000);
});
