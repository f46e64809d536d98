// Moderation of a case: the agreed grades and the lock/sign-off record.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../open';
import { cases, moderatedGrades, moderations } from '../schema';

export type ModerationRow = typeof moderations.$inferSelect;
export type ModeratedGradeRow = typeof moderatedGrades.$inferSelect;

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export function findModeration(db: Queryable, caseId: number): ModerationRow | undefined {
  return db.select().from(moderations).where(eq(moderations.caseId, caseId)).get();
}

export function upsertModeration(db: Queryable, caseId: number, values: Partial<Omit<ModerationRow, 'caseId' | 'updatedAt'>>): ModerationRow {
  return db
    .insert(moderations)
    .values({ caseId, ...values })
    .onConflictDoUpdate({ target: moderations.caseId, set: { ...values, updatedAt: now } })
    .returning()
    .get();
}

export function moderatedGradesOf(db: Queryable, caseId: number): ModeratedGradeRow[] {
  return db.select().from(moderatedGrades).where(eq(moderatedGrades.caseId, caseId)).orderBy(asc(moderatedGrades.id)).all();
}

export function findModeratedGrade(db: Queryable, caseId: number, criterionKey: string): ModeratedGradeRow | undefined {
  return db.select().from(moderatedGrades).where(and(eq(moderatedGrades.caseId, caseId), eq(moderatedGrades.criterionKey, criterionKey))).get();
}

export function upsertModeratedGrade(db: Queryable, caseId: number, criterionKey: string, values: Partial<Pick<ModeratedGradeRow, 'value' | 'notApplicable' | 'rationale'>>): ModeratedGradeRow {
  return db
    .insert(moderatedGrades)
    .values({ caseId, criterionKey, ...values })
    .onConflictDoUpdate({ target: [moderatedGrades.caseId, moderatedGrades.criterionKey], set: { ...values, updatedAt: now } })
    .returning()
    .get();
}

/** Every agreed grade of an event's cases, for the moderation queue. */
export function moderatedGradesOfEvent(db: Queryable, eventId: number): ModeratedGradeRow[] {
  return db
    .select({ moderated: moderatedGrades })
    .from(moderatedGrades)
    .innerJoin(cases, eq(cases.id, moderatedGrades.caseId))
    .where(eq(cases.eventId, eventId))
    .all()
    .map((r) => r.moderated);
}

export function moderationsOfEvent(db: Queryable, eventId: number): ModerationRow[] {
  return db
    .select({ moderation: moderations })
    .from(moderations)
    .innerJoin(cases, eq(cases.id, moderations.caseId))
    .where(eq(cases.eventId, eventId))
    .all()
    .map((r) => r.moderation);
}
