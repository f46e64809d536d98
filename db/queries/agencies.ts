// The partnership's agencies and each event's participants.
import { asc, eq, sql } from 'drizzle-orm';
import type { Queryable as Db } from '../open';
import { agencies, eventAgencies } from '../schema';
import type { AgencyType } from '../../model/agency';

export interface AgencyRow {
  id: number;
  name: string;
  type: AgencyType;
}

export function listAgencies(db: Db): AgencyRow[] {
  return db.select({ id: agencies.id, name: agencies.name, type: agencies.type }).from(agencies).orderBy(asc(agencies.name)).all();
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

export function eventAgencyRows(db: Db, eventId: number): AgencyRow[] {
  return db
    .select({ id: agencies.id, name: agencies.name, type: agencies.type })
    .from(eventAgencies)
    .innerJoin(agencies, eq(agencies.id, eventAgencies.agencyId))
    .where(eq(eventAgencies.eventId, eventId))
    .orderBy(asc(agencies.name))
    .all();
}

export function replaceEventAgencies(db: Db, eventId: number, agencyIds: number[]): void {
  db.delete(eventAgencies).where(eq(eventAgencies.eventId, eventId)).run();
  if (agencyIds.length > 0) db.insert(eventAgencies).values([...new Set(agencyIds)].map((agencyId) => ({ eventId, agencyId }))).run();
}
