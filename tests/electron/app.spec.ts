// The desktop shell itself, through Playwright's Electron driver. Electron's binary cannot be
// downloaded on machines without internet; there these tests skip and say why.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { electronBinaryPath } from '../../scripts/electron-binary.js';

const binary = electronBinaryPath();
const skipReason = 'Electron binary not installed (npm install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline); desktop-shell tests skipped.';
if (!binary) console.log(`[electron tests] ${skipReason}`);

test.describe('desktop shell', () => {
  test.skip(!binary, skipReason);

  let dir = '';
  test.beforeAll(() => {
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'scrutineer-electron-'));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('opens a secure window that lists the shipped frameworks', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.'],
      env: { ...process.env, SCRUTINEER_DB: join(dir, 'app.db') },
    });
    const window = await app.firstWindow();
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0]!;
      const p = w.webContents.getLastWebPreferences();
      return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    // The page sees only the bridge, never Node.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys(window.scrutineer ?? {}))).toEqual(['call']);
    // window.open is denied and navigation away is prevented.
    expect(await window.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    await window.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await expect(window).toHaveURL(/^file:/);
    await window.locator('a', { hasText: 'Frameworks' }).first().click();
    await expect(window.getByText('Neglect — what works').first()).toBeVisible();
    await app.close();
  });
});
