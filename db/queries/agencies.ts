// The partnership's agencies and each event's participants.
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Queryable as Db } from '../open';
import { agencies, audits, cases, eventAgencies } from '../schema';
import type { AgencyType } from '../../model/agency';

export interface AgencyRow {
  id: number;
  name: string;
  type: AgencyType;
}

/** The partnership's agencies; the demo's fictional ones only when asked for. */
export function listAgencies(db: Db, options: { includeFictional?: boolean } = {}): AgencyRow[] {
  return db
    .select({ id: agencies.id, name: agencies.name, type: agencies.type })
    .from(agencies)
    .where(options.includeFictional ? undefined : eq(agencies.fictional, false))
    .orderBy(asc(agencies.name))
    .all();
}

export function isFictional(db: Db, id: number): boolean {
  return db.select({ fictional: agencies.fictional }).from(agencies).where(eq(agencies.id, id)).get()?.fictional ?? false;
}

export function setFictional(db: Db, ids: number[], fictional: boolean): void {
  if (ids.length > 0) db.update(agencies).set({ fictional }).where(inArray(agencies.id, ids)).run();
}

/** Of the given agencies, those that take part in no event but the given ones. */
export function usedOnlyBy(db: Db, agencyIds: number[], eventIds: number[]): number[] {
  const elsewhere = new Set(
    db
      .selectDistinct({ id: eventAgencies.agencyId })
      .from(eventAgencies)
      .where(and(inArray(eventAgencies.agencyId, agencyIds), notInArray(eventAgencies.eventId, eventIds)))
      .all()
      .map((r) => r.id),
  );
  return agencyIds.filter((id) => !elsewhere.has(id));
}

export function findAgencyByName(db: Db, name: string): AgencyRow | undefined {
  return db
    .select({ id: agencies.id, name: agencies.name, type: agencies.type })
    .from(agencies)
    .where(sql`lower(${agencies.name}) = lower(${name})`)
    .get();
}

export function insertAgency(db: Db, name: string, type: AgencyType): number {
  return db.insert(agencies).values({ name, type }).returning({ id: agencies.id }).get().id;
}

export function updateAgency(db: Db, id: number, patch: { name?: string; type?: AgencyType }): void {
  db.update(agencies).set(patch).where(eq(agencies.id, id)).run();
}

export interface EventAgencyRow extends AgencyRow {
  /** Archived for this event: no new audits; its audits stay in the figures. */
  archived: boolean;
}

export function eventAgencyRows(db: Db, eventId: number): EventAgencyRow[] {
  return db
    .select({ id: agencies.id, name: agencies.name, type: agencies.type, archived: sql<number>`${eventAgencies.archivedAt} IS NOT NULL` })
    .from(eventAgencies)
    .innerJoin(agencies, eq(agencies.id, eventAgencies.agencyId))
    .where(eq(eventAgencies.eventId, eventId))
    .orderBy(asc(agencies.name))
    .all()
    .map((row) => ({ ...row, archived: Boolean(row.archived) }));
}

/** Sets the event's agencies to exactly these, keeping each kept agency's archived state. */
export function replaceEventAgencies(db: Db, eventId: number, agencyIds: number[]): void {
  const ids = [...new Set(agencyIds)];
  db.delete(eventAgencies)
    .where(and(eq(eventAgencies.eventId, eventId), ids.length > 0 ? notInArray(eventAgencies.agencyId, ids) : undefined))
    .run();
  if (ids.length > 0) db.insert(eventAgencies).values(ids.map((agencyId) => ({ eventId, agencyId }))).onConflictDoNothing().run();
}

export function setEventAgencyArchived(db: Db, eventId: number, agencyId: number, archived: boolean): void {
  db.update(eventAgencies)
    .set({ archivedAt: archived ? new Date().toISOString() : null })
    .where(and(eq(eventAgencies.eventId, eventId), eq(eventAgencies.agencyId, agencyId)))
    .run();
}

export interface AgencyAuditRow {
  agencyId: number;
  reference: string;
  auditor: string;
  status: string;
}

/** The audits an event holds from the given agencies, by case reference. */
export function auditsOfAgencies(db: Db, eventId: number, agencyIds: number[]): AgencyAuditRow[] {
  if (agencyIds.length === 0) return [];
  return db
    .select({ agencyId: audits.agencyId, reference: cases.reference, auditor: audits.auditor, status: audits.status })
    .from(audits)
    .innerJoin(cases, eq(cases.id, audits.caseId))
    .where(and(eq(audits.eventId, eventId), inArray(audits.agencyId, agencyIds)))
    .orderBy(asc(cases.reference), asc(audits.id))
    .all();
}
