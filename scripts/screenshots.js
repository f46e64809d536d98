// `npm run screenshots`: runs the browser tests with their screenshots going to docs/screenshots
// (the pictures the README shows) instead of test-results/screenshots. Review with `git diff`.
// `npm run screenshots -- e2e/report` refreshes only the pictures one spec takes.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const filters = process.argv.length > 2 ? process.argv.slice(2) : ['e2e/'];
const run = spawnSync(process.execPath, [cli, 'test', ...filters], {
  stdio: 'inherit',
  env: { ...process.env, SCRUTINEER_SCREENSHOT_DIR: 'docs/screenshots' },
});
process.exit(run.status ?? 1);
