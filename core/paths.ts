// Where things live. The Electron shell passes its own folders; the CLI and tests use these defaults.
import { existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding templates/ and db/migrations: found by walking up from this module, so it
 * works from the TypeScript sources and from a bundle in out/ alike.
 */
export function findProjectRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'templates', 'frameworks')) && existsSync(join(dir, 'db', 'migrations', 'meta'))) return dir;
    if (dirname(dir) === dir) throw new Error(`Scrutineer's templates and migrations were not found above ${start}.`);
  }
}

export interface AppPaths {
  templatesDir: string;
  migrationsDir: string;
}

export function defaultAppPaths(root: string = findProjectRoot()): AppPaths {
  return {
    templatesDir: join(root, 'templates'),
    migrationsDir: join(root, 'db', 'migrations'),
  };
}

/** Mirrors Electron's app.getPath('userData') for productName "Scrutineer", so CLI and app share a file. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Scrutineer');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Scrutineer');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Scrutineer');
}

export const DATABASE_FILE_NAME = 'scrutineer.db';

export function defaultDatabasePath(): string {
  return join(defaultDataDir(), DATABASE_FILE_NAME);
}

/** Documents live beside the database, in a folder named after it. */
export function documentsDirFor(databasePath: string): string {
  return databasePath === ':memory:' ? join(tmpdir(), `scrutineer-documents-${process.pid}`) : join(dirname(databasePath), 'documents');
}
