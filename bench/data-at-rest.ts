// Data at rest: opening an existing database with and without encryption, backup and restore of a
// database holding a 300-case event (7 agencies, every criterion graded, evidence written,
// moderated), and purging that event's identifiers at the end of retention.
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../core/app';
import { importCases } from '../core/cases/import-service';
import { listCases } from '../core/cases/service';
import { backUpNow, restoreBackup } from '../core/data/backups';
import { purgeEvent } from '../core/data/retention';
import { seedGrades } from '../core/demo/grades';
import { createEvent, getEvent } from '../core/events/service';
import { headlessHost } from '../core/headless-host';
import { updateSettings } from '../core/settings/service';
import type { DatabaseKey } from '../db/cipher';
import { generateCasesCsv, generatedAuditDate } from '../tests/fixtures/cases/generate';
import { benchKey } from './key';

const host = headlessHost('cli');
const median = (samples: number[]) => samples.toSorted((a, b) => a - b)[Math.floor(samples.length / 2)]!;

async function eventOf300(path: string, key: DatabaseKey | null): Promise<number> {
  const core = openCore({ databasePath: path, key, host });
  updateSettings(core.store.db, { userName: 'Bench facilitator' });
  const agencies = ['Social care', 'Health visiting', 'School nursing', 'Police', 'Education', 'Early help', 'CAMHS'];
  const { id: eventId } = createEvent(core.store.db, { name: 'Bench 300', frameworkKey: 'neglect-what-works', auditDate: generatedAuditDate, agencies });
  await importCases(core.store.db, { eventId, fileName: 'bench.csv', bytes: new TextEncoder().encode(generateCasesCsv(300, 5)) });
  const caseIds = listCases(core.store.db, eventId).map((c) => c.id);
  const agencyIds = getEvent(core.store.db, eventId).agencies.map((a) => a.id);
  seedGrades(core.store, { eventId, caseIds, agencyIds, doubleAuditShare: 0.1, moderate: true, seed: 9, evidence: (key) => `Fictional evidence for ${key}: seen at home, records read.` });
  core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
  return eventId;
}

export async function benchDataAtRest(dir: string): Promise<void> {
  const encrypted = join(dir, 'at-rest-encrypted.db');
  const plain = join(dir, 'at-rest-plain.db');
  const eventId = await eventOf300(encrypted, benchKey);
  await eventOf300(plain, null);
  const mb = (path: string) => `${(statSync(path).size / (1024 * 1024)).toFixed(1)} MB`;

  for (const [label, path, key] of [['plain', plain, null], ['encrypted', encrypted, benchKey]] as const) {
    const samples: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      openCore({ databasePath: path, key, host }).close();
      samples.push(performance.now() - t);
    }
    console.log(`open an existing database (300-case event, ${mb(path)}), ${label.padEnd(9)}  median ${median(samples).toFixed(1)} ms (n=10)`);
  }

  const core = openCore({ databasePath: encrypted, key: benchKey, host });
  const backupMs: number[] = [];
  let backupPath = '';
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    backupPath = backUpNow(core.context, 'manual', new Date(Date.now() + i)).path;
    backupMs.push(performance.now() - t);
  }
  console.log(`backup of the 300-case database (encrypted copy, ${mb(backupPath)})        median ${median(backupMs).toFixed(1)} ms (n=5)`);
  const restoreMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const source = join(dir, `restore-source-${i}.bak`);
    copyFileSync(backupPath, source);
    const t = performance.now();
    restoreBackup(core.context, source, core.context.migrationsDir, new Date(Date.now() + 1000 + i));
    restoreMs.push(performance.now() - t);
  }
  console.log(`restore of that backup (checks, copy kept first, replace, reopen)  median ${median(restoreMs).toFixed(1)} ms (n=5)`);
  const t = performance.now();
  const purged = purgeEvent(core.store, core.context.documentsDir, eventId);
  console.log(`purge of the 300-case event (${purged.cases} cases, ${purged.trailValuesReplaced} trail values, then VACUUM)   ${(performance.now() - t).toFixed(1)} ms`);
  core.close();
}
