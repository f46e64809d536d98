// The built desktop main bundle (electron-vite build), run in Node with a stand-in for Electron
// (tests/support/electron-stub) answering as the packaged app: the page is loaded from
// app://scrutineer/, never file://; the calls a compromised page could make to save or open files
// are refused; a save goes through the core's export and the allow-listed extension; window.open is
// denied; no DevTools, menu, downloads or spellchecker downloads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../../core/paths';
import { makeTempDir } from '../helpers/temp';

const root = findProjectRoot();
const outDir = join(root, 'out', `bundle-test-${process.pid}`);
const mainBundle = join(outDir, 'main', 'index.js');

beforeAll(() => {
  const build = spawnSync('npx', ['electron-vite', 'build', '--outDir', outDir, '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

type Scenario = Record<string, unknown> & {
  loads: { how: string; url: string }[];
  exported: { ok: boolean; value: { saved: boolean; opened: boolean; path: string; made: Record<string, unknown> } };
};

function runMain(): { scenario: Scenario; saveAs: string } {
  const dir = makeTempDir();
  const saveAs = join(dir, 'chosen-by-user');
  const run = spawnSync(process.execPath, ['--import', join(root, 'tests/support/electron-stub/register.mjs'), mainBundle], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SCRUTINEER_DB: join(dir, 'app.db'), STUB_APP_PATH: root, STUB_DOCUMENTS: dir, STUB_USER_DATA: dir, STUB_SAVE_AS: saveAs },
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('SCENARIO '));
  expect(line, `${run.stdout}\n${run.stderr}`).toBeDefined();
  return { scenario: JSON.parse(line!.slice('SCENARIO '.length)) as Scenario, saveAs };
}

const code = (answer: unknown) => (answer as { error?: { code: string } }).error?.code;

describe('the built main bundle', () => {
  it('has no file:// load and no call that saves bytes from the page', () => {
    const text = readFileSync(mainBundle, 'utf8');
    expect(text).not.toMatch(/loadFile\(/);
    expect(text).not.toContain('file://');
    expect(text).not.toContain('files.saveAs');
    expect(text).not.toContain('app.openExternal');
    // One save dialog, one file write for exports: both inside the saving shell.
    expect(text.match(/showSaveDialog\(/g)?.length).toBe(2);
  });

  it('run as the packaged app, loads app://scrutineer/ and trusts nothing from the page', () => {
    const { scenario, saveAs } = runMain();
    expect(scenario.errors).toEqual([]);
    expect(scenario.loads).toEqual([{ how: 'loadURL', url: 'app://scrutineer/index.html' }]);
    expect(scenario.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(scenario.page).toMatchObject({ status: 200, body: '<!doctype html>' });
    expect((scenario.page as { csp: string }).csp).toMatch(/^default-src 'self'; script-src 'self'/);
    expect(scenario.outside).toBe(404);

    expect(code(scenario.fromFilePage)).toBe('UNTRUSTED_SENDER');
    expect(code(scenario.saveAsWithBytes)).toBe('UNKNOWN_CALL');
    expect(code(scenario.openExternal)).toBe('UNKNOWN_CALL');
    expect(code(scenario.exportWithBytes)).toBe('INVALID_INPUT');
    expect(code(scenario.exportNotAnExport)).toBe('INVALID_INPUT');

    // The identity file built by the core, saved with its own extension whatever the page and the dialog said, and not opened.
    const { value } = scenario.exported;
    expect(value.path).toBe(`${saveAs}.txt`);
    expect(value.opened).toBe(false);
    expect(readFileSync(value.path, 'utf8')).toMatch(/^# created: .* by Scrutineer \(facilitator key\)\n# public key: age1\w+\nAGE-SECRET-KEY-1\w+\n$/);
    expect(existsSync(saveAs)).toBe(false);
    expect(scenario.dialogs).toEqual([{ defaultPath: expect.stringMatching(/evil\.exe\.txt$/), filters: [{ name: 'TXT file', extensions: ['txt'] }] }]);
    expect(scenario.opened).toEqual([]);

    expect(scenario.windowOpen).toEqual([{ action: 'deny' }]);
    expect(scenario.external).toEqual([]);
    expect(scenario.menus).toEqual([null]);
    expect(scenario.webPreferences).toEqual([expect.objectContaining({ devTools: false, spellcheck: false, sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' })]);
    expect(scenario.sessionEvents).toContain('will-download');
    expect(scenario.spellchecker).toEqual([false]);
  }, 90_000);
});
