// `npm run planted [name ...]`: issue 10's planted bugs, each applied alone, must make the tests
// fail. For every bug in the table: its `find` text must occur exactly once in its file (if not,
// the code has moved and the table must follow it: the run stops before planting anything), the
// replacement is written, the bug's tests run (`vitest run` with its JSON report), and the file is
// written back byte for byte from the copy kept in memory: in a finally, and on Ctrl-C or a kill.
// Prints bug, file:line and the failing tests (or NOT CAUGHT); exits non-zero if any bug is not
// caught. First a baseline run: every listed test file must pass on the code as it is, so a
// failure under a bug is the bug's doing. Not part of `npm test` or CI (about 5 minutes).
// Arguments pick bugs by part of their name: `npm run planted -- CHNE overdue`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const suppressionTests = ['tests/unit/disclosure/suppression.test.ts', 'tests/unit/report/threshold-outputs.test.ts'];
const thresholdOutputs = ['tests/unit/report/threshold-outputs.test.ts'];
const agreementTests = ['tests/unit/analysis/agreement.test.ts', 'tests/unit/analysis/agreement-reference.test.ts'];
const trailTests = ['tests/unit/audits/trail-changes.test.ts'];
const escapingTests = ['tests/unit/export/formula-escaping.test.ts'];

/**
 * The issue's bugs on today's code, one realistic change each. `edits` (each find → replace) when
 * one bug takes two lines, e.g. an import and its use.
 */
const bugs = [
  {
    name: 'suppression off by one (< 5 → <= 5)',
    file: 'core/disclosure/suppression.ts',
    find: 't.scoredCases < SMALL_NUMBER_THRESHOLD',
    replace: 't.scoredCases <= SMALL_NUMBER_THRESHOLD',
    tests: suppressionTests,
  },
  {
    name: 'Word report: suppression default off',
    file: 'core/report/content.ts',
    find: 'compareWith: compareWith ?? undefined, suppressSmallNumbers: options.suppressSmallNumbers })',
    replace: 'compareWith: compareWith ?? undefined, suppressSmallNumbers: options.suppressSmallNumbers ?? false })',
    tests: thresholdOutputs,
  },
  {
    name: 'workbook: suppression default off',
    file: 'core/report/xlsx.ts',
    find: 'disclosedSummary(store, eventId, { suppressSmallNumbers: options.suppressSmallNumbers })',
    replace: 'disclosedSummary(store, eventId, { suppressSmallNumbers: options.suppressSmallNumbers ?? false })',
    tests: thresholdOutputs,
  },
  {
    // Suppression now lives in one place; the report's agency table and the workbook's
    // "By agency" sheet both read these cells.
    name: 'breakdown cells by agency never suppressed',
    file: 'core/disclosure/suppression.ts',
    find: 'criteria: a.criteria.map(({ key, ...t }) => ({ key, ...discloseTally(t, suppress) })),',
    replace: 'criteria: a.criteria.map(({ key, ...t }) => ({ key, ...discloseTally(t, false) })),',
    tests: thresholdOutputs,
  },
  {
    // The workbook's "By group" sheet and the report's method section read these cells.
    name: 'breakdown cells by group of children never suppressed',
    file: 'core/disclosure/suppression.ts',
    find: 'groups: a.groups.map(({ group, label, ...t }) => ({ group, label, ...discloseTally(t, suppress) })),',
    replace: 'groups: a.groups.map(({ group, label, ...t }) => ({ group, label, ...discloseTally(t, false) })),',
    tests: thresholdOutputs,
  },
  {
    name: 'kappaLinear returns the quadratic value',
    file: 'core/analysis/agreement.ts',
    find: "kappaLinear: this.kappa('linear'),",
    replace: "kappaLinear: this.kappa('quadratic'),",
    tests: agreementTests,
  },
  {
    name: 'displayed pairwise alpha from an asymmetric coincidence matrix',
    file: 'core/analysis/agreement.ts',
    find: 'this.at(i, j) + this.at(j, i)',
    replace: 'this.at(i, j) + this.at(i, j)',
    tests: agreementTests,
  },
  {
    name: 'trail drops the old agreed grade',
    file: 'core/moderation/service.ts',
    find: "field: 'agreed grade', oldValue: oldGrade,",
    replace: "field: 'agreed grade', oldValue: '',",
    tests: trailTests,
  },
  {
    name: 'trail drops the old agreed rationale',
    file: 'core/moderation/service.ts',
    find: "field: 'rationale', oldValue: before?.rationale ?? '',",
    replace: "field: 'rationale', oldValue: '',",
    tests: trailTests,
  },
  {
    // The three text fields of a grade share one line; each is planted on its own.
    name: 'trail drops the old rationale of an agency grade',
    file: 'core/audits/service.ts',
    find: 'entries.push({ ...base, field, oldValue: old, newValue: grade[field] });',
    replace: "entries.push({ ...base, field, oldValue: field === 'rationale' ? '' : old, newValue: grade[field] });",
    tests: trailTests,
  },
  {
    name: 'trail drops the old evidence',
    file: 'core/audits/service.ts',
    find: 'entries.push({ ...base, field, oldValue: old, newValue: grade[field] });',
    replace: "entries.push({ ...base, field, oldValue: field === 'evidence' ? '' : old, newValue: grade[field] });",
    tests: trailTests,
  },
  {
    name: 'trail drops the old N/A reason',
    file: 'core/audits/service.ts',
    find: 'entries.push({ ...base, field, oldValue: old, newValue: grade[field] });',
    replace: "entries.push({ ...base, field, oldValue: field === 'notApplicableReason' ? '' : old, newValue: grade[field] });",
    tests: trailTests,
  },
  {
    name: 'report marking hard-coded to OFFICIAL-SENSITIVE',
    file: 'core/report/build-report.ts',
    find: 'exportMarking(content.event.classification, content.includeIdentifiers)',
    replace: "exportMarking('OFFICIAL-SENSITIVE', content.includeIdentifiers)",
    tests: thresholdOutputs,
  },
  {
    // Every CSV and XLSX export now escapes through this one pattern; the returns export's own
    // tests must catch it narrowed to `=`.
    name: 'returns CSV escapes only =',
    file: 'core/export/cells.ts',
    find: 'const formulaStart = /^[=+\\-@\\t\\r]/;',
    replace: 'const formulaStart = /^=/;',
    tests: escapingTests,
    // Of the failing tests, the table names this one.
    prefer: 'returns CSV',
  },
  {
    name: 'trail CSV written without formula escaping',
    file: 'core/trail/service.ts',
    edits: [
      { find: "import { toCsv } from '../export/cells';", replace: "import Papa from 'papaparse';" },
      { find: 'return toCsv(trailColumns, data);', replace: "return Papa.unparse({ fields: [...trailColumns], data }, { newline: '\\r\\n' });" },
    ],
    tests: [...trailTests, ...escapingTests],
  },
  {
    name: 'CHNE in the wrong DfE ethnicity group',
    file: 'core/cases/import/ethnicity.ts',
    find: "['CHNE', 'Chinese', 'Chinese or other ethnic group',",
    replace: "['CHNE', 'Chinese', 'Asian or Asian British',",
    tests: ['tests/unit/cases-import/normalise.test.ts'],
  },
  {
    name: 'an action due today counted as overdue',
    file: 'model/smart.ts',
    find: 'dueDate < today',
    replace: 'dueDate <= today',
    tests: ['tests/unit/model/today.test.ts', 'tests/unit/analysis/recommendations.test.ts', 'tests/unit/recommendations/action-plan.test.ts'],
  },
];

