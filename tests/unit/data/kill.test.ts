// Killed at any moment, every operation on the data leaves the old database or the new one, never
// a mix, and SQLite's integrity_check passes on the next start. A child process runs the real code
// (tests/support/kill-runner.ts) on a copy of a populated database and is killed with SIGKILL at a
// random moment between its "start" and "done" (the window measured by one run left alone); the
// next start then opens the file as the app would, and its content must equal one of the two.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import { backUpNow } from '../../../core/data/backups';
import { connectKeyed, isPlainSqliteFile } from '../../../db/cipher';
import { listBackups } from '../../../db/rotation';
import { ensureBundle } from '../../../scripts/ts-bundle.js';
import { demoDatabase, dumpAll } from '../../support/data-fixtures';
import { openTestDatabase, testKey } from '../../support/test-key';
import { makeTempDir } from '../helpers/temp';

const KILL_POINTS = 20;
let runner = '';
let source = '';
let plainSource = '';
let backupOfSource = '';
let eventId = 0;
let eventName = '';

/** Runs the operation; kills it after delayMs past "start" (never, for a measuring run). Resolves with ms from start to done, or null if killed first. */
function runOperation(args: string[], delayMs: number | null): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let startedAt = 0;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!startedAt && out.includes('start\n')) {
        startedAt = performance.now();
        if (delayMs !== null) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(out.includes('done\n') ? performance.now() - startedAt : null);
      else if (code === 0) resolve(performance.now() - startedAt);
      else reject(new Error(`the operation failed: ${err}`));
    });
  });
}

/** The database as the next start sees it: opened (and converted, migrated, cleaned) by the app's own code. */
function contentAfterRestart(path: string): Record<string, unknown[]> {
  const core = openCore({ databasePath: path, key: testKey(), host: headlessHost('cli') });
  try {
    expect(core.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    return dumpAll(core.store.sqlite);
  } finally {
    core.close();
  }
}

/** The rows as stored, read without the app's opening (a read-write connection: a read-only one cannot start a WAL file). */
function contentOf(path: string, plain = false): Record<string, unknown[]> {
  const sqlite = plain ? connectKeyed(path, null, { fileMustExist: true }) : openTestDatabase(path, { fileMustExist: true });
  try {
    return dumpAll(sqlite);
  } finally {
    sqlite.close();
  }
}

/** A fresh copy of a database in its own folder for one run. */
function copyInto(file: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'scrutineer.db');
  copyFileSync(file, path);
  return path;
}

/**
 * Random kill moments spread over the measured window (and a little past it). withLate adds five
 * moments well past it, so the state after the rename is reached even when a busy machine makes
 * the runs slower than the measuring one.
 */
async function killPoints(args: (path: string) => string[], seed: string, withLate = false): Promise<number[]> {
  const measure = copyInto(seed, join(makeTempDir(), 'measure'));
  const duration = (await runOperation(args(measure), null))!;
  const random = Array.from({ length: KILL_POINTS }, (_, i) => (duration * 1.1 * (i + Math.random())) / KILL_POINTS);
  return withLate ? [...random, ...[1.3, 1.6, 2, 3, 4].map((f) => duration * f)] : random;
}

// The shared databases live for the whole file (makeTempDir's folders go after each test).
let shared = '';
afterAll(() => rmSync(shared, { recursive: true, force: true }));

beforeAll(async () => {
  runner = ensureBundle('tests/support/kill-runner.ts', 'kill-runner.mjs');
  shared = mkdtempSync(join(tmpdir(), 'scrutineer-kill-'));
  const dir = shared;
  const demo = await demoDatabase(join(dir, 'encrypted'));
  eventId = demo.eventId;
  eventName = 'Neglect MACFA — spring 2026 (demo)';
  backupOfSource = backUpNow(demo.core.context).path;
  // A later state for the restore to replace: the older event deleted.
  demo.core.store.sqlite.exec(`DELETE FROM events WHERE id = ${demo.previousId}`);
  demo.core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  demo.core.close();
  source = demo.path;
  const plain = await demoDatabase(join(dir, 'plain'), null);
  plain.core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  plain.core.close();
  plainSource = plain.path;
}, 120_000);

