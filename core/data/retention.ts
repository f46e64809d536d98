// Retention: each event has a date after which its identifiers go (by default 12 months after the
// last moderation sign-off, else after the audit date; a per-event date or the number of months
// can be set). Purging an event, in one transaction: case references become Case 1, Case 2, ...;
// dates of birth are removed (the age stage stays); documents are deleted; free text is cleared
// per kind unless kept (safeguarding escalations keep their count and dates, not what was seen,
// who was told or the outcome); a drawn sample's reserves go and its replacements lose who and why; trail
// values holding any of these become "[purged]"; the purge is recorded.
// Grades, agreed grades, findings, the narrative and the action plan stay, so the next audit can
// still compare. Then the files go and a VACUUM leaves nothing in free pages.
import type Database from 'better-sqlite3';
import type { OpenedDatabase } from '../../db/open';
import { appendTrail } from '../../db/queries/trail';
import { redactTrailValues } from '../../db/trail-redaction';
import { writeTransactionRaw } from '../../db/write';
import { UserError } from '../../model/errors';
import { todayIso } from '../../model/dates';
import { requireActor } from '../audits/actor';
import { afterDeletion } from './deletion';
import { documentNamesOf } from './document-files';
import { readPreference, writePreference } from './preferences';
import { purgeSample, sampleIdentifiers } from '../sample/purge';
import type { FreeTextKindName } from '../../model/retention';

export const DEFAULT_RETENTION_MONTHS = 12;

/** The kinds of free text a purge clears unless the user keeps them. */
export const freeTextKinds = {
  'grade evidence': { table: 'grades', columns: ['evidence', 'rationale', 'not_applicable_reason'], trail: ['evidence', 'rationale', 'notApplicableReason'] },
  'audit write-ups': {
    table: 'audits',
    columns: ['overall_rationale', 'strengths', 'areas_for_development', 'difference_made', 'actions'],
    trail: ['overallRationale', 'strengths', 'areasForDevelopment', 'differenceMade', 'actions'],
  },
  'moderation rationales': { table: 'moderations', columns: ['overall_rationale'], trail: ['overall rationale', 'rationale'] },
  'case notes': { table: 'cases', columns: ['notes'], trail: ['notes'] },
  // Who raised it stays (a professional, and the count needs no more); 'raised' in the trail names who was told.
  'escalation details': { table: 'escalations', columns: ['concern', 'told_who', 'outcome'], trail: ['raised', 'toldWho', 'concern', 'outcome'] },
} as const satisfies Record<FreeTextKindName, { table: string; columns: readonly string[]; trail: readonly string[] }>;
export type FreeTextKind = keyof typeof freeTextKinds;
export const freeTextKindNames = Object.keys(freeTextKinds) as FreeTextKind[];

export interface RetentionRow {
  eventId: number;
  name: string;
  /** ISO date after which the event's identifiers are purged. */
  retentionDate: string;
  /** 'set' when chosen for this event; else what the default counts from. */
  basis: 'set' | 'sign-off' | 'audit date' | 'created';
  due: boolean;
  purgedAt: string | null;
}

export function retentionMonths(db: OpenedDatabase['db']): number {
  const stored = Number(readPreference(db, 'retentionMonths'));
  return Number.isInteger(stored) && stored >= 1 ? stored : DEFAULT_RETENTION_MONTHS;
}

export function setRetentionMonths(db: OpenedDatabase['db'], months: number): void {
  writePreference(db, 'retentionMonths', String(months));
}

function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Every event with its retention date, soonest first. */
export function retentionSchedule(store: OpenedDatabase, today: string = todayIso()): RetentionRow[] {
  const months = retentionMonths(store.db);
  const rows = store.sqlite
    .prepare(
      `SELECT e.id, e.name, e.retain_until AS retainUntil, e.purged_at AS purgedAt, e.audit_date AS auditDate, e.created_at AS createdAt,
              (SELECT max(m.signed_off_on) FROM moderations m JOIN cases c ON c.id = m.case_id WHERE c.event_id = e.id) AS signedOff
         FROM events e ORDER BY e.id`,
    )
    .all() as { id: number; name: string; retainUntil: string | null; purgedAt: string | null; auditDate: string | null; createdAt: string; signedOff: string | null }[];
  return rows
    .map((r) => {
      const [basis, from]: [RetentionRow['basis'], string] = r.retainUntil
        ? ['set', r.retainUntil]
        : r.signedOff
          ? ['sign-off', r.signedOff]
          : r.auditDate
            ? ['audit date', r.auditDate]
            : ['created', r.createdAt];
      const retentionDate = basis === 'set' ? from : addMonths(from, months);
      return { eventId: r.id, name: r.name, retentionDate, basis, due: r.purgedAt === null && retentionDate < today, purgedAt: r.purgedAt };
    })
    .sort((a, b) => a.retentionDate.localeCompare(b.retentionDate) || a.eventId - b.eventId);
}

export function setRetentionDate(store: OpenedDatabase, eventId: number, date: string | null): void {
  writeTransactionRaw(store.sqlite, () => {
    const changed = store.sqlite.prepare('UPDATE events SET retain_until = ? WHERE id = ?').run(date, eventId).changes;
    if (changed === 0) throw new UserError(`No event has the id ${eventId}.`, 'NOT_FOUND');
  });
}