const editsOf = (bug) => bug.edits ?? [{ find: bug.find, replace: bug.replace }];
const count = (text, find) => text.split(find).length - 1;
const lineOf = (text, index) => text.slice(0, index).split('\n').length;

const asked = process.argv.slice(2);
const chosen = asked.length ? bugs.filter((b) => asked.some((a) => b.name.includes(a))) : bugs;
if (asked.length && chosen.length === 0) {
  console.error(`No bug matches ${asked.join(', ')}. Bugs:\n${bugs.map((b) => `  ${b.name}`).join('\n')}`);
  process.exit(2);
}

// 1. Every find text once, every test file present: else the table no longer fits the code.
const stale = [];
for (const bug of chosen) {
  const path = join(root, bug.file);
  if (!existsSync(path)) {
    stale.push(`${bug.name}: ${bug.file} does not exist`);
    continue;
  }
  const text = readFileSync(path, 'utf8');
  for (const { find, replace } of editsOf(bug)) {
    const n = count(text, find);
    if (n === 1) continue;
    const left = n === 0 && count(text, replace) > 0 ? ' (its planted replacement IS there: a run was killed hard? check `git diff`)' : '';
    stale.push(`${bug.name}: ${JSON.stringify(find)} occurs ${n} times in ${bug.file}, not once${left}`);
  }
  for (const t of bug.tests) if (!existsSync(join(root, t))) stale.push(`${bug.name}: test file ${t} does not exist`);
}
if (stale.length) {
  console.error(`STALE: the code has moved; update the table in scripts/planted-bugs.mjs.\n${stale.map((s) => `  - ${s}`).join('\n')}`);
  process.exit(2);
}

