// Safeguarding escalations, with the case reference and the audit's agency for the log.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../open';
import { agencies, audits, cases, escalations } from '../schema';

export type EscalationRow = typeof escalations.$inferSelect;

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export function escalationsOf(db: Queryable, eventId: number, caseId?: number) {
  return db
    .select({ escalation: escalations, reference: cases.reference, agencyName: agencies.name })
    .from(escalations)
    .innerJoin(cases, eq(cases.id, escalations.caseId))
    .leftJoin(audits, eq(audits.id, escalations.auditId))
    .leftJoin(agencies, eq(agencies.id, audits.agencyId))
    .where(caseId === undefined ? eq(escalations.eventId, eventId) : and(eq(escalations.eventId, eventId), eq(escalations.caseId, caseId)))
    .orderBy(asc(escalations.id))
    .all()
    .map((r) => ({ ...r.escalation, reference: r.reference, agencyName: r.agencyName }));
}

export function findEscalation(db: Queryable, id: number): EscalationRow | undefined {
  return db.select().from(escalations).where(eq(escalations.id, id)).get();
}

export function insertEscalation(db: Queryable, values: Omit<typeof escalations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>): EscalationRow {
  return db.insert(escalations).values(values).returning().get();
}

export function updateEscalation(db: Queryable, id: number, values: Partial<Pick<EscalationRow, 'toldWho' | 'toldAt' | 'concern' | 'outcome' | 'outcomeBy' | 'outcomeAt'>>): void {
  db.update(escalations).set({ ...values, updatedAt: now }).where(eq(escalations.id, id)).run();
}

/** How many were raised in the event, and how many have an outcome recorded: all the report may say. */
export function escalationCounts(db: Queryable, eventId: number): { raised: number; withOutcome: number; cases: number } {
  const row = db
    .select({
      raised: sql<number>`count(*)`,
      withOutcome: sql<number>`coalesce(sum(case when ${escalations.outcome} <> '' then 1 else 0 end), 0)`,
      cases: sql<number>`count(distinct ${escalations.caseId})`,
    })
    .from(escalations)
    .where(eq(escalations.eventId, eventId))
    .get();
  return { raised: row?.raised ?? 0, withOutcome: row?.withOutcome ?? 0, cases: row?.cases ?? 0 };
}
