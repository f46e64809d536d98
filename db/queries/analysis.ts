// Raw reads for the findings analysis: one pass over an event's grades, returned as arrays
// (better-sqlite3's raw mode) because the summary aggregates up to a hundred thousand rows.
import type Database from 'better-sqlite3';

/** One grade: case id, agency id, the criterion's index in the framework, and its value (null for N/A). */
export type GradeTuple = [caseId: number, agencyId: number, criterion: number | null, value: number | null];

/**
 * Every scored or N/A grade of the event as four numbers (better-sqlite3's raw mode: no row
 * objects for a hundred thousand grades), in the order recorded (audit id). The criterion index
 * comes from the CASE, so a grade for a criterion not in `criterionKeys` has a null index.
 * Each number has its own column: packing them into one integer once left room for 128 criteria.
 */
export function gradeTuples(sqlite: Database.Database, eventId: number, criterionKeys: readonly string[]): GradeTuple[] {
  const index = criterionKeys.map(() => 'WHEN ? THEN ?').join(' ');
  return sqlite
    .prepare(
      `SELECT a.case_id, a.agency_id, ${criterionKeys.length > 0 ? `CASE g.criterion_key ${index} END` : 'NULL'}, CASE WHEN g.not_applicable = 1 THEN NULL ELSE g.value END
       FROM audits a JOIN grades g ON g.audit_id = a.id
       WHERE a.event_id = ? AND (g.value IS NOT NULL OR g.not_applicable = 1)
       ORDER BY a.id`,
    )
    .raw()
    .all(...criterionKeys.flatMap((key, i) => [key, i]), eventId) as GradeTuple[];
}

/** Case and agency of each audit that has been started (an audit starts with its first change). */
export function startedAudits(sqlite: Database.Database, eventId: number): [caseId: number, agencyId: number][] {
  return sqlite.prepare("SELECT case_id, agency_id FROM audits WHERE event_id = ? AND status <> 'not-started'").raw().all(eventId) as [number, number][];
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

/** Started audits per case with whether "what difference did we make for the child" has an answer. */
export function differenceMadeTuples(sqlite: Database.Database, eventId: number): [caseId: number, answered: number][] {
  return sqlite
    .prepare("SELECT case_id, trim(difference_made) <> '' FROM audits WHERE event_id = ? AND status <> 'not-started'")
    .raw()
    .all(eventId) as [number, number][];
}
