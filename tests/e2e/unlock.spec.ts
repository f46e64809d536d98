// The unlock screen in the real renderer: a database whose key is protected by a passphrase (the
// desktop's shared-machine mode) and a host with no key given starts locked. A wrong passphrase
// is one line and changes nothing; the right one opens the app. Then Settings saves the recovery
// key (downloaded in the browser) and changes the passphrase.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../support/server';
import { screenshotPath } from '../support/screenshots';

const PASSPHRASE = 'fictional shared office passphrase';

test('a passphrase-protected database starts locked; the right passphrase opens it; Settings save the recovery key', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-e2e-unlock-'));
  const databasePath = join(dir, 'scrutineer.db');
  // Made from the command line with a passphrase: the key file beside it is wrapped with it.
  execFileSync(process.execPath, ['bin/scrutineer.js', '--db', databasePath, 'event', 'create', '--name', 'Locked event (fictional)', '--framework', 'neglect-quick-check'], {
    env: { ...process.env, SCRUTINEER_DB_KEY: PASSPHRASE },
  });
  const { url, child } = await startServer(databasePath, { SCRUTINEER_DB_KEY: '' });
  try {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Scrutineer is locked' })).toBeVisible();
    await expect(page.getByText(databasePath)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    const before = { bytes: readFileSync(databasePath), mtime: statSync(databasePath).mtimeMs };

    const field = page.getByLabel('Passphrase or recovery key');
    await field.fill('not the fictional passphrase');
    await field.press('Enter');
    // Checking a passphrase (scrypt) takes seconds, more on a busy machine.
    await expect(page.getByRole('alert')).toContainText(`That passphrase does not open ${databasePath}.key. Nothing was changed`, { timeout: 60_000 });
    expect(readFileSync(databasePath).equals(before.bytes)).toBe(true);
    expect(statSync(databasePath).mtimeMs).toBe(before.mtime);
    await page.screenshot({ path: screenshotPath('unlock.png'), fullPage: true });

    await field.fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 60_000 });
    await page.goto(new URL('#/events', url).toString());
    await expect(page.getByText('Locked event (fictional)')).toBeVisible();

    // Settings: the key is protected by a passphrase; the recovery key downloads; no keychain in a browser.
    await page.goto(new URL('#/settings', url).toString());
    const data = page.getByRole('region', { name: 'Your data' });
    await expect(data.getByText('A random 256-bit key, protected by a passphrase')).toBeVisible();
    await expect(data.getByRole('button', { name: /instead$/ })).toHaveCount(0);
    const download = page.waitForEvent('download');
    await data.getByRole('button', { name: 'Save the recovery key…' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('scrutineer.db-recovery-key.txt');
    const recovery = readFileSync((await saved.path())!, 'utf8');
    expect(recovery.split('\n')[0]).toMatch(/^[0-9a-f]{64}$/);
    await expect(page.getByRole('status').filter({ hasText: 'Recovery key downloaded as scrutineer.db-recovery-key.txt' })).toBeVisible();

    await data.getByLabel('New passphrase').fill('another fictional passphrase');
    await data.getByLabel('Type it again').fill('another fictional passphras');
    await data.getByRole('button', { name: 'Change the passphrase' }).click();
    await expect(data.getByRole('alert')).toContainText('The two passphrases are not the same');
    await data.getByLabel('Type it again').fill('another fictional passphrase');
    await data.getByRole('button', { name: 'Change the passphrase' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The key is now protected by the passphrase' })).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: screenshotPath('settings-key.png'), fullPage: true });
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  // The new passphrase opens the database from the command line; the old one no longer does.
  const list = (passphrase: string) =>
    execFileSync(process.execPath, ['bin/scrutineer.js', '--db', databasePath, 'event', 'list'], { env: { ...process.env, SCRUTINEER_DB_KEY: passphrase }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(list('another fictional passphrase')).toContain('Locked event (fictional)');
  expect(() => list(PASSPHRASE)).toThrow(/That passphrase does not open/);
  rmSync(dir, { recursive: true, force: true });
});
