// Events: the audit rounds, each pinned to a framework version.
import { desc, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable as Db } from '../open';
import { cases, events, frameworks, frameworkVersions } from '../schema';

export type EventInsert = typeof events.$inferInsert;

export function insertEvent(db: Db, values: EventInsert): number {
  return db.insert(events).values(values).returning({ id: events.id }).get().id;
}

export function updateEventRow(db: Db, id: number, values: Partial<EventInsert>): void {
  db.update(events)
    .set({ ...values, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(eq(events.id, id))
    .run();
}

const summaryColumns = {
  id: events.id,
  name: events.name,
  theme: events.theme,
  partnership: events.partnership,
  auditDate: events.auditDate,
  reviewWindowMonths: events.reviewWindowMonths,
  classification: events.classification,
  status: events.status,
  archivedAt: events.archivedAt,
  createdAt: events.createdAt,
  frameworkKey: frameworks.key,
  frameworkName: frameworkVersions.name,
  frameworkVersion: frameworkVersions.version,
  frameworkVersionId: events.frameworkVersionId,
  caseCount: sql<number>`(select count(*) from ${cases} where ${cases.eventId} = ${events.id})`,
};

function summaryQuery(db: Db) {
  return db
    .select(summaryColumns)
    .from(events)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, events.frameworkVersionId))
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId));
}

export function listEventRows(db: Db, includeArchived: boolean) {
  return summaryQuery(db)
    .where(includeArchived ? undefined : isNull(events.archivedAt))
    .orderBy(desc(events.createdAt), desc(events.id))
    .all();
}

export type EventRow = ReturnType<typeof listEventRows>[number];

export function findEventRow(db: Db, id: number): EventRow | undefined {
  return summaryQuery(db).where(eq(events.id, id)).get();
}

export function eventCaseMapping(db: Db, id: number): string | null {
  return db.select({ m: events.caseMapping }).from(events).where(eq(events.id, id)).get()?.m ?? null;
}

