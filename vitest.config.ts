// Unit tests for core, db and cli. They run in Node against real SQLite files in temp folders;
// nothing here loads Electron or a browser.
import { defineConfig } from 'vitest/config';
import { aliases } from './renderer/vite.config.ts';
import { TEST_KEY_HEX } from './tests/support/test-key.ts';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Every database in the tests is encrypted; CLI runs in child processes inherit the key.
    env: { SCRUTINEER_DB_KEY: TEST_KEY_HEX },
    pool: 'forks',
    // The CLI tests spawn `node --import tsx`, about 1.5 s per run.
    testTimeout: 20_000,
    // A stray `.only` fails the run everywhere, not only where CI is set: to focus on one test,
    // name it on the command line (`npx vitest run tests/unit/x -t "name"`).
    allowOnly: false,
    // Every run writes a JSON report, so scripts/test-summary.js prints the true counts of the
    // last run whether or not CI is set. `npm run planted` sends its runs' reports elsewhere.
    reporters: ['default', ['json', { outputFile: process.env.SCRUTINEER_VITEST_JSON ?? 'reports/vitest.json' }]],
  },
});
