// A database seeded once through the contract's calls and copied for each test file that reads it:
// the report tests build their events with dozens of calls (seconds a file), and each mutant's run
// in `npm run mutate report` would pay for them again. The seeded file is kept in the OS temp folder
// under a name made from the seed's own text and everything that decides what it stores (core, db,
// model, the shipped templates and the shared seeding code in tests/support), so a change to any of
// them makes a new one rather than reusing a stale one. On a miss it is made through openCore and
// the dispatcher; a hit opens the copy with openDatabase alone, so the test file's module graph stays
// small (the whole core is only imported to seed).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAppPaths } from '../../../core/paths';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import type { Api } from '../../support/api';
import { testKey } from '../../support/test-key';
import { tempDbPath } from './temp';

const inputs = ['core', 'db', 'model', 'templates', 'tests/support'];

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const name of readdirSync(dir).toSorted()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashTree(hash, path);
    else if (/\.(sql|json|ts|ya?ml)$/.test(name)) hash.update(path).update(readFileSync(path));
  }
}

function keyOf(name: string, seed: (...args: never[]) => unknown): string {
  const hash = createHash('sha256').update(name).update(seed.toString());
  for (const dir of inputs) hashTree(hash, dir);
  return hash.digest('hex').slice(0, 16);
}

export interface SeededStore<T> {
  store: OpenedDatabase;
  /** What the seed returned (ids and the like), kept as JSON beside the database. */
  seeded: T;
}

/**
 * A fresh copy of the database `seed` makes (through the contract's calls on a new core): its path
 * and what `seed` returned (which must survive JSON). Open it with openDatabase, or openCore when
 * the test itself calls through the dispatcher.
 */
export async function seededCopy<T>(name: string, seed: (call: Api) => Promise<T>): Promise<{ path: string; seeded: T }> {
  const dir = join(tmpdir(), 'scrutineer-test-templates');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `seeded-${name}-${keyOf(name, seed)}`);
  if (!existsSync(`${base}.db`) || !existsSync(`${base}.json`)) {
    const partial = `${base}.${process.pid}.partial.db`;
    const [{ openCore }, { headlessHost }, { dispatchApi }] = await Promise.all([import('../../../core/app'), import('../../../core/headless-host'), import('./dispatch-api')]);
    const core = openCore({ databasePath: partial, key: testKey(), host: headlessHost('cli') });
    const seeded = await seed(dispatchApi(core));
    // Closing the last connection folds the WAL into the file, so the one file is the whole database.
    core.close();
    writeFileSync(`${partial}.json`, JSON.stringify(seeded ?? null));
    renameSync(`${partial}.json`, `${base}.json`);
    renameSync(partial, `${base}.db`);
  }
  const path = tempDbPath();
  copyFileSync(`${base}.db`, path);
  return { path, seeded: JSON.parse(readFileSync(`${base}.json`, 'utf8')) as T };
}

/** A fresh copy of the database `seed` makes, opened with the app's openDatabase; the caller closes it. */
export async function seededStore<T>(name: string, seed: (call: Api) => Promise<T>): Promise<SeededStore<T>> {
  const { path, seeded } = await seededCopy(name, seed);
  return { store: openDatabase(path, { migrationsDir: defaultAppPaths().migrationsDir, key: testKey() }), seeded };
}
