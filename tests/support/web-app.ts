// An end-to-end fixture: a fresh database file and the web transport in a child process, so
// each test drives the real renderer against the real core and can kill the server if it wants.
import { test as base, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './server';


export interface RunningApp {
  url: string;
  databasePath: string;
  dir: string;
  open(page: Page, hash?: string): Promise<void>;
}

export const test = base.extend<{ app: RunningApp }>({
  app: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'scrutineer-e2e-'));
    const databasePath = join(dir, 'scrutineer.db');
    const { url, child } = await startServer(databasePath);
    await use({
      url,
      databasePath,
      dir,
      async open(page, hash = '#/frameworks') {
        const target = new URL(url);
        target.hash = hash;
        await page.goto(target.toString());
      },
    });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