// 2. Restore on every way out. `planted` holds the file being changed and its original bytes.
let planted = null;
let child = null;
function restore() {
  if (!planted) return;
  writeFileSync(planted.path, planted.original);
  if (!readFileSync(planted.path).equals(planted.original)) throw new Error(`Could not restore ${planted.path}: check git diff.`);
  planted = null;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    restore();
    if (child) process.kill(-child.pid, 'SIGTERM');
    console.error(`\n${signal}: stopped; every file is as it was.`);
    process.exit(130);
  });
}
process.on('exit', restore);

const work = mkdtempSync(join(tmpdir(), 'scrutineer-planted-'));
let runs = 0;

/** Runs vitest on the files with the JSON reporter; returns its exit code and the failing tests. */
function vitest(files) {
  const out = join(work, `run-${++runs}.json`);
  return new Promise((resolve, reject) => {
    // vitest.config.ts writes its JSON report where SCRUTINEER_VITEST_JSON says.
    const env = { ...process.env, SCRUTINEER_VITEST_JSON: out };
    // Its own process group, so a stop ends vitest's workers too.
    child = spawn(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...files, '--reporter=json'], { cwd: root, env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      child = null;
      if (!existsSync(out)) return reject(new Error(`vitest wrote no report (exit ${code}):\n${stderr.slice(-2000)}`));
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const failed = [];
      const broken = [];
      for (const file of report.testResults) {
        const name = relative(root, file.name);
        for (const t of file.assertionResults) if (t.status === 'failed') failed.push({ file: name, test: t.fullName });
        // A file that failed without a failing test did not load or run: not a catch.
        if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')) broken.push({ file: name, message: (file.message ?? '').split('\n')[0] });
      }
      resolve({ code, failed, broken, passed: report.numPassedTests, total: report.numTotalTests });
    });
  });
}

const started = Date.now();
const rows = [];
try {
  const allTests = [...new Set(chosen.flatMap((b) => b.tests))];
  console.log(`Baseline: ${allTests.length} test files on the code as it is…`);
  const baseline = await vitest(allTests);
  if (baseline.code !== 0 || baseline.failed.length || baseline.broken.length) {
    console.error('The tests fail without any planted bug; fix that first:');
    for (const f of baseline.failed) console.error(`  ${f.file}: ${f.test}`);
    for (const b of baseline.broken) console.error(`  ${b.file}: ${b.message}`);
    process.exit(1);
  }
  console.log(`  ${baseline.passed} of ${baseline.total} tests pass.`);

  for (const bug of chosen) {
    const path = join(root, bug.file);
    const original = readFileSync(path);
    let text = original.toString('utf8');
    const line = editsOf(bug).map(({ find }) => lineOf(text, text.indexOf(find))).join(',');
    for (const { find, replace } of editsOf(bug)) text = text.replace(find, () => replace);
    const bugStarted = Date.now();
    process.stdout.write(`Planting: ${bug.name} (${bug.file}:${line})… `);
    planted = { path, original };
    let result;
    try {
      writeFileSync(path, text);
      result = await vitest(bug.tests);
    } finally {
      restore();
    }
    const caught = result.failed.length > 0;
    const seconds = Math.round((Date.now() - bugStarted) / 1000);
    console.log(`${caught ? `caught by ${result.failed.length} test(s)` : 'NOT CAUGHT'} (${seconds} s)`);
    for (const f of result.failed) console.log(`  failed: ${f.file}: ${f.test}`);
    for (const b of result.broken) console.log(`  a test file did not run: ${b.file}: ${b.message}`);
    rows.push({ bug, line, result, caught });
  }
} finally {
  restore();
  rmSync(work, { recursive: true, force: true });
}

const cell = (s) => String(s).replaceAll('|', '\\|');
console.log('\n“(+N)”: N more tests failed as well.\n\n| bug | planted at | caught by |\n| --- | --- | --- |');
for (const { bug, line, result, caught } of rows) {
  // The table names one failing test: the first one whose name has `prefer` in it, if any.
  const first = result.failed.find((f) => bug.prefer && f.test.includes(bug.prefer)) ?? result.failed[0];
  const more = result.failed.length > 1 ? ` (+${result.failed.length - 1})` : '';
  console.log(`| ${cell(bug.name)} | \`${bug.file}:${line}\` | ${caught ? `\`${first.file}\`: “${cell(first.test)}”${more}` : '**NOT CAUGHT**'} |`);
}
const missed = rows.filter((r) => !r.caught);
console.log(`\n${rows.length - missed.length} of ${rows.length} planted bugs caught in ${((Date.now() - started) / 60000).toFixed(1)} minutes; every file restored.`);
if (missed.length) process.exit(1);
