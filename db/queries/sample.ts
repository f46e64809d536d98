// The drawn sample's rows: written once per draw inside the draw's transaction, read for the
// profile, the report and replacements.
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../open';
import { audits, caseDocuments, cases, sampleCohortCounts, sampleDraws, sampleMembers, sampleReplacements, sampleReserves } from '../schema';

export type DrawRow = typeof sampleDraws.$inferSelect;
export type NewDraw = Omit<typeof sampleDraws.$inferInsert, 'id' | 'drawnAt'>;
export type ReserveRow = typeof sampleReserves.$inferSelect;
export type ReplacementRow = typeof sampleReplacements.$inferSelect;

export function drawForEvent(db: Queryable, eventId: number): DrawRow | undefined {
  return db.select().from(sampleDraws).where(eq(sampleDraws.eventId, eventId)).get();
}

export function insertDraw(db: Queryable, draw: NewDraw): number {
  return db.insert(sampleDraws).values(draw).returning({ id: sampleDraws.id }).get().id;
}

export function insertMembers(db: Queryable, rows: (typeof sampleMembers.$inferInsert)[]): void {
  if (rows.length > 0) db.insert(sampleMembers).values(rows).run();
}

export function insertReserves(db: Queryable, rows: Omit<typeof sampleReserves.$inferInsert, 'id'>[]): void {
  // Chunks keep each statement under SQLite's bound-variable limit.
  for (let i = 0; i < rows.length; i += 500) db.insert(sampleReserves).values(rows.slice(i, i + 500)).run();
}

export function insertCohortCounts(db: Queryable, rows: (typeof sampleCohortCounts.$inferInsert)[]): void {
  for (let i = 0; i < rows.length; i += 500) db.insert(sampleCohortCounts).values(rows.slice(i, i + 500)).run();
}

export function cohortCounts(db: Queryable, drawId: number) {
  return db.select().from(sampleCohortCounts).where(eq(sampleCohortCounts.drawId, drawId)).all();
}

/** The sample's cases with their stratum, in stratum and draw order. */
export function memberCases(db: Queryable, drawId: number) {
  return db
    .select({ member: sampleMembers, case: cases })
    .from(sampleMembers)
    .innerJoin(cases, eq(cases.id, sampleMembers.caseId))
    .where(eq(sampleMembers.drawId, drawId))
    .orderBy(asc(sampleMembers.stratum), asc(sampleMembers.fromReserve), asc(sampleMembers.position))
    .all();
}

export function reservesOf(db: Queryable, drawId: number): ReserveRow[] {
  return db.select().from(sampleReserves).where(eq(sampleReserves.drawId, drawId)).orderBy(asc(sampleReserves.stratum), asc(sampleReserves.position)).all();
}

export function nextReserve(db: Queryable, drawId: number, stratum: string): ReserveRow | undefined {
  return db
    .select()
    .from(sampleReserves)
    .where(and(eq(sampleReserves.drawId, drawId), eq(sampleReserves.stratum, stratum), isNull(sampleReserves.usedAt)))
    .orderBy(asc(sampleReserves.position))
    .limit(1)
    .get();
}

export function markReserveUsed(db: Queryable, id: number): void {
  db.update(sampleReserves).set({ usedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` }).where(eq(sampleReserves.id, id)).run();
}

export function insertReplacement(db: Queryable, row: Omit<typeof sampleReplacements.$inferInsert, 'id' | 'at'>): void {
  db.insert(sampleReplacements).values(row).run();
}

export function replacementsOf(db: Queryable, drawId: number): ReplacementRow[] {
  return db.select().from(sampleReplacements).where(eq(sampleReplacements.drawId, drawId)).orderBy(asc(sampleReplacements.id)).all();
}

/** References of the cases in every other event of this database, upper case. */
export function otherEventsReferences(db: Queryable, eventId: number): Set<string> {
  const rows = db.select({ reference: cases.reference }).from(cases).where(ne(cases.eventId, eventId)).all();
  return new Set(rows.map((r) => r.reference.trim().toUpperCase()));
}

/** What a case already has that a replacement would throw away. */
export function caseWork(db: Queryable, caseId: number): { audits: number; documents: number } {
  const audited = db.select({ n: sql<number>`count(*)` }).from(audits).where(eq(audits.caseId, caseId)).get()?.n ?? 0;
  const documents = db.select({ n: sql<number>`count(*)` }).from(caseDocuments).where(eq(caseDocuments.caseId, caseId)).get()?.n ?? 0;
  return { audits: audited, documents };
}

/** Removes a case; its sample membership and allocation go with it (ON DELETE CASCADE). */
export function deleteCase(db: Queryable, caseId: number): void {
  db.delete(cases).where(eq(cases.id, caseId)).run();
}
