// Temp folders and database paths for tests. Every folder made here is removed after each test.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty folder under the OS temp folder, removed after the current test. */
export function makeTempDir(prefix = 'scrutineer-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A path for a database file that does not exist yet, in a fresh temp folder. */
export function tempDbPath(name = 'scrutineer.db'): string {
  return join(makeTempDir(), name);
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
