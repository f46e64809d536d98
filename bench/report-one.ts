// One report build in its own process, so its peak memory is its own: prints JSON with the time
// and the process's maximum resident set size. Usage: report-one.ts demo|CASES DIR
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../core/app';
import { importCases } from '../core/cases/import-service';
import { listCases } from '../core/cases/service';
import { createDemo } from '../core/demo/demo';
import { generateCasesCsv } from '../core/demo/cases-csv';
import { seedGrades } from '../core/demo/grades';
import { createEvent, getEvent } from '../core/events/service';
import { headlessHost } from '../core/headless-host';
import { benchKey } from './key';
import { defaultAppPaths } from '../core/paths';
import { buildReport } from '../core/report/build-report';
import { loadReportTemplate } from '../core/report/template';

async function main(): Promise<void> {
  const [size, dir] = process.argv.slice(2) as [string, string];
  const core = openCore({ databasePath: join(dir, `report-${size}.db`), key: benchKey, host: headlessHost('cli') });
  let eventId: number;
  if (size === 'demo') eventId = (await createDemo(core.store)).id;
  else {
    const agencies = ['Social care', 'Health visiting', 'School nursing', 'Police', 'Education', 'Early help', 'CAMHS'];
    eventId = createEvent(core.store.db, { name: `Bench ${size}`, frameworkKey: 'neglect-what-works', auditDate: '2026-04-20', agencies }).id;
    await importCases(core.store.db, { eventId, fileName: 'b.csv', bytes: new TextEncoder().encode(generateCasesCsv(Number(size), 5, '2026-04-20')) });
    seedGrades(core.store, { eventId, caseIds: listCases(core.store.db, eventId).map((c) => c.id), agencyIds: getEvent(core.store.db, eventId).agencies.map((a) => a.id), doubleAuditShare: 0.1, moderate: true });
  }
  const template = loadReportTemplate(defaultAppPaths().templatesDir);
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const buffer = await buildReport(core.store, template, eventId);
  const ms = performance.now() - start;
  core.close();
  process.stdout.write(JSON.stringify({ ms, bytes: buffer.length, maxRssMb: process.resourceUsage().maxRSS / 1024, rssBeforeMb: rssBefore / 1048576 }) + '\n');
}
void main();
