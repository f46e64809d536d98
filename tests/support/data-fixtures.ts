// A populated, encrypted database for the data-at-rest tests: the fictional demo (two events,
// 54 cases, audits with evidence, moderation, findings, recommendations), and the dumps and
// counts the tests compare.
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { openCore, type CoreApp } from '../../core/app';
import { createDemo } from '../../core/demo/demo';
import { headlessHost } from '../../core/headless-host';
import { updateSettings } from '../../core/settings/service';
import type { DatabaseKey } from '../../db/cipher';
import { tableCounts } from '../../db/encrypt';
import { testKey } from './test-key';

export interface DemoDatabase {
  core: CoreApp;
  path: string;
  eventId: number;
  previousId: number;
  references: string[];
  evidence: string[];
  datesOfBirth: string[];
}

/** The demo in a fresh encrypted database in dir, left open (close it, or the test's afterEach does). */
export async function demoDatabase(dir: string, key: DatabaseKey | null = testKey()): Promise<DemoDatabase> {
  const path = join(dir, 'scrutineer.db');
  const core = openCore({ databasePath: path, key, host: headlessHost('cli') });
  const { id, previousId } = await createDemo(core.store);
  updateSettings(core.store.db, { userName: 'Fictional Facilitator' });
  const column = (sql: string) => (core.store.sqlite.prepare(sql).all() as { v: string }[]).map((r) => r.v);
  return {
    core,
    path,
    eventId: id,
    previousId,
    references: column('SELECT reference AS v FROM cases'),
    evidence: column("SELECT DISTINCT evidence AS v FROM grades WHERE evidence <> ''"),
    datesOfBirth: column('SELECT DISTINCT date_of_birth AS v FROM cases WHERE date_of_birth IS NOT NULL'),
  };
}

/** Every row of every table, in rowid order. */
export function dumpAll(sqlite: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(Object.keys(tableCounts(sqlite)).map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

/** Rows that belong to one event, per table (what deleting it must remove entirely). */
export function eventRowCounts(sqlite: Database.Database, eventId: number): Record<string, number> {
  const count = (sql: string) => (sqlite.prepare(sql).get(eventId) as { n: number }).n;
  return {
    events: count('SELECT count(*) AS n FROM events WHERE id = ?'),
    cases: count('SELECT count(*) AS n FROM cases WHERE event_id = ?'),
    audits: count('SELECT count(*) AS n FROM audits WHERE event_id = ?'),
    grades: count('SELECT count(*) AS n FROM grades WHERE audit_id IN (SELECT id FROM audits WHERE event_id = ?)'),
    moderatedGrades: count('SELECT count(*) AS n FROM moderated_grades WHERE case_id IN (SELECT id FROM cases WHERE event_id = ?)'),
    findings: count('SELECT count(*) AS n FROM findings WHERE event_id = ?'),
    recommendations: count('SELECT count(*) AS n FROM recommendations WHERE event_id = ?'),
    narratives: count('SELECT count(*) AS n FROM report_narratives WHERE event_id = ?'),
    documents: count('SELECT count(*) AS n FROM case_documents WHERE case_id IN (SELECT id FROM cases WHERE event_id = ?)'),
  };
}
