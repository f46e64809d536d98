// Case import of a generated 10,000-row CSV through the real service, against inserting the
// same rows with raw prepared statements in one transaction.
import { connectKeyed } from '../db/cipher';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../core/app';
import { readTable } from '../core/cases/import/read';
import { suggestMapping } from '../model/case-fields';
import { buildRecords } from '../core/cases/import/build';
import { importCases } from '../core/cases/import-service';
import { createEvent } from '../core/events/service';
import { headlessHost } from '../core/headless-host';
import { benchKey } from './key';
import { writeTransactionRaw } from '../db/write';
import { generateCasesCsv, generatedAuditDate } from '../tests/fixtures/cases/generate';

export async function benchCaseImport(dir: string, rows = 10_000): Promise<void> {
  const bytes = new TextEncoder().encode(generateCasesCsv(rows, 7));
  const core = openCore({ databasePath: join(dir, 'import.db'), key: benchKey, host: headlessHost('cli') });
  const { id: eventId } = createEvent(core.store.db, { name: 'Bench', frameworkKey: 'neglect-what-works', auditDate: generatedAuditDate });

  // The first import in a process also pays for compiling the code paths; report it, then time a
  // second import into a fresh event, which is what every later import costs.
  const coldStart = performance.now();
  const warmUp = createEvent(core.store.db, { name: 'Warm-up', frameworkKey: 'neglect-what-works', auditDate: generatedAuditDate }).id;
  await importCases(core.store.db, { eventId: warmUp, fileName: 'bench.csv', bytes });
  const coldMs = performance.now() - coldStart;
  const start = performance.now();
  const outcome = await importCases(core.store.db, { eventId, fileName: 'bench.csv', bytes });
  const importMs = performance.now() - start;
  if (outcome.imported !== rows) throw new Error(`expected ${rows} imported, got ${outcome.imported} (${outcome.errors.length} errors)`);

  const reimportStart = performance.now();
  await importCases(core.store.db, { eventId, fileName: 'bench.csv', bytes });
  const reimportMs = performance.now() - reimportStart;
  core.close();

  // Raw: the same records, already parsed, inserted with one prepared statement.
  const table = await readTable(bytes, 'bench.csv');
  const { records } = buildRecords(table, suggestMapping(table.headers), { auditDate: generatedAuditDate });
  const rawCore = openCore({ databasePath: join(dir, 'raw.db'), key: benchKey, host: headlessHost('cli') });
  const rawEvent = createEvent(rawCore.store.db, { name: 'Raw', frameworkKey: 'neglect-what-works' }).id;
  rawCore.close();
  const sqlite = connectKeyed(join(dir, 'raw.db'), benchKey);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  const insert = sqlite.prepare(
    `INSERT INTO cases (event_id, reference, sex, date_of_birth, age_at_audit, age_stage, ethnicity_code, ethnicity_label, ethnicity_group,
       disability, level_of_need, neglect_types, vulnerabilities, agencies, plan_start_date, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rawStart = performance.now();
  writeTransactionRaw(sqlite, () => {
    for (const { record: r } of records) {
      insert.run(rawEvent, r.reference, r.sex, r.dateOfBirth, r.ageAtAudit, r.ageStage, r.ethnicityCode, r.ethnicityLabel, r.ethnicityGroup,
        r.disability, r.levelOfNeed, JSON.stringify(r.neglectTypes), JSON.stringify(r.vulnerabilities), JSON.stringify(r.agencies), r.planStartDate, r.notes);
    }
  });
  const rawMs = performance.now() - rawStart;
  sqlite.close();

  console.log(`case import, ${rows} rows (${(bytes.length / 1024).toFixed(0)} KB CSV), first in the process:    ${coldMs.toFixed(0)} ms`);
  console.log(`case import, ${rows} rows: read + map + validate + insert ${importMs.toFixed(0)} ms (goal <= 2000 ms)`);
  console.log(`case re-import of the same file (all unchanged):            ${reimportMs.toFixed(0)} ms`);
  console.log(`raw prepared INSERTs of the same ${rows} parsed rows:             ${rawMs.toFixed(0)} ms`);
  console.log(`ratio import / raw:                                           ${(importMs / rawMs).toFixed(2)}x (goal <= 3x)`);
}
