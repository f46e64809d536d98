// The trail records decisions, not keystrokes. Autosaved changes (grades, rationale, evidence,
// narrative, agreed grades) go through recordEdits: each opens or extends its author's editing
// session of that field, and a session becomes ONE trail entry (the value before it began, the
// value that stayed) when it closes: when the same person changes another field or anything else
// is recorded for them, 5 minutes after it began, or when the trail is read, exported or redacted.
// A session that ends where it began (typed, then undone) leaves no entry.
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../open';
import { trail, trailEdits } from '../schema';

export const EDIT_SESSION_MS = 5 * 60_000;

type Session = typeof trailEdits.$inferSelect;
export type EditEntry = Omit<typeof trail.$inferInsert, 'id' | 'at'>;

const sameField = (a: Pick<Session, 'entity' | 'entityId' | 'field'>, b: Pick<EditEntry, 'entity' | 'entityId' | 'field'>) =>
  a.entity === b.entity && (a.entityId ?? null) === (b.entityId ?? null) && a.field === b.field;

/** Moves sessions into the trail, each dated by its last save, in the order they were opened. */
function close(db: Queryable, sessions: Session[]): void {
  if (sessions.length === 0) return;
  const decided = sessions.filter((s) => s.oldValue !== s.newValue).sort((a, b) => a.id - b.id);
  if (decided.length > 0)
    db.insert(trail)
      .values(decided.map(({ eventId, caseId, actor, entity, entityId, field, note, oldValue, newValue, lastAt }) => ({ eventId, caseId, actor, entity, entityId, field, note, oldValue, newValue, at: lastAt })))
      .run();
  db.delete(trailEdits).where(inArray(trailEdits.id, sessions.map((s) => s.id))).run();
}

/** Closes the sessions in scope: one person's (they did something else), an event's or a case's (the trail is read). */
export function closeEditSessions(db: Queryable, scope: { actors: string[] } | { eventId: number; caseId?: number }): void {
  let where: SQL | undefined;
  if ('actors' in scope) {
    if (scope.actors.length === 0) return;
    where = inArray(trailEdits.actor, scope.actors);
  } else where = scope.caseId === undefined ? eq(trailEdits.eventId, scope.eventId) : and(eq(trailEdits.eventId, scope.eventId), eq(trailEdits.caseId, scope.caseId));
  close(db, db.select().from(trailEdits).where(where).all());
}

/** Records autosaved changes of one person as editing sessions. Call inside a write transaction. */
export function recordEdits(db: Queryable, entries: EditEntry[], now = new Date()): void {
  if (entries.length === 0) return;
  const at = now.toISOString();
  const cutoff = new Date(now.getTime() - EDIT_SESSION_MS).toISOString();
  const actors = [...new Set(entries.map((e) => e.actor))];
  const open = db.select().from(trailEdits).where(inArray(trailEdits.actor, actors)).all();
  // Their other fields, and this field's session if it began over 5 minutes ago, are decided.
  const kept = open.filter((s) => s.startedAt >= cutoff && entries.some((e) => e.actor === s.actor && sameField(s, e)));
  close(db, open.filter((s) => !kept.includes(s)));
  for (const e of entries) {
    const session = kept.find((s) => s.actor === e.actor && sameField(s, e));
    if (session) db.update(trailEdits).set({ newValue: e.newValue ?? null, lastAt: at }).where(eq(trailEdits.id, session.id)).run();
    else
      db.insert(trailEdits)
        .values({ eventId: e.eventId, caseId: e.caseId ?? null, actor: e.actor, entity: e.entity, entityId: e.entityId ?? null, field: e.field, note: e.note ?? '', oldValue: e.oldValue ?? null, newValue: e.newValue ?? null, startedAt: at, lastAt: at })
        .run();
  }
}

/** Raw SQL for db/trail-redaction.ts (better-sqlite3 without drizzle): move the sessions matching `where` into the trail. */
export const closeEditSessionsSql = (where: string) => [
  `INSERT INTO trail (event_id, case_id, at, actor, entity, entity_id, field, old_value, new_value, note)
   SELECT event_id, case_id, last_at, actor, entity, entity_id, field, old_value, new_value, note FROM trail_edits
   WHERE ${where} AND old_value IS NOT new_value ORDER BY id`,
  `DELETE FROM trail_edits WHERE ${where}`,
];
