// Recommendations with their links to criteria and findings.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../open';
import { agencies, recommendationCriteria, recommendationFindings, recommendations } from '../schema';

export type RecommendationRow = typeof recommendations.$inferSelect;

export function recommendationsOf(db: Queryable, eventId: number) {
  const rows = db
    .select({ rec: recommendations, ownerName: agencies.name })
    .from(recommendations)
    .leftJoin(agencies, eq(agencies.id, recommendations.ownerAgencyId))
    .where(eq(recommendations.eventId, eventId))
    .orderBy(asc(recommendations.id))
    .all();
  const ids = rows.map((r) => r.rec.id);
  const criteria = ids.length ? db.select().from(recommendationCriteria).where(inArray(recommendationCriteria.recommendationId, ids)).all() : [];
  const findings = ids.length ? db.select().from(recommendationFindings).where(inArray(recommendationFindings.recommendationId, ids)).all() : [];
  return rows.map(({ rec, ownerName }) => ({
    ...rec,
    ownerName,
    criterionKeys: criteria.filter((c) => c.recommendationId === rec.id).map((c) => c.criterionKey),
    findingIds: findings.filter((f) => f.recommendationId === rec.id).map((f) => f.findingId),
  }));
}

export function findRecommendation(db: Queryable, id: number): RecommendationRow | undefined {
  return db.select().from(recommendations).where(eq(recommendations.id, id)).get();
}

export function insertRecommendation(db: Queryable, values: Omit<typeof recommendations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>): number {
  return db.insert(recommendations).values(values).returning({ id: recommendations.id }).get().id;
}

export function updateRecommendation(db: Queryable, id: number, values: Partial<Pick<RecommendationRow, 'text' | 'ownerAgencyId' | 'dueDate' | 'status' | 'successMeasure' | 'progressRating'>>): void {
  db.update(recommendations).set({ ...values, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` }).where(eq(recommendations.id, id)).run();
}

export function deleteRecommendation(db: Queryable, id: number): void {
  db.delete(recommendations).where(eq(recommendations.id, id)).run();
}

export function replaceRecommendationLinks(db: Queryable, id: number, criterionKeys?: string[], findingIds?: number[]): void {
  if (criterionKeys) {
    db.delete(recommendationCriteria).where(eq(recommendationCriteria.recommendationId, id)).run();
    if (criterionKeys.length) db.insert(recommendationCriteria).values([...new Set(criterionKeys)].map((criterionKey) => ({ recommendationId: id, criterionKey }))).run();
  }
  if (findingIds) {
    db.delete(recommendationFindings).where(eq(recommendationFindings.recommendationId, id)).run();
    if (findingIds.length) db.insert(recommendationFindings).values([...new Set(findingIds)].map((findingId) => ({ recommendationId: id, findingId }))).run();
  }
}
