// Raw reads for the findings analysis: one pass over an event's grades, returned as arrays
// (better-sqlite3's raw mode) because the summary aggregates up to a hundred thousand rows.
import type Database from 'better-sqlite3';

/**
 * Every grade of the event packed into one integer, in the order recorded (audit id), so a
 * hundred thousand grades cost a hundred thousand numbers rather than as many row objects:
 *   bits 0-6 value (0 when N/A) · bit 7 N/A · bits 8-14 criterion index · bits 15-30 agency id ·
 *   bits 31-52 case id. Criteria not in `criterionKeys` are left out.
 */
export function packedGrades(sqlite: Database.Database, eventId: number, criterionKeys: readonly string[]): (number | null)[] {
  const index = criterionKeys.map(() => 'WHEN ? THEN ?').join(' ');
  // A criterion outside the list makes the CASE, and so the whole number, NULL: callers skip those.
  return sqlite
    .prepare(
      `SELECT (a.case_id * 2147483648) + (a.agency_id * 32768) + ((CASE g.criterion_key ${index} END) * 256) + (g.not_applicable * 128) + coalesce(g.value, 0)
       FROM audits a JOIN grades g ON g.audit_id = a.id
       WHERE a.event_id = ? AND (g.value IS NOT NULL OR g.not_applicable = 1)
       ORDER BY a.id`,
    )
    .pluck()
    .all(...criterionKeys.flatMap((key, i) => [key, i]), eventId) as (number | null)[];
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
