// Cases of an event: bulk upsert inside one transaction with prepared statements, and reads.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../open';
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
 * Prepared insert and update for one import, run directly on better-sqlite3 with positional
 * values: a ten-thousand-row import stays close to the speed of raw prepared statements. Column
 * names come from the drizzle schema. The update sets only the columns the mapping covers, so a
 * re-import with fewer columns leaves the others as they were.
 */
export function prepareCaseWriters(db: Db, eventId: number, columns: CaseColumn[]) {
  const names = columns.map((c) => `"${cases[c].name}"`);
  const insert = db.$client.prepare(
    `INSERT INTO "cases" ("event_id", "reference"${names.map((n) => `, ${n}`).join('')}) VALUES (?, ?${names.map(() => ', ?').join('')})`,
  );
  const update = db.$client.prepare(
    `UPDATE "cases" SET ${[...names.map((n) => `${n} = ?`), `"updated_at" = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`].join(', ')} WHERE "event_id" = ? AND "reference" = ?`,
  );
  return {
    insert: (reference: string, values: unknown[]) => insert.run(eventId, reference, ...values),
    update: (reference: string, values: unknown[]) => update.run(...values, eventId, reference),
  };
}
