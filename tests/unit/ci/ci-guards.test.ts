// CI cannot be fooled: a stray `.only` must fail the run, not quietly narrow it to one test, and a
// test whose client is missing must fail under CI instead of skipping. The runners are started
// here on planted files with the project's own configuration (vitest.config.ts,
// playwright.config.ts), and the summary script must report the failure from their reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli';
import { itWith } from '../../support/clients';

const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'scrutineer-planted-only-'));
// The planted files import vitest and @playwright/test from the project's own node_modules.
symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], extraEnv: Record<string, string | undefined> = { CI: 'true' }) {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...extraEnv };
  for (const [key, value] of Object.entries(extraEnv)) if (value === undefined) delete env[key];
  delete env.VITEST;
  delete env.VITEST_WORKER_ID;
  delete env.VITEST_POOL_ID;
  const result = spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function summary(extraEnv?: Record<string, string | undefined>) {
  return run([join(repoRoot, 'scripts/test-summary.js')], extraEnv);
}

function plantVitest(source: string, extraEnv?: Record<string, string | undefined>) {
  rmSync(join(dir, 'tests'), { recursive: true, force: true });
  rmSync(join(dir, 'reports'), { recursive: true, force: true });
  mkdirSync(join(dir, 'tests/unit'), { recursive: true });
  writeFileSync(join(dir, 'tests/unit/planted.test.ts'), source);
  return run([join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--config', join(repoRoot, 'vitest.config.ts'), '--root', dir], extraEnv);
}

describe('a planted .only', () => {
  it('fails a vitest run with the project configuration, and the summary says so', () => {
    const vitest = plantVitest("import { it, expect } from 'vitest';\nit.only('focused', () => expect(1).toBe(1));\nit('other', () => expect(1).toBe(1));\n");
    expect(vitest.status).not.toBe(0);
    expect(vitest.output).toMatch(/\.only/);
    const line = summary();
    expect(line.status).toBe(1);
    expect(line.output).toMatch(/failed: tests\/unit\/planted\.test\.ts › focused/);
    rmSync(join(dir, 'reports'), { recursive: true, force: true });
  });

  it('fails a Playwright run with the project configuration (forbidOnly), and the summary says so', () => {
    mkdirSync(join(dir, 'e2e'), { recursive: true });
    writeFileSync(join(dir, 'e2e/planted.spec.ts'), "import { test } from '@playwright/test';\ntest.only('focused', () => {});\ntest('other', () => {});\n");
    // The project's configuration with only the test folder moved to the planted one.
    writeFileSync(
      join(dir, 'playwright.config.ts'),
      `import base from ${JSON.stringify(join(repoRoot, 'playwright.config.ts'))};\nexport default { ...base, testDir: ${JSON.stringify(dir)} };\n`,
    );
    const playwright = run([require.resolve('@playwright/test/cli'), 'test', '--config', join(dir, 'playwright.config.ts')]);
    expect(playwright.status).not.toBe(0);
    expect(playwright.output).toMatch(/not allowed due to the 'forbidOnly' option/);
    const line = summary();
    expect(line.status).toBe(1);
    expect(line.output).toMatch(/playwright: .*forbidOnly/);
  });
});

describe('a test whose client is missing', () => {
  const source = `import { expect } from 'vitest';\nimport { itWith } from ${JSON.stringify(join(repoRoot, 'tests/support/clients.ts'))};\nitWith('age')('encrypts', () => expect(1).toBe(1));\n`;

  it('fails under CI, and the summary names it', () => {
    const vitest = plantVitest(source, { CI: 'true', SCRUTINEER_HIDE_CLIENTS: 'age' });
    expect(vitest.status).not.toBe(0);
    expect(vitest.output).toMatch(/age is not installed \(apt-get install age\)\. CI is set, so this test fails instead of skipping/);
    const line = summary({ CI: 'true' });
    expect(line.status).toBe(1);
    expect(line.output).toMatch(/0 passed, 1 failed, 0 skipped/);
  });

  it('skips with its reason on a hand run, and the summary counts the skip', () => {
    const vitest = plantVitest(source, { CI: undefined, SCRUTINEER_HIDE_CLIENTS: 'age' });
    expect(vitest.status).toBe(0);
    expect(vitest.output).toMatch(/skipped: age is not installed/);
    const line = summary({ CI: undefined });
    expect(line.status).toBe(0);
    expect(line.output).toMatch(/0 passed, 0 failed, 1 skipped/);
  });

  itWith('age')('runs where the client is installed', () => {
    const vitest = plantVitest(source, { CI: 'true', SCRUTINEER_HIDE_CLIENTS: '' });
    expect(vitest.status, vitest.output).toBe(0);
    expect(summary({ CI: 'true' }).output).toMatch(/1 passed, 0 failed, 0 skipped/);
  });
});