export interface PurgeResult {
  eventId: number;
  cases: number;
  datesOfBirth: number;
  documents: number;
  freeTextCleared: Partial<Record<FreeTextKind, number>>;
  trailValuesReplaced: number;
}

/** Trail entries of the event whose values or note hold any of the texts (references, dates of birth). */
function trailIdsMentioning(sqlite: Database.Database, eventId: number, texts: string[]): number[] {
  if (texts.length === 0) return [];
  const rows = sqlite.prepare('SELECT id, old_value AS o, new_value AS n, note FROM trail WHERE event_id = ?').all(eventId) as { id: number; o: string | null; n: string | null; note: string }[];
  return rows.filter((r) => texts.some((t) => r.o?.includes(t) || r.n?.includes(t) || r.note.includes(t))).map((r) => r.id);
}

/** Purges one event's identifiers (see the top of this file). keep: free-text kinds to keep. */
export function purgeEvent(store: OpenedDatabase, documentsDir: string, eventId: number, options: { keep?: FreeTextKind[]; keepFreeText?: boolean } = {}): PurgeResult {
  const sqlite = store.sqlite;
  const keep = new Set<FreeTextKind>(options.keepFreeText ? freeTextKindNames : (options.keep ?? []));
  let files: string[] = [];
  const result = writeTransactionRaw(sqlite, (): PurgeResult => {
    const event = sqlite.prepare('SELECT purged_at AS purgedAt FROM events WHERE id = ?').get(eventId) as { purgedAt: string | null } | undefined;
    if (!event) throw new UserError(`No event has the id ${eventId}.`, 'NOT_FOUND');
    if (event.purgedAt) throw new UserError(`Event ${eventId}'s identifiers were already purged on ${event.purgedAt.slice(0, 10)}.`, 'USER_ERROR');
    const actor = requireActor(store.db);
    const cases = sqlite.prepare('SELECT id, reference, date_of_birth AS dob FROM cases WHERE event_id = ? ORDER BY id').all(eventId) as { id: number; reference: string; dob: string | null }[];
    const identifiers = [...cases.map((c) => c.reference), ...cases.flatMap((c) => (c.dob ? [c.dob] : [])), ...sampleIdentifiers(sqlite, eventId)];
    const mentioning = trailIdsMentioning(sqlite, eventId, identifiers);
    purgeSample(sqlite, eventId);

    // References: first out of the way (a reference may already read "Case 3"), then numbered.
    const rename = sqlite.prepare('UPDATE cases SET reference = ?, date_of_birth = NULL WHERE id = ?');
    for (const c of cases) rename.run(`purging-${c.id}`, c.id);
    cases.forEach((c, i) => rename.run(`Case ${i + 1}`, c.id));

    files = documentNamesOf(store, { caseIds: cases.map((c) => c.id) });
    const documents = sqlite.prepare('DELETE FROM case_documents WHERE case_id IN (SELECT id FROM cases WHERE event_id = ?)').run(eventId).changes;

    const freeTextCleared: PurgeResult['freeTextCleared'] = {};
    const trailFields: string[] = [];
    for (const kind of freeTextKindNames.filter((k) => !keep.has(k))) {
      const { table, columns, trail } = freeTextKinds[kind];
      const scope =
        table === 'cases' || table === 'audits' || table === 'escalations' ? 'event_id = ?' : table === 'grades' ? 'audit_id IN (SELECT id FROM audits WHERE event_id = ?)' : 'case_id IN (SELECT id FROM cases WHERE event_id = ?)';
      const empty = table === 'cases' ? 'NULL' : "''";
      const notEmpty = columns.map((c) => `coalesce(${c}, '') <> ''`).join(' OR ');
      freeTextCleared[kind] = sqlite.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = ${empty}`).join(', ')} WHERE ${scope} AND (${notEmpty})`).run(eventId).changes;
      if (kind === 'moderation rationales') {
        sqlite.prepare("UPDATE moderated_grades SET rationale = '' WHERE case_id IN (SELECT id FROM cases WHERE event_id = ?)").run(eventId);
      }
      trailFields.push(...trail);
    }
    const trailValuesReplaced = redactTrailValues(sqlite, { eventId }, '[purged]', trailFields) + redactTrailValues(sqlite, { ids: mentioning }, '[purged]');

    const purgedAt = new Date().toISOString();
    sqlite.prepare('UPDATE events SET purged_at = ? WHERE id = ?').run(purgedAt, eventId);
    const outcome: PurgeResult = {
      eventId,
      cases: cases.length,
      datesOfBirth: cases.filter((c) => c.dob).length,
      documents,
      freeTextCleared,
      trailValuesReplaced,
    };
    appendTrail(store.db, [
      { eventId, caseId: null, actor, entity: 'event', entityId: eventId, field: 'purged at retention', oldValue: null, newValue: JSON.stringify(outcome), note: keep.size > 0 ? `kept: ${[...keep].join(', ')}` : '' },
    ]);
    return outcome;
  });
  afterDeletion(store, documentsDir, files);
  return result;
}
