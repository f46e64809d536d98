// The 7-minute briefing and the figures workbook for the demo event: build time, and the
// workbook read back with exceljs (a spreadsheet client's work), median of 7 runs each.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../core/app';
import { createDemo } from '../core/demo/demo';
import { headlessHost } from '../core/headless-host';
import { defaultAppPaths } from '../core/paths';
import { buildBriefing } from '../core/report/briefing';
import { loadReportTemplate } from '../core/report/template';
import { buildFiguresWorkbook } from '../core/report/xlsx';
import { benchKey } from './key';

const median = (samples: number[]) => samples.toSorted((a, b) => a - b)[Math.floor(samples.length / 2)]!;

/** Median wall and CPU milliseconds: CPU time stays comparable when other work shares the machine. */
async function timed(runs: number, fn: () => Promise<unknown>): Promise<string> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    await fn();
    const { user, system } = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((user + system) / 1000);
  }
  return `${median(wall).toFixed(0)} ms (CPU ${median(cpu).toFixed(0)} ms)`;
}

export async function benchBriefingAndWorkbook(dir: string): Promise<void> {
  const core = openCore({ databasePath: join(dir, 'briefing.db'), key: benchKey, host: headlessHost('cli') });
  const { id } = await createDemo(core.store);
  const template = loadReportTemplate(defaultAppPaths().templatesDir);
  const briefing = await timed(7, () => buildBriefing(core.store, template, id));
  let bytes: Buffer = Buffer.alloc(0);
  const create = await timed(7, async () => (bytes = await buildFiguresWorkbook(core.store, id)));
  const { default: Excel } = await import('exceljs');
  const read = await timed(7, () => new Excel.Workbook().xlsx.load(bytes as unknown as ArrayBuffer));
  core.close();
  console.log(`7-minute briefing, demo event: build ${briefing}, median of 7`);
  console.log(`figures workbook, demo event: create ${create}, read back with exceljs ${read} (${Math.round(bytes.length / 1024)} KB)`);
}
