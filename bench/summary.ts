// The findings summary for a generated event of 1,000 cases × 8 agencies × 13 criteria, against
// one raw SQL GROUP BY over the same grades.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../core/app';
import { summarise } from '../core/analysis/summary';
import { importCases } from '../core/cases/import-service';
import { listCases } from '../core/cases/service';
import { seedGrades } from '../core/demo/grades';
import { createEvent, getEvent } from '../core/events/service';
import { headlessHost } from '../core/headless-host';
import { benchKey } from './key';
import { generateCasesCsv, generatedAuditDate } from '../tests/fixtures/cases/generate';

function median(samples: number[]): number {
  return samples.toSorted((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

export async function benchSummary(dir: string): Promise<void> {
  const core = openCore({ databasePath: join(dir, 'summary.db'), key: benchKey, host: headlessHost('cli') });
  const agencies = ['Social care', 'Health visiting', 'School nursing', 'Police', 'Education', 'Early help', 'CAMHS', 'Housing'];
  const { id: eventId } = createEvent(core.store.db, { name: 'Bench', frameworkKey: 'neglect-what-works', auditDate: generatedAuditDate, agencies });
  await importCases(core.store.db, { eventId, fileName: 'bench.csv', bytes: new TextEncoder().encode(generateCasesCsv(1000, 11)) });
  const caseIds = listCases(core.store.db, eventId).map((c) => c.id);
  const seeded = seedGrades(core.store, { eventId, caseIds, agencyIds: getEvent(core.store.db, eventId).agencies.map((a) => a.id), doubleAuditShare: 0.05, moderate: true, seed: 3 });

  const groupBy = core.store.sqlite.prepare(
    'SELECT g.criterion_key, g.value, g.not_applicable, count(*) FROM grades g JOIN audits a ON a.id = g.audit_id WHERE a.event_id = ? GROUP BY 1, 2, 3',
  );
  const summaryMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < 7; i++) {
    let t = performance.now();
    summarise(core.store, eventId);
    summaryMs.push(performance.now() - t);
    t = performance.now();
    groupBy.raw().all(eventId);
    rawMs.push(performance.now() - t);
  }
  core.close();
  const s = median(summaryMs);
  const r = median(rawMs);
  console.log(`summary, ${caseIds.length} cases × ${agencies.length} agencies × 13 criteria (${seeded.grades} grades, ${seeded.audits} audits): median ${s.toFixed(1)} ms (goal <= 100 ms)`);
  console.log(`raw SQL GROUP BY criterion, value over the same grades:                          median ${r.toFixed(1)} ms`);
  console.log(`ratio summary / raw:                                                               ${(s / r).toFixed(2)}x (goal <= 2x)`);
}
