// Deleting a case, or an event with everything in it. One transaction removes the rows (foreign
// keys cascade), replaces the deleted values in the trail with "[deleted]" (the trail's triggers
// allow exactly that, see db/trail-redaction), and appends one trail entry saying who deleted what
// kind and how many rows. Then the document files nothing refers to any more are removed, and a
// VACUUM (with secure_delete on) leaves no deleted text in free pages or the WAL.
import type Database from 'better-sqlite3';
import type { OpenedDatabase } from '../../db/open';
import { appendTrail } from '../../db/queries/trail';
import { redactTrailValues } from '../../db/trail-redaction';
import { writeTransactionRaw } from '../../db/write';
import { UserError } from '../../model/errors';
import { requireActor } from '../audits/actor';
import type { DeletionResult } from '../contract/data-types';
import { documentNamesOf, removeDocumentFiles } from './document-files';

type Scope = { eventId: number } | { caseId: number };

/** Rows that go with the scope, per kind, counted before they go (what the trail records). */
const countQueries: Record<string, { event: string; case?: string }> = {
  cases: { event: 'SELECT count(*) AS n FROM cases WHERE event_id = ?', case: 'SELECT count(*) AS n FROM cases WHERE id = ?' },
  documents: {
    event: 'SELECT count(*) AS n FROM case_documents WHERE case_id IN (SELECT id FROM cases WHERE event_id = ?)',
    case: 'SELECT count(*) AS n FROM case_documents WHERE case_id = ?',
  },
  audits: { event: 'SELECT count(*) AS n FROM audits WHERE event_id = ?', case: 'SELECT count(*) AS n FROM audits WHERE case_id = ?' },
  grades: {
    event: 'SELECT count(*) AS n FROM grades WHERE audit_id IN (SELECT id FROM audits WHERE event_id = ?)',
    case: 'SELECT count(*) AS n FROM grades WHERE audit_id IN (SELECT id FROM audits WHERE case_id = ?)',
  },
  'agreed grades': {
    event: 'SELECT count(*) AS n FROM moderated_grades WHERE case_id IN (SELECT id FROM cases WHERE event_id = ?)',
    case: 'SELECT count(*) AS n FROM moderated_grades WHERE case_id = ?',
  },
  findings: { event: 'SELECT count(*) AS n FROM findings WHERE event_id = ?' },
  recommendations: { event: 'SELECT count(*) AS n FROM recommendations WHERE event_id = ?' },
  'report sections': { event: 'SELECT count(*) AS n FROM report_narratives WHERE event_id = ?' },
};

function countRows(sqlite: Database.Database, scope: Scope): Record<string, number> {
  const which = 'eventId' in scope ? 'event' : 'case';
  const id = 'eventId' in scope ? scope.eventId : scope.caseId;
  const counts: Record<string, number> = {};
  for (const [kind, queries] of Object.entries(countQueries)) {
    const query = queries[which];
    if (!query) continue;
    const n = (sqlite.prepare(query).get(id) as { n: number }).n;
    if (n > 0 || kind === 'cases') counts[kind] = n;
  }
  return counts;
}

/** Deletes an event and everything in it, once its name has been typed to confirm. */
export function deleteEvent(store: OpenedDatabase, documentsDir: string, input: { id: number; confirmName: string }): DeletionResult {
  const sqlite = store.sqlite;
  let files: string[] = [];
  const rows = writeTransactionRaw(sqlite, () => {
    const event = sqlite.prepare('SELECT name FROM events WHERE id = ?').get(input.id) as { name: string } | undefined;
    if (!event) throw new UserError(`No event has the id ${input.id}.`, 'NOT_FOUND');
    if (input.confirmName.trim() !== event.name.trim()) {
      throw new UserError(`Type the event's name exactly as it is ("${event.name}") to confirm. Nothing was deleted.`, 'CONFIRMATION_MISMATCH');
    }
    const actor = requireActor(store.db);
    const counts = countRows(sqlite, { eventId: input.id });
    files = documentNamesOf(store, { eventId: input.id });
    const redacted = redactTrailValues(sqlite, { eventId: input.id }, '[deleted]');
    sqlite.prepare('DELETE FROM events WHERE id = ?').run(input.id);
    appendTrail(store.db, [
      { eventId: input.id, caseId: null, actor, entity: 'event', entityId: input.id, field: 'deleted', oldValue: null, newValue: JSON.stringify({ ...counts, 'trail values removed': redacted }), note: '' },
    ]);
    return counts;
  });
  return { rows, documentFiles: afterDeletion(store, documentsDir, files) };
}

/** Deletes one case with its audits, grades, agreed grades and documents. */
export function deleteCase(store: OpenedDatabase, documentsDir: string, caseId: number): DeletionResult {
  const sqlite = store.sqlite;
  let files: string[] = [];
  const rows = writeTransactionRaw(sqlite, () => {
    const found = sqlite.prepare('SELECT event_id AS eventId FROM cases WHERE id = ?').get(caseId) as { eventId: number } | undefined;
    if (!found) throw new UserError(`No case has the id ${caseId}.`, 'NOT_FOUND');
    const actor = requireActor(store.db);
    const counts = countRows(sqlite, { caseId });
    files = documentNamesOf(store, { caseIds: [caseId] });
    const redacted = redactTrailValues(sqlite, { caseId }, '[deleted]');
    sqlite.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
    appendTrail(store.db, [
      { eventId: found.eventId, caseId: null, actor, entity: 'case', entityId: caseId, field: 'deleted', oldValue: null, newValue: JSON.stringify({ ...counts, 'trail values removed': redacted }), note: '' },
    ]);
    return counts;
  });
  return { rows, documentFiles: afterDeletion(store, documentsDir, files) };
}

/** Files, then free pages: nothing deleted is left readable in the data folder. */
export function afterDeletion(store: OpenedDatabase, documentsDir: string, storedNames: string[]): number {
  const removed = removeDocumentFiles(store, documentsDir, storedNames);
  compact(store.sqlite);
  return removed;
}

/** VACUUM rewrites the file without free pages; the checkpoint empties the WAL of old page images. */
export function compact(sqlite: Database.Database): void {
  sqlite.exec('VACUUM');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}
