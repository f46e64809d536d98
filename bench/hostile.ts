// Hostile files against `scrutineer cases import`, each in a fresh process so its peak memory is
// its own: a workbook with one cell at XFD1048576 and a 1 MB zip bomb (1 GB inflated). Goal:
// refused in under 2 s with a peak under 300 MB. A 10-row CSV shows what any import costs.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCasesCsv } from '../tests/fixtures/cases/generate';
import { farCellWorkbook, zipBomb } from '../tests/fixtures/hostile/generate';

const cli = join(process.cwd(), 'bin', 'scrutineer.js');
const peakHook = join(process.cwd(), 'bench', 'peak-memory.mjs');

function importIn(db: string, file: string): { ms: number; peakMb: number; message: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', peakHook, cli, '--db', db, 'cases', 'import', '--event', '1', file], { encoding: 'utf8' });
  const ms = performance.now() - start;
  const peak = /peak-rss-mb ([\d.]+)/.exec(run.stderr);
  if (!peak) throw new Error(run.stderr);
  const message = (run.status === 0 ? run.stdout : run.stderr.replace(/\s*peak-rss-mb [\d.]+\s*$/, '')).trim();
  return { ms, peakMb: Number(peak[1]), message };
}

export async function benchHostile(dir: string): Promise<void> {
  const db = join(dir, 'hostile.db');
  spawnSync(process.execPath, [cli, '--db', db, 'event', 'create', '--name', 'Hostile files', '--framework', 'neglect-what-works', '--date', '2026-03-01']);
  const files: [string, string, Buffer | string][] = [
    ['10-row CSV (for comparison)', 'ten.csv', generateCasesCsv(10, 1)],
    ['XLSX, one cell at XFD1048576', 'far-cell.xlsx', await farCellWorkbook()],
    ['zip bomb, 1 GB inflated', 'bomb.xlsx', await zipBomb()],
  ];
  console.log(`hostile files, \`scrutineer cases import\` in a new process each (load average ${loadavg()[0]!.toFixed(1)}):`);
  for (const [label, name, data] of files) {
    const file = join(dir, name);
    writeFileSync(file, data);
    importIn(db, file); // the first run builds the reading worker's bundle if the sources changed
    const { ms, peakMb, message } = importIn(db, file);
    const kb = (typeof data === 'string' ? Buffer.byteLength(data) : data.length) / 1024;
    console.log(`${`  ${label}, ${kb.toFixed(0)} KB:`.padEnd(46)} ${ms.toFixed(0).padStart(5)} ms whole command, peak ${peakMb.toFixed(0)} MB (goal < 2000 ms, < 300 MB)`);
    console.log(`    ${message.split('\n')[0]!.slice(0, 160)}`);
  }
}
