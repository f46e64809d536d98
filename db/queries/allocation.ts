// Allocation: per-case agency overrides, the event's deadline and uid, and named auditors.
import { and, eq, inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../open';
import { agencyAuditors, allocations, eventExchange } from '../schema';

export type AllocationRow = typeof allocations.$inferSelect;

export function allocationOverrides(db: Queryable, eventId: number): AllocationRow[] {
  return db.select().from(allocations).where(eq(allocations.eventId, eventId)).all();
}

export function upsertAllocations(db: Queryable, rows: AllocationRow[]): void {
  for (const row of rows) {
    db.insert(allocations).values(row).onConflictDoUpdate({ target: [allocations.caseId, allocations.agencyId], set: { allocated: row.allocated } }).run();
  }
}

export function clearAllocations(db: Queryable, eventId: number, agencyIds?: number[]): number {
  const where = agencyIds ? and(eq(allocations.eventId, eventId), inArray(allocations.agencyId, agencyIds)) : eq(allocations.eventId, eventId);
  return db.delete(allocations).where(where).run().changes;
}

export function findExchange(db: Queryable, eventId: number) {
  return db.select().from(eventExchange).where(eq(eventExchange.eventId, eventId)).get();
}

/** The event's exchange row, made with a fresh uid the first time it is needed. */
export function ensureExchange(db: Queryable, eventId: number) {
  db.insert(eventExchange).values({ eventId, uid: randomUUID() }).onConflictDoNothing().run();
  return findExchange(db, eventId)!;
}

export function setDeadline(db: Queryable, eventId: number, deadline: string | null): void {
  ensureExchange(db, eventId);
  db.update(eventExchange).set({ deadline }).where(eq(eventExchange.eventId, eventId)).run();
}

export function namedAuditors(db: Queryable, eventId: number): Map<number, string> {
  const rows = db.select().from(agencyAuditors).where(eq(agencyAuditors.eventId, eventId)).all();
  return new Map(rows.map((r) => [r.agencyId, r.auditor]));
}

export function setNamedAuditor(db: Queryable, eventId: number, agencyId: number, auditor: string): void {
  if (!auditor) {
    db.delete(agencyAuditors).where(and(eq(agencyAuditors.eventId, eventId), eq(agencyAuditors.agencyId, agencyId))).run();
    return;
  }
  db.insert(agencyAuditors).values({ eventId, agencyId, auditor }).onConflictDoUpdate({ target: [agencyAuditors.eventId, agencyAuditors.agencyId], set: { auditor } }).run();
}

export function findExchangeByUid(db: Queryable, uid: string) {
  return db.select().from(eventExchange).where(eq(eventExchange.uid, uid)).get();
}
