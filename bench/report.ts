// Report build time and peak memory for the demo event (goal <= 2 s) and for generated events
// of 150 and 300 cases (goal <= 10 s for 300, growing linearly), each in its own process.
import { spawnSync } from 'node:child_process';

export function benchReport(dir: string): void {
  const run = (size: string) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/report-one.ts', size, dir], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { ms: number; bytes: number; maxRssMb: number; rssBeforeMb: number };
  };
  for (const size of ['demo', '150', '300']) {
    const r = run(size);
    const label = size === 'demo' ? 'report, demo event (30 cases, 7 agencies)' : `report, generated event (${size} cases, 7 agencies)`;
    const goal = size === 'demo' ? ' (goal <= 2000 ms)' : size === '300' ? ' (goal <= 10000 ms)' : '';
    console.log(`${label.padEnd(48)} ${r.ms.toFixed(0).padStart(6)} ms${goal}, ${Math.round(r.bytes / 1024)} KB, peak RSS ${r.maxRssMb.toFixed(0)} MB (before build ${r.rssBeforeMb.toFixed(0)} MB)`);
  }
}
