// StrykerJS over the modules that decide what users see, with the vitest runner. Run it through
// `npm run mutate` (scripts/mutate.js): one module at a time, against that module's own tests, with
// its own incremental file in tests/mutation/incremental/, so a rerun tests only the mutants whose
// code or tests changed. MUTATION_MODULE names the module; the table below says what it mutates and which
// tests speak for it.

/** Module -> the source it mutates and the unit tests that run against it. */
export const modules = {
  analysis: {
    mutate: ['core/analysis/**/*.ts'],
    tests: ['tests/unit/analysis/{agreement,agreement-reference,summary,summary-cells,charts}.test.ts', 'tests/unit/disclosure/suppression.test.ts'],
  },
  'cases-import': {
    mutate: ['core/cases/import/**/*.ts'],
    // Not generated.test.ts: 10,000 rows take seconds a run (it still runs in `npm test`).
    tests: ['tests/unit/cases-import/{age-stage,build,build-edges,dates-edges,normalise,read,read-edges,value-mapping,vocabulary}.test.ts', 'tests/unit/cases/import-service.test.ts'],
  },
  audits: {
    mutate: ['core/audits/**/*.ts'],
    tests: ['tests/unit/audits/{actor,board,workspace,workspace-rules,returns,returns-rows,moderation,scoring-as,trail-changes}.test.ts', 'tests/unit/exchange/allocation.test.ts'],
  },
  moderation: {
    mutate: ['core/moderation/**/*.ts'],
    tests: ['tests/unit/audits/{moderation,moderation-rules,moderation-differences,moderation-unanimous,trail-changes}.test.ts'],
  },
  trail: {
    mutate: ['core/trail/**/*.ts'],
    tests: ['tests/unit/audits/{trail-changes,trail-redaction-rules,workspace,moderation}.test.ts'],
  },
  report: {
    mutate: ['core/report/**/*.ts'],
    // The in-process tests, each building what it checks inside the test, on databases seeded once
    // (helpers/seeded-store.ts). A mutant runs every test that reaches it, and a whole report takes a
    // second or two to build, so the whole-report tests here build as few as they can. Not the
    // whole-demo builds (briefing, charts-print, contents-fallback, contents-layout, draft,
    // export-pdf, report, workbook: 15-60 s a file, LibreOffice or python readers), report-pdf-settle
    // (three or four builds a test), nor threshold-outputs (it builds in beforeAll, which Stryker
    // counts as static coverage); they still run in `npm test`.
    // Quickest first: a mutant's tests run in this order and stop at the first failure.
    tests: [
      'tests/unit/report/{column-widths,briefing-fit,picture,pdf-copy}.test.ts',
      'tests/unit/model/{abbreviations,words}.test.ts',
      'tests/unit/report/{readiness,workbook-sheets,agency-table,sections,sections-added,sections-readiness}.test.ts',
      'tests/unit/sample/report-section.test.ts',
      'tests/unit/safeguarding/escalations-themes.test.ts',
      'tests/unit/report/briefing-pages.test.ts',
      'tests/unit/report/{template,exports}.test.ts',
      'tests/unit/report/report-build.test.ts',
      'tests/unit/report/report-pdf.test.ts',
    ],
  },
  recommendations: {
    mutate: ['core/recommendations/**/*.ts'],
    tests: ['tests/unit/analysis/recommendations.test.ts', 'tests/unit/recommendations/**/*.test.ts'],
  },
  disclosure: {
    mutate: ['core/disclosure/**/*.ts'],
    // Not planted-identifiers or suppressed-exports: they drive the CLI in child processes, where no
    // mutant is ever active (they still run in `npm test`).
    tests: ['tests/unit/disclosure/{counts-marking,free-text,guard-store,identifier-guard,identifier-patterns,presentation,suppression,theme-tally}.test.ts', 'tests/unit/report/threshold-outputs.test.ts'],
  },
};

const name = process.env.MUTATION_MODULE;
const module = modules[name];
// `npm run mutate report:core/report/xlsx.ts` mutates one file of a module, with its own report
// and incremental file (a module's incremental file must only ever see whole-module runs).
const only = process.env.MUTATION_FILE;
const runName = runNameOf(name, only);

/** The name a run's report and incremental file go by: the module, or module--file for one file. */
export function runNameOf(module, file) {
  return file ? `${module}--${file.replace(/^core\//, '').replace(/[/.]/g, '-')}` : module;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts', pool: 'vmForks', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // A static mutant (in code that runs when a module loads: the identifier patterns, the postcode
  // areas, constant tables) must run every test of its module and took 92% of a run's time; they are
  // counted as ignored, reported per module in docs/mutation.md, and the tables are pinned by tests.
  ignoreStatic: true,
  mutate: only ? [only] : (module?.mutate ?? []),
  incremental: true,
  // Kept in git (tests/mutation/incremental/), so a rerun on a fresh clone tests only what changed.
  incrementalFile: `tests/mutation/incremental/${runName}.json`,
  // Two cores, shared with other work: two test processes keep both busy.
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${runName}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ['out', 'reports', 'test-results', 'docs', '.ci', '.stryker-tmp', 'tests/mutation/incremental'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
