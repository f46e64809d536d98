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

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
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
  console.log(`7-minute briefing, demo event${' '.repeat(22)} median ${briefing.toFixed(0)} ms`);
  console.log(`figures workbook, demo event: create ${create.toFixed(0)} ms, read back ${read.toFixed(0)} ms (${Math.round(bytes.length / 1024)} KB)`);
}