describe(`killed at ${KILL_POINTS} random moments, each operation leaves the old database or the new one`, () => {
  it('encrypting a plain database (the rekey)', async () => {
    const before = contentOf(plainSource, true);
    const work = makeTempDir();
    let converted = 0;
    for (const delay of await killPoints((p) => ['encrypt', p], plainSource, true)) {
      const path = copyInto(plainSource, join(work, 'run'));
      await runOperation(['encrypt', path], delay);
      if (!isPlainSqliteFile(path)) converted++;
      // Old (plain) or new (encrypted), the content is the same; the next start finishes the job.
      const state = isPlainSqliteFile(path) ? contentOf(path, true) : contentOf(path);
      expect(state).toEqual(before);
      expect(contentAfterRestart(path)).toMatchObject({ cases: before.cases, grades: before.grades });
      expect(existsSync(`${path}.encrypting.tmp`)).toBe(false);
    }
    expect(converted, 'some kills landed after the rename').toBeGreaterThan(0);
  }, 300_000);

  it('a backup', async () => {
    const before = contentOf(source);
    const work = makeTempDir();
    for (const delay of await killPoints((p) => ['backup', p], source)) {
      const path = copyInto(source, join(work, 'run'));
      await runOperation(['backup', path], delay);
      expect(contentAfterRestart(path)).toEqual(before);
      // A backup is listed only once complete, and then it is whole; a copy cut short is gone after the restart.
      for (const backup of listBackups(path)) expect(contentOf(backup.path)).toEqual(before);
      expect(readdirSync(dirname(path)).filter((name) => name.endsWith('.partial'))).toEqual([]);
    }
  }, 300_000);

  it('a restore', async () => {
    const current = contentOf(source);
    const restored = contentOf(backupOfSource);
    expect(restored).not.toEqual(current);
    const work = makeTempDir();
    const runArgs = (p: string) => ['restore', p, backupOfSource];
    let sawNew = 0;
    for (const delay of await killPoints(runArgs, source, true)) {
      const path = copyInto(source, join(work, 'run'));
      await runOperation(runArgs(path), delay);
      const after = contentAfterRestart(path);
      // Either the backup's rows or the current ones, table by table the same choice.
      const isNew = JSON.stringify(after.cases) !== JSON.stringify(current.cases);
      expect(after.cases).toEqual(isNew ? restored.cases : current.cases);
      expect(after.grades).toEqual(isNew ? restored.grades : current.grades);
      expect(after.events).toEqual(isNew ? restored.events : current.events);
      if (isNew) sawNew++;
    }
    expect(sawNew, 'some kills landed after the rename').toBeGreaterThan(0);
  }, 300_000);

  it('deleting an event', async () => {
    const before = contentOf(source);
    const work = makeTempDir();
    const runArgs = (p: string) => ['delete', p, String(eventId), eventName];
    for (const delay of await killPoints(runArgs, source)) {
      const path = copyInto(source, join(work, 'run'));
      await runOperation(runArgs(path), delay);
      const after = contentAfterRestart(path);
      const gone = (after.events as { id: number }[]).every((e) => e.id !== eventId);
      if (gone) {
        expect(after.cases).toEqual([]);
        expect(after.grades).toEqual([]);
      } else {
        expect(after.cases).toEqual(before.cases);
        expect(after.grades).toEqual(before.grades);
        expect(after.trail).toEqual(before.trail);
      }
    }
  }, 300_000);

  it('purging an event at the end of retention', async () => {
    const before = contentOf(source);
    const work = makeTempDir();
    const runArgs = (p: string) => ['purge', p, String(eventId)];
    for (const delay of await killPoints(runArgs, source)) {
      const path = copyInto(source, join(work, 'run'));
      await runOperation(runArgs(path), delay);
      const after = contentAfterRestart(path);
      const cases = after.cases as { reference: string; date_of_birth: string | null }[];
      const purged = cases.every((c) => /^Case \d+$/.test(c.reference) && c.date_of_birth === null);
      if (!purged) {
        expect(after.cases).toEqual(before.cases);
        expect(after.grades).toEqual(before.grades);
      } else {
        expect((after.grades as { evidence: string }[]).every((g) => g.evidence === '')).toBe(true);
        expect((after.events as { id: number; purged_at: string | null }[]).find((e) => e.id === eventId)!.purged_at).not.toBeNull();
      }
    }
  }, 300_000);
});
