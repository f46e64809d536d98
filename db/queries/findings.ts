// Findings with the criteria and cases they are linked to.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../open';
import { findingCases, findingCriteria, findings, findingThemes } from '../schema';

export type FindingRow = typeof findings.$inferSelect;

export function findingsOfEvent(db: Queryable, eventId: number) {
  const rows = db.select().from(findings).where(eq(findings.eventId, eventId)).orderBy(asc(findings.id)).all();
  const ids = rows.map((r) => r.id);
  const criteria = ids.length ? db.select().from(findingCriteria).where(inArray(findingCriteria.findingId, ids)).all() : [];
  const caseLinks = ids.length ? db.select().from(findingCases).where(inArray(findingCases.findingId, ids)).all() : [];
  const themeLinks = ids.length ? db.select().from(findingThemes).where(inArray(findingThemes.findingId, ids)).all() : [];
  return rows.map((r) => ({
    ...r,
    criterionKeys: criteria.filter((c) => c.findingId === r.id).map((c) => c.criterionKey),
    caseIds: caseLinks.filter((c) => c.findingId === r.id).map((c) => c.caseId),
    themeIds: themeLinks.filter((t) => t.findingId === r.id).map((t) => t.themeId),
  }));
}

export function findFinding(db: Queryable, id: number): FindingRow | undefined {
  return db.select().from(findings).where(eq(findings.id, id)).get();
}

export function insertFinding(db: Queryable, values: Omit<typeof findings.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>): number {
  return db.insert(findings).values(values).returning({ id: findings.id }).get().id;
}

export function updateFinding(db: Queryable, id: number, values: Partial<Pick<FindingRow, 'kind' | 'text' | 'quoteForReport'>>): void {
  db.update(findings).set({ ...values, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` }).where(eq(findings.id, id)).run();
}

export function deleteFinding(db: Queryable, id: number): void {
  db.delete(findings).where(eq(findings.id, id)).run();
}

export function replaceLinks(db: Queryable, findingId: number, criterionKeys: string[] | undefined, caseIds: number[] | undefined): void {
  if (criterionKeys) {
    db.delete(findingCriteria).where(eq(findingCriteria.findingId, findingId)).run();
    if (criterionKeys.length) db.insert(findingCriteria).values([...new Set(criterionKeys)].map((criterionKey) => ({ findingId, criterionKey }))).run();
  }
  if (caseIds) {
    db.delete(findingCases).where(eq(findingCases.findingId, findingId)).run();
    if (caseIds.length) db.insert(findingCases).values([...new Set(caseIds)].map((caseId) => ({ findingId, caseId }))).run();
  }
}
