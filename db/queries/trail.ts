// The append-only audit trail.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Queryable } from '../open';
import { trail } from '../schema';

export type TrailRow = typeof trail.$inferSelect;
export type NewTrailEntry = Omit<typeof trail.$inferInsert, 'id' | 'at'>;

export function appendTrail(db: Queryable, entries: NewTrailEntry[]): void {
  if (entries.length > 0) db.insert(trail).values(entries).run();
}

export function trailEntries(db: Queryable, filter: { eventId: number; caseId?: number }): TrailRow[] {
  const conditions: SQL[] = [eq(trail.eventId, filter.eventId)];
  if (filter.caseId !== undefined) conditions.push(eq(trail.caseId, filter.caseId));
  return db.select().from(trail).where(and(...conditions)).orderBy(asc(trail.id)).all();
}
