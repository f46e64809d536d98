// Unit tests for core, db and cli. They run in Node against real SQLite files in temp folders;
// nothing here loads Electron or a browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // The CLI tests spawn `node --import tsx`, about 1.5 s per run.
    testTimeout: 20_000,
    // CI also writes a JSON report, which .ci/run sums up with Playwright's in one closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
  },
});
