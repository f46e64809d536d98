// The desktop shell itself, through Playwright's Electron driver. Electron's binary cannot be
// downloaded on machines without internet; there these tests skip and say why.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { electronBinaryPath } from '../../scripts/electron-binary.js';
import { TEST_KEY_HEX } from '../support/test-key';

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
      env: { ...process.env, SCRUTINEER_DB: join(dir, 'app.db'), SCRUTINEER_DB_KEY: TEST_KEY_HEX },
    });
    const page = await app.firstWindow();
    // The page sees only the frozen bridge, never Node or ipcRenderer.
    const exposed = await page.evaluate(() => {
      const bridge = (window as { scrutineer?: object }).scrutineer;
      return {
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys(bridge ?? {}),
        frozen: Object.isFrozen(bridge),
      };
    });
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['call'], frozen: true });
    // window.open is denied and navigation away is prevented.
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await expect(page).toHaveURL(/^app:\/\/scrutineer\//);
    await page.getByRole('link', { name: 'Frameworks' }).first().click();
    await expect(page.getByText('Neglect — what works').first()).toBeVisible();
    await app.close();
  });
});
