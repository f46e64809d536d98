// `npm run mutate [module ...]`: StrykerJS, one module at a time (all modules by default), each
// against its own tests (stryker.config.mjs) and with its own incremental file, then one table of
// mutation scores per module. Reports: reports/mutation/<module>.json; the table also goes to
// reports/mutation/summary.md. Not part of `npm test` or CI: a full run takes tens of minutes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { modules, runNameOf } from '../stryker.config.mjs';

// `--force` tests every mutant again and rewrites the incremental file: figures that owe nothing
// to earlier runs (docs/mutation.md, "Incremental runs").
const force = process.argv.includes('--force');
// Each argument is a module (`report`) or one file of a module (`report:core/report/xlsx.ts`).
const asked = process.argv.slice(2).filter((arg) => arg !== '--force').map((arg) => {
  const [module, file] = arg.split(':');
  return { module, file, label: arg };
});
const unknown = asked.filter((a) => !(a.module in modules) || (a.file && !existsSync(a.file)));
if (unknown.length) {
  console.error(`Unknown module or file ${unknown.map((a) => a.label).join(', ')}. Modules: ${Object.keys(modules).join(', ')}.`);
  process.exit(1);
}
const runs = asked.length ? asked : Object.keys(modules).map((module) => ({ module, label: module }));
// The package exports no bin path; its package.json is exported and the bin sits beside it.
const stryker = join(dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
mkdirSync('reports/mutation', { recursive: true });

/** Score as Stryker counts it: detected / (detected + undetected), over valid mutants. */
function scoreOf(report) {
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0 };
  for (const file of Object.values(report.files)) for (const m of file.mutants) count[m.status] = (count[m.status] ?? 0) + 1;
  const detected = count.Killed + count.Timeout;
  const undetected = count.Survived + count.NoCoverage;
  return { ...count, total: detected + undetected, score: detected + undetected ? (100 * detected) / (detected + undetected) : 100 };
}

const rows = [];
const started = Date.now();
for (const { module, file: only, label: name } of runs) {
  const moduleStarted = Date.now();
  console.log(`\n== mutation testing: ${name} (${only ?? modules[module].mutate.join(', ')}) ==`);
  const env = { ...process.env, MUTATION_MODULE: module, MUTATION_TESTS: JSON.stringify(modules[module].tests) };
  if (only) env.MUTATION_FILE = only;
  // Niced: the machine is shared, and a mutation run would otherwise take both cores from the rest.
  const run = spawnSync('nice', ['-n', '5', process.execPath, stryker, 'run', 'stryker.config.mjs', ...(force ? ['--force'] : [])], { stdio: 'inherit', env });
  const minutes = (Date.now() - moduleStarted) / 60000;
  const file = `reports/mutation/${runNameOf(module, only)}.json`;
  if (run.status !== 0 || !existsSync(file)) {
    rows.push({ name, failed: true, minutes });
    continue;
  }
  rows.push({ name, minutes, ...scoreOf(JSON.parse(readFileSync(file, 'utf8'))) });
  // The incremental file is committed: drop the one field that names this machine's folder.
  const incremental = `tests/mutation/incremental/${runNameOf(module, only)}.json`;
  if (existsSync(incremental)) {
    const { projectRoot: _machine, ...portable } = JSON.parse(readFileSync(incremental, 'utf8'));
    writeFileSync(incremental, JSON.stringify(portable));
  }
}

const lines = [
  '| module | score | killed | timeout | survived | no coverage | mutants | static (ignored) | minutes |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) =>
    r.failed
      ? `| ${r.name} | run failed | | | | | | | ${r.minutes.toFixed(1)} |`
      : `| ${r.name} | ${r.score.toFixed(1)}% | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ${r.total} | ${r.Ignored} | ${r.minutes.toFixed(1)} |`,
  ),
];
const total = `Total: ${((Date.now() - started) / 60000).toFixed(1)} minutes.`;
console.log(`\n${lines.join('\n')}\n${total}`);
writeFileSync('reports/mutation/summary.md', `${lines.join('\n')}\n\n${total}\n`);
const below = rows.filter((r) => r.failed || r.score < 80);
if (below.length) console.log(`Below 80%: ${below.map((r) => r.name).join(', ')}.`);
process.exit(rows.some((r) => r.failed) ? 1 : 0);
