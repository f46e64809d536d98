// Cases of an event: bulk upsert inside one transaction with prepared statements, and reads.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../open';
import { caseDocuments, cases } from '../schema';

export type CaseRow = typeof cases.$inferSelect;
export type CaseColumns = Omit<typeof cases.$inferInsert, 'id' | 'eventId' | 'reference' | 'createdAt' | 'updatedAt'>;
export type CaseColumn = keyof CaseColumns;

export function caseRowsForEvent(db: Queryable, eventId: number): CaseRow[] {
  return db.select().from(cases).where(eq(cases.eventId, eventId)).orderBy(asc(cases.reference)).all();
}

export function caseRowById(db: Queryable, id: number): CaseRow | undefined {
  return db.select().from(cases).where(eq(cases.id, id)).get();
}

export function documentCounts(db: Queryable, eventId: number): Map<number, number> {
  const rows = db
    .select({ caseId: caseDocuments.caseId, n: sql<number>`count(*)` })
    .from(caseDocuments)
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(eq(cases.eventId, eventId))
    .groupBy(caseDocuments.caseId)
    .all();
  return new Map(rows.map((r) => [r.caseId, r.n]));
}

/**
 * Prepared insert and update for one import. The update sets only the columns the mapping
 * covers, so a re-import with fewer columns leaves the others as they were.
 */
export function prepareCaseWriters(db: Queryable, eventId: number, columns: CaseColumn[]) {
  const placeholders = Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as Record<CaseColumn, ReturnType<typeof sql.placeholder>>;
  const insert = db
    .insert(cases)
    .values({ eventId, reference: sql.placeholder('reference'), ...placeholders })
    .prepare();
  const update = db
    .update(cases)
    // drizzle's set() takes SQL, not bare placeholders, hence the wrapping.
    .set({ ...Object.fromEntries(columns.map((c) => [c, sql`${sql.placeholder(c)}`])), updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(and(eq(cases.eventId, eventId), eq(cases.reference, sql.placeholder('reference'))))
    .prepare();
  return {
    insert: (values: Record<string, unknown>) => insert.run(values),
    update: (values: Record<string, unknown>) => update.run(values),
  };
}
