// Where the database lives by default (mirroring Electron's userData folder), and where the
// templates and migrations are found.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, defaultAppPaths, defaultDataDir, defaultDatabasePath, findProjectRoot } from '../../core/paths';
import { makeTempDir } from './helpers/temp';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

describe('defaultDataDir', () => {
  it('linux uses XDG_CONFIG_HOME when set', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/custom/config' }, '/home/fictional')).toBe(join('/custom/config', 'Scrutineer'));
  });

  it('linux falls back to ~/.config', () => {
    expect(defaultDataDir('linux', {}, '/home/fictional')).toBe(join('/home/fictional', '.config', 'Scrutineer'));
  });

  it('other unix-likes follow the linux rule', () => {
    expect(defaultDataDir('freebsd', {}, '/home/fictional')).toBe(join('/home/fictional', '.config', 'Scrutineer'));
  });

  it('darwin uses ~/Library/Application Support, ignoring XDG_CONFIG_HOME', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/custom/config' }, '/Users/fictional')).toBe(
      join('/Users/fictional', 'Library', 'Application Support', 'Scrutineer'),
    );
  });

  it('win32 uses APPDATA', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\fictional\\AppData\\Roaming' }, 'C:\\Users\\fictional')).toBe(
      join('C:\\Users\\fictional\\AppData\\Roaming', 'Scrutineer'),
    );
  });

  it('win32 falls back to <home>/AppData/Roaming without APPDATA', () => {
    expect(defaultDataDir('win32', {}, 'C:\\Users\\fictional')).toBe(join('C:\\Users\\fictional', 'AppData', 'Roaming', 'Scrutineer'));
  });

  it('the default database file is scrutineer.db in the data folder', () => {
    expect(DATABASE_FILE_NAME).toBe('scrutineer.db');
    expect(defaultDatabasePath()).toBe(join(defaultDataDir(), 'scrutineer.db'));
  });
});

describe('project folders', () => {
  it('defaultAppPaths points at the repository templates and migrations', () => {
    const paths = defaultAppPaths();
    expect(paths).toEqual({ templatesDir: join(repoRoot, 'templates'), migrationsDir: join(repoRoot, 'db', 'migrations') });
    expect(existsSync(join(paths.templatesDir, 'frameworks', 'neglect-what-works.yaml'))).toBe(true);
    expect(existsSync(join(paths.migrationsDir, 'meta', '_journal.json'))).toBe(true);
  });

  it('defaultAppPaths accepts another root', () => {
    expect(defaultAppPaths('/opt/scrutineer')).toEqual({
      templatesDir: join('/opt/scrutineer', 'templates'),
      migrationsDir: join('/opt/scrutineer', 'db', 'migrations'),
    });
  });

  it('findProjectRoot walks up from a nested folder (as from a bundle in out/)', () => {
    expect(findProjectRoot(join(repoRoot, 'core', 'frameworks'))).toBe(repoRoot);
    expect(findProjectRoot(repoRoot)).toBe(repoRoot);
  });

  it('findProjectRoot finds a copy of the folders elsewhere, and fails where there is none', () => {
    const dir = makeTempDir();
    expect(() => findProjectRoot(dir)).toThrow(/were not found above/);
    mkdirSync(join(dir, 'templates', 'frameworks'), { recursive: true });
    mkdirSync(join(dir, 'db', 'migrations', 'meta'), { recursive: true });
    mkdirSync(join(dir, 'out', 'cli'), { recursive: true });
    expect(findProjectRoot(join(dir, 'out', 'cli'))).toBe(dir);
  });
});
