// The append-only audit trail.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../open';
import { trail } from '../schema';
import { closeEditSessions } from './trail-edits';

export type TrailRow = typeof trail.$inferSelect;
export type NewTrailEntry = Omit<typeof trail.$inferInsert, 'id' | 'at'>;

function prepareAppend(db: Queryable) {
  const p = sql.placeholder;
  return db
    .insert(trail)
    .values({ eventId: p('eventId'), caseId: p('caseId'), actor: p('actor'), entity: p('entity'), entityId: p('entityId'), field: p('field'), oldValue: p('oldValue'), newValue: p('newValue'), note: p('note') })
    .prepare();
}

// An import appends thousands of entries: one statement prepared per connection (or transaction)
// and run per entry costs far less than building a many-row insert through the query builder.
const appends = new WeakMap<Queryable, ReturnType<typeof prepareAppend>>();

/** Appends entries; their authors' open editing sessions are decided first, so the trail keeps their order. */
export function appendTrail(db: Queryable, entries: NewTrailEntry[]): void {
  if (entries.length === 0) return;
  closeEditSessions(db, { actors: [...new Set(entries.map((e) => e.actor))] });
  let statement = appends.get(db);
  if (!statement) appends.set(db, (statement = prepareAppend(db)));
  for (const e of entries) {
    statement.run({ eventId: e.eventId, caseId: e.caseId ?? null, actor: e.actor, entity: e.entity, entityId: e.entityId ?? null, field: e.field, oldValue: e.oldValue ?? null, newValue: e.newValue ?? null, note: e.note ?? '' });
  }
}

export function trailEntries(db: Queryable, filter: { eventId: number; caseId?: number }): TrailRow[] {
  const conditions: SQL[] = [eq(trail.eventId, filter.eventId)];
  if (filter.caseId !== undefined) conditions.push(eq(trail.caseId, filter.caseId));
  return db.select().from(trail).where(and(...conditions)).orderBy(asc(trail.id)).all();
}
