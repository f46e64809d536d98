// The identifier guard: a page of text against 10,000 case references and dates of birth. Built
// once (the index), then each check: alone, and through the contract call the quote tick makes on
// every keystroke (which also checks whether the cases changed).
import { benchKey } from './key';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../core/app';
import { importCases } from '../core/cases/import-service';
import { IdentifierGuard } from '../core/disclosure/identifier-guard';
import { createEvent } from '../core/events/service';
import { headlessHost } from '../core/headless-host';
import { generateCasesCsv, generatedAuditDate } from '../tests/fixtures/cases/generate';

const median = (samples: number[]) => samples.toSorted((a, b) => a - b)[Math.floor(samples.length / 2)]!;

function timed(runs: number, fn: () => unknown): { median: number; max: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return { median: median(samples), max: Math.max(...samples) };
}

/** About a page (3,300 characters) of the prose findings are written in, with dates, numbers and codes but no identifier. */
const page = Array.from(
  { length: 12 },
  (_, i) =>
    `Section 47 enquiries for children aged 0-2 years were timely in ${60 + i}% of cases, and the plan was reviewed on 3 March 2026 at 10am. ` +
    `Ofsted 2024 noted that GCP2 was used in ${i + 2} of 13 cases; practitioners in Y6 and KS2 recorded the child's words (ref. S47-${i}).`,
).join(' ');

export async function benchGuard(dir: string): Promise<void> {
  const references = Array.from({ length: 10_000 }, (_, i) => `GEN-${String(i + 1).padStart(5, '0')}`);
  const dates = Array.from({ length: 10_000 }, (_, i) => new Date(Date.UTC(2007, 0, 1) + i * 86_400_000 * 0.6).toISOString().slice(0, 10));
  let guard!: IdentifierGuard;
  const build = timed(5, () => (guard = new IdentifierGuard({ references, datesOfBirth: dates })));
  const scan = timed(500, () => guard.scan(page));
  const hits = guard.scan(`${page} Seen with GEN-04242.`).length;
  console.log(`identifier guard: build the index of 10,000 references + 10,000 dates of birth   median ${build.median.toFixed(2)} ms`);
  console.log(`identifier guard: check a page (${page.length} characters) against them                 median ${scan.median.toFixed(3)} ms  (max ${scan.max.toFixed(2)}, n=500; ${hits} hit planted)`);

  const core = openCore({ databasePath: join(dir, 'guard.db'), key: benchKey, host: headlessHost('cli') });
  const { id: eventId } = createEvent(core.store.db, { name: 'Guard bench', frameworkKey: 'neglect-what-works', auditDate: generatedAuditDate });
  await importCases(core.store.db, { eventId, fileName: 'bench.csv', bytes: new TextEncoder().encode(generateCasesCsv(10_000, 5)) });
  let t = performance.now();
  await core.dispatch('disclosure.check', { text: page });
  const first = performance.now() - t;
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    t = performance.now();
    const r = await core.dispatch('disclosure.check', { text: page });
    samples.push(performance.now() - t);
    if (!r.ok) throw new Error(r.error.message);
  }
  core.close();
  console.log(`disclosure.check (the quote tick's call), 10,000 cases in the database: first ${first.toFixed(1)} ms (builds the index), then median ${median(samples).toFixed(2)} ms (max ${Math.max(...samples).toFixed(2)}, n=200)`);
}
