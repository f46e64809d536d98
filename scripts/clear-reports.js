// Removes the previous run's test reports before `npm test`, so the summary never mixes a stale
// Playwright report with a new vitest one (Playwright does not run when vitest fails). The
// mutation-testing files in reports/mutation/ are kept: they make the next `npm run mutate` quick.
import { rmSync } from 'node:fs';

for (const report of ['reports/vitest.json', 'reports/playwright.json']) rmSync(report, { force: true });
