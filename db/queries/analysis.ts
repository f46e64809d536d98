// Raw reads for the findings analysis: one pass over an event's grades, returned as arrays
// (better-sqlite3's raw mode) because the summary aggregates up to a hundred thousand rows.
import type Database from 'better-sqlite3';

export type GradeTuple = [auditId: number, caseId: number, agencyId: number, criterionKey: string, value: number | null, notApplicable: number];

export function gradeTuples(sqlite: Database.Database, eventId: number): GradeTuple[] {
  return sqlite
    .prepare(
      `SELECT a.id, a.case_id, a.agency_id, g.criterion_key, g.value, g.not_applicable
       FROM grades g JOIN audits a ON a.id = g.audit_id
       WHERE a.event_id = ? AND (g.value IS NOT NULL OR g.not_applicable = 1)
       ORDER BY a.id`,
    )
    .raw()
    .all(eventId) as GradeTuple[];
}

export type ModeratedTuple = [caseId: number, criterionKey: string, value: number | null, notApplicable: number];

export function moderatedTuples(sqlite: Database.Database, eventId: number): ModeratedTuple[] {
  return sqlite
    .prepare(
      `SELECT m.case_id, m.criterion_key, m.value, m.not_applicable
       FROM moderated_grades m JOIN cases c ON c.id = m.case_id
       WHERE c.event_id = ? AND (m.value IS NOT NULL OR m.not_applicable = 1)`,
    )
    .raw()
    .all(eventId) as ModeratedTuple[];
}

export type OverallTuple = [caseId: number, agencyId: number, value: number];

export function overallTuples(sqlite: Database.Database, eventId: number): OverallTuple[] {
  return sqlite.prepare('SELECT case_id, agency_id, overall_value FROM audits WHERE event_id = ? AND overall_value IS NOT NULL').raw().all(eventId) as OverallTuple[];
}

export function moderatedOverallTuples(sqlite: Database.Database, eventId: number): [caseId: number, value: number][] {
  return sqlite
    .prepare('SELECT m.case_id, m.overall_value FROM moderations m JOIN cases c ON c.id = m.case_id WHERE c.event_id = ? AND m.overall_value IS NOT NULL')
    .raw()
    .all(eventId) as [number, number][];
}
