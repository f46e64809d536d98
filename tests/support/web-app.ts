// An end-to-end fixture: a fresh database file and the web transport in a child process, so
// each test drives the real renderer against the real core and can kill the server if it wants.
import { test as base, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle } from '../../scripts/ts-bundle.js';

export interface RunningApp {
  url: string;
  databasePath: string;
  dir: string;
  open(page: Page, hash?: string): Promise<void>;
}

export async function startServer(databasePath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [ensureBundle('server/serve.ts', 'serve.mjs'), '--db', databasePath], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /web transport: (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
  return { url, child };
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
