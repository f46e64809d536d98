// Documents attached to cases.
import { asc, count, eq } from 'drizzle-orm';
import type { Queryable } from '../open';
import { caseDocuments } from '../schema';

export type DocumentRow = typeof caseDocuments.$inferSelect;

export function listDocuments(db: Queryable, caseId: number): DocumentRow[] {
  return db.select().from(caseDocuments).where(eq(caseDocuments.caseId, caseId)).orderBy(asc(caseDocuments.addedAt), asc(caseDocuments.id)).all();
}

export function findDocument(db: Queryable, id: number): DocumentRow | undefined {
  return db.select().from(caseDocuments).where(eq(caseDocuments.id, id)).get();
}

export function insertDocument(db: Queryable, values: Omit<typeof caseDocuments.$inferInsert, 'id' | 'addedAt'>): number {
  return db.insert(caseDocuments).values(values).returning({ id: caseDocuments.id }).get().id;
}

export function deleteDocument(db: Queryable, id: number): void {
  db.delete(caseDocuments).where(eq(caseDocuments.id, id)).run();
}

export function countByStoredName(db: Queryable, storedName: string): number {
  return db.select({ n: count() }).from(caseDocuments).where(eq(caseDocuments.storedName, storedName)).get()?.n ?? 0;
}
