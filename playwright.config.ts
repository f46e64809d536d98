// Playwright runs the real renderer in Chromium against the web transport (tests/e2e), and the
// real desktop app through Electron where its binary exists (tests/electron).
import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/support/chromium';
import { TEST_KEY_HEX } from './tests/support/test-key';

// Every database in the tests is encrypted; the servers and CLI runs the tests start inherit the key.
process.env.SCRUTINEER_DB_KEY = TEST_KEY_HEX;

export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // A stray `test.only` fails the run everywhere; focus with `npx playwright test FILE -g NAME`.
  forbidOnly: true,
  // Every run writes a JSON report for scripts/test-summary.js, CI or not.
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
});
