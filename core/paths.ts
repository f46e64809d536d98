// Where things live. The Electron shell passes its own folders; the CLI and tests use these defaults.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export interface AppPaths {
  templatesDir: string;
  migrationsDir: string;
}

export function defaultAppPaths(root: string = projectRoot): AppPaths {
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
