// Audits and their grades.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../open';
import { agencies, audits, cases, grades } from '../schema';

export type AuditRow = typeof audits.$inferSelect;
export type GradeRow = typeof grades.$inferSelect;
export type { AuditTextField } from '../../model/audit';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export function findAudit(db: Queryable, id: number): AuditRow | undefined {
  return db.select().from(audits).where(eq(audits.id, id)).get();
}

export function findAuditFor(db: Queryable, caseId: number, agencyId: number, auditor: string): AuditRow | undefined {
  return db
    .select()
    .from(audits)
    .where(and(eq(audits.caseId, caseId), eq(audits.agencyId, agencyId), sql`lower(${audits.auditor}) = lower(${auditor})`))
    .get();
}

export function insertAudit(db: Queryable, values: { eventId: number; caseId: number; agencyId: number; auditor: string }): AuditRow {
  return db.insert(audits).values(values).returning().get();
}

export function updateAudit(db: Queryable, id: number, values: Partial<Omit<AuditRow, 'id' | 'eventId' | 'caseId' | 'agencyId'>>): void {
  db.update(audits).set({ ...values, updatedAt: now }).where(eq(audits.id, id)).run();
}

export function gradesOf(db: Queryable, auditIds: number[]): GradeRow[] {
  if (auditIds.length === 0) return [];
  return db.select().from(grades).where(inArray(grades.auditId, auditIds)).orderBy(asc(grades.auditId), asc(grades.id)).all();
}

/** Every grade of an event's audits, in one query. */
export function gradesOfEvent(db: Queryable, eventId: number): GradeRow[] {
  return db
    .select({ grade: grades })
    .from(grades)
    .innerJoin(audits, eq(audits.id, grades.auditId))
    .where(eq(audits.eventId, eventId))
    .all()
    .map((r) => r.grade);
}

export function findGrade(db: Queryable, auditId: number, criterionKey: string): GradeRow | undefined {
  return db.select().from(grades).where(and(eq(grades.auditId, auditId), eq(grades.criterionKey, criterionKey))).get();
}

export function upsertGrade(db: Queryable, auditId: number, criterionKey: string, values: Partial<Pick<GradeRow, 'value' | 'notApplicable' | 'notApplicableReason' | 'rationale' | 'evidence'>>): GradeRow {
  return db
    .insert(grades)
    .values({ auditId, criterionKey, ...values })
    .onConflictDoUpdate({ target: [grades.auditId, grades.criterionKey], set: { ...values, updatedAt: now } })
    .returning()
    .get();
}

type WholeGrade = Pick<GradeRow, 'value' | 'notApplicable' | 'notApplicableReason' | 'rationale' | 'evidence'>;

const excluded = (column: { name: string }) => sql`excluded.${sql.identifier(column.name)}`;

function prepareWholeGradeUpsert(db: Queryable) {
  const p = sql.placeholder;
  return db
    .insert(grades)
    .values({ auditId: p('auditId'), criterionKey: p('criterionKey'), value: p('value'), notApplicable: p('notApplicable'), notApplicableReason: p('notApplicableReason'), rationale: p('rationale'), evidence: p('evidence') })
    .onConflictDoUpdate({
      target: [grades.auditId, grades.criterionKey],
      set: { value: excluded(grades.value), notApplicable: excluded(grades.notApplicable), notApplicableReason: excluded(grades.notApplicableReason), rationale: excluded(grades.rationale), evidence: excluded(grades.evidence), updatedAt: now },
    })
    .returning({ id: grades.id })
    .prepare();
}

// Imports write thousands of grades: building drizzle's query each time cost more than SQLite's
// work, so the statement is prepared once per connection (or transaction) and reused.
const wholeGradeUpserts = new WeakMap<Queryable, ReturnType<typeof prepareWholeGradeUpsert>>();

/** Sets every field of a grade at once (an import's whole answer); returns the grade's id. */
export function upsertWholeGrade(db: Queryable, auditId: number, criterionKey: string, grade: WholeGrade): number {
  let statement = wholeGradeUpserts.get(db);
  if (!statement) wholeGradeUpserts.set(db, (statement = prepareWholeGradeUpsert(db)));
  // Bound parameters are raw SQLite values: the boolean goes in as 0 or 1.
  return statement.get({ auditId, criterionKey, ...grade, notApplicable: grade.notApplicable ? 1 : 0 })!.id;
}

export interface AuditListRow {
  id: number;
  caseId: number;
  reference: string;
  agencyId: number;
  agencyName: string;
  auditor: string;
  status: AuditRow['status'];
  overallValue: number | null;
  updatedAt: string | null;
  createdAt: string;
}

export function auditsOfEvent(db: Queryable, eventId: number, caseId?: number): AuditListRow[] {
  return db
    .select({
      id: audits.id,
      caseId: audits.caseId,
      reference: cases.reference,
      agencyId: audits.agencyId,
      agencyName: agencies.name,
      auditor: audits.auditor,
      status: audits.status,
      overallValue: audits.overallValue,
      updatedAt: audits.updatedAt,
      createdAt: audits.createdAt,
    })
    .from(audits)
    .innerJoin(cases, eq(cases.id, audits.caseId))
    .innerJoin(agencies, eq(agencies.id, audits.agencyId))
    .where(caseId === undefined ? eq(audits.eventId, eventId) : and(eq(audits.eventId, eventId), eq(audits.caseId, caseId)))
    .orderBy(asc(cases.reference), asc(agencies.name), asc(audits.id))
    .all();
}

export function gradedCounts(db: Queryable, eventId: number): Map<number, number> {
  const rows = db
    .select({ auditId: grades.auditId, n: sql<number>`count(*)` })
    .from(grades)
    .innerJoin(audits, eq(audits.id, grades.auditId))
    .where(and(eq(audits.eventId, eventId), sql`(${grades.value} is not null or ${grades.notApplicable} = 1)`))
    .groupBy(grades.auditId)
    .all();
  return new Map(rows.map((r) => [r.auditId, r.n]));
}
