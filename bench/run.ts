// `npm run bench`: prints timings for the foundations (no assertions: figures for the closing
// notes and for spotting regressions by eye).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../core/app';
import { headlessHost } from '../core/headless-host';
import { benchKey } from './key';
import { benchCaseImport } from './cases-import';
import { benchSummary } from './summary';
import { benchReport } from './report';
import { benchHostile } from './hostile';
import { benchKeypress } from './keypress';
import { benchDataAtRest } from './data-at-rest';
import { benchExchange } from './exchange';
import { benchGuard } from './guard';
import { benchSample } from './sample';
import { benchBriefingAndWorkbook } from './briefing-workbook';

const host = headlessHost('cli');
const dir = mkdtempSync(join(tmpdir(), 'scrutineer-bench-'));

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(label: string, runs: number, fn: (i: number) => unknown): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  console.log(`${label.padEnd(52)} median ${median(samples).toFixed(2)} ms  (min ${Math.min(...samples).toFixed(2)}, max ${Math.max(...samples).toFixed(2)}, n=${runs})`);
}

try {
  await time('open new database: migrate + seed frameworks', 10, (i) => openCore({ databasePath: join(dir, `fresh-${i}.db`), key: benchKey, host }).close());
  await time('open existing database', 10, () => openCore({ databasePath: join(dir, 'fresh-0.db'), key: benchKey, host }).close());
  const core = openCore({ databasePath: join(dir, 'fresh-0.db'), key: benchKey, host });
  await time('dispatch frameworks.list', 200, () => core.dispatch('frameworks.list', {}));
  await time('dispatch frameworks.get neglect-what-works', 200, () => core.dispatch('frameworks.get', { key: 'neglect-what-works' }));
  const detail = await core.dispatch('frameworks.get', { key: 'neglect-what-works' });
  if (!detail.ok) throw new Error(detail.error.message);
  const fw = (detail.value as { framework: { name: string } }).framework;
  await time('dispatch frameworks.save (edit in place)', 50, (i) => core.dispatch('frameworks.save', { framework: { ...fw, name: `Neglect — what works ${i}` } }));
  core.close();

  const cli = join(process.cwd(), 'bin', 'scrutineer.js');
  const env = { ...process.env, SCRUTINEER_DB_KEY: benchKey.hex() };
  spawnSync(process.execPath, [cli, '--help']); // builds the CLI bundle if stale
  await time('CLI cold start: framework list (new process)', 10, () => {
    const r = spawnSync(process.execPath, [cli, '--db', join(dir, 'fresh-0.db'), 'framework', 'list'], { env });
    if (r.status !== 0) throw new Error(r.stderr.toString());
  });
  await time('CLI cold start: framework show --json', 10, () => {
    spawnSync(process.execPath, [cli, '--db', join(dir, 'fresh-0.db'), '--json', 'framework', 'show', 'neglect-what-works'], { env });
  });
  console.log('');
  await benchDataAtRest(dir);
  console.log('');
  await benchCaseImport(dir);
  console.log('');
  await benchSample(dir);
  console.log('');
  await benchSummary(dir);
  console.log('');
  benchReport(dir);
  console.log('');
  await benchBriefingAndWorkbook(dir);
  console.log('');
  await benchExchange(dir);
  console.log('');
  await benchHostile(dir);
  console.log('');
  await benchKeypress(dir);
  console.log('');
  await benchGuard(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
