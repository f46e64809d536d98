// Prints one closing line over both runners' JSON reports: "N passed, N failed, N skipped".
// Both runners write their report on every run (vitest.config.ts, playwright.config.ts), so a hand
// run prints the true counts of the last run. It exits 1 when a test or a test file failed, when
// no report exists, and, when CI is set, when anything but the Electron tests was skipped (a test
// needing python-docx, openpyxl, LibreOffice or age must fail in CI, never skip).
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

const ci = !!process.env.CI;
let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;
const problems = [];
// Only the desktop-shell tests may skip in CI: Electron's binary cannot be downloaded offline.
const maySkip = (file) => /(^|\/)electron\//.test(file.split(sep).join('/'));

function read(path) {
  if (!existsSync(path)) return undefined;
  reports++;
  return JSON.parse(readFileSync(path, 'utf8'));
}

const vitest = read('reports/vitest.json');
if (vitest) {
  let fileErrors = 0;
  let vSkipped = 0;
  for (const file of vitest.testResults) {
    const name = relative(process.cwd(), file.name);
    const results = file.assertionResults ?? [];
    // A file that failed to load or run (a planted `.only`, a syntax error) has no failed test.
    if (file.status === 'failed' && !results.some((r) => r.status === 'failed')) {
      fileErrors++;
      problems.push(`vitest: ${name} failed to run: ${(file.message ?? '').split('\n')[0]}`);
    }
    for (const r of results) {
      if (r.status === 'failed') problems.push(`vitest: failed: ${name} › ${r.fullName}`);
      if (['skipped', 'pending', 'todo', 'disabled'].includes(r.status)) {
        vSkipped++;
        if (ci && !maySkip(name)) problems.push(`vitest: skipped in CI: ${name} › ${r.fullName}`);
      }
    }
  }
  const vFailed = vitest.numFailedTests + fileErrors;
  passed += vitest.numPassedTests;
  failed += vFailed;
  skipped += vSkipped;
  console.log(`vitest: ${vitest.numPassedTests} passed, ${vFailed} failed, ${vSkipped} skipped (run started ${new Date(vitest.startTime).toISOString()})`);
}

const playwright = read('reports/playwright.json');
if (playwright) {
  const s = playwright.stats;
  const visit = (suite) => {
    for (const child of suite.suites ?? []) visit(child);
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'skipped' && ci && !maySkip(spec.file)) problems.push(`playwright: skipped in CI: ${spec.file} › ${spec.title}`);
        if (t.status === 'unexpected') problems.push(`playwright: failed: ${spec.file} › ${spec.title}`);
      }
    }
  };
  for (const suite of playwright.suites ?? []) visit(suite);
  // Errors outside any test (a `test.only` under forbidOnly, a file that does not load).
  for (const e of playwright.errors ?? []) problems.push(`playwright: ${(e.message ?? '').split('\n')[0]}`);
  const pFailed = s.unexpected + (playwright.errors ?? []).length;
  passed += s.expected;
  failed += pFailed;
  skipped += s.skipped;
  console.log(`playwright: ${s.expected} passed, ${pFailed} failed, ${s.skipped} skipped, ${s.flaky} flaky (run started ${s.startTime})`);
}

if (reports === 0) {
  console.log('No test reports in reports/: run `npm test` (or `npx vitest run`, `npx playwright test`) first.');
  process.exit(1);
}
for (const p of problems) console.log(p);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
