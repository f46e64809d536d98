// The facilitator's identity, issued packs with their baselines and imported returns, and (on an
// auditor's install) opened packs.
import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../open';
import type { AuditRow } from './audits';
import { agencies, audits, cases, moderations, frameworks, frameworkVersions, identities, importedReturns, openedPacks, packBaselines, packs } from '../schema';

export type PackRow = typeof packs.$inferSelect;
export type OpenedPackRow = typeof openedPacks.$inferSelect;
export type BaselineRow = typeof packBaselines.$inferSelect;
export type ImportedReturnRow = typeof importedReturns.$inferSelect;

export function findIdentity(db: Queryable) {
  return db.select({ secretKey: identities.secretKey, recipient: identities.recipient }).from(identities).where(eq(identities.id, 1)).get();
}

export function insertIdentity(db: Queryable, id: { secretKey: string; recipient: string }): void {
  db.insert(identities).values({ id: 1, ...id }).onConflictDoNothing().run();
}

export function insertPack(db: Queryable, row: typeof packs.$inferInsert): void {
  db.insert(packs).values(row).run();
}

export function findPack(db: Queryable, id: string): PackRow | undefined {
  return db.select().from(packs).where(eq(packs.id, id)).get();
}

export function packsOfEvent(db: Queryable, eventId: number): PackRow[] {
  return db.select().from(packs).where(eq(packs.eventId, eventId)).orderBy(desc(packs.createdAt)).all();
}

/** Marks the agency's earlier packs (of the same kind) as replaced by a new one. */
export function supersedePacks(db: Queryable, eventId: number, agencyId: number, kind: PackRow['kind']): void {
  db.update(packs)
    .set({ supersededAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(and(eq(packs.eventId, eventId), eq(packs.agencyId, agencyId), eq(packs.kind, kind), isNull(packs.supersededAt)))
    .run();
}

export function setLastRevision(db: Queryable, packId: string, revision: number): void {
  db.update(packs).set({ lastRevision: revision }).where(eq(packs.id, packId)).run();
}

export function baselinesOf(db: Queryable, packId: string): BaselineRow[] {
  return db.select().from(packBaselines).where(eq(packBaselines.packId, packId)).all();
}

function prepareBaselineUpsert(db: Queryable) {
  const p = sql.placeholder;
  return db
    .insert(packBaselines)
    .values({ packId: p('packId'), caseId: p('caseId'), auditor: p('auditor'), facilitatorHash: p('facilitatorHash'), returnHash: p('returnHash') })
    .onConflictDoUpdate({
      target: [packBaselines.packId, packBaselines.caseId, sql`lower(${packBaselines.auditor})`],
      set: { facilitatorHash: sql`excluded.facilitator_hash`, returnHash: sql`excluded.return_hash` },
    })
    .prepare();
}

// One per audit of every return imported: prepared once per connection (or transaction).
const baselineUpserts = new WeakMap<Queryable, ReturnType<typeof prepareBaselineUpsert>>();

export function upsertBaseline(db: Queryable, row: BaselineRow): void {
  let statement = baselineUpserts.get(db);
  if (!statement) baselineUpserts.set(db, (statement = prepareBaselineUpsert(db)));
  statement.run({ packId: row.packId, caseId: row.caseId, auditor: row.auditor, facilitatorHash: row.facilitatorHash ?? null, returnHash: row.returnHash ?? null });
}

export function importedFile(db: Queryable, packId: string, sha256: string): ImportedReturnRow | undefined {
  return db.select().from(importedReturns).where(and(eq(importedReturns.packId, packId), eq(importedReturns.sha256, sha256))).get();
}

export function insertImportedReturn(db: Queryable, row: typeof importedReturns.$inferInsert): void {
  db.insert(importedReturns).values(row).run();
}

export function importsOfEvent(db: Queryable, eventId: number): (ImportedReturnRow & { agencyId: number })[] {
  return db
    .select({ ...getColumns(), agencyId: packs.agencyId })
    .from(importedReturns)
    .innerJoin(packs, eq(packs.id, importedReturns.packId))
    .where(eq(packs.eventId, eventId))
    .orderBy(desc(importedReturns.id))
    .all();
}

function getColumns() {
  return {
    id: importedReturns.id,
    packId: importedReturns.packId,
    sha256: importedReturns.sha256,
    revision: importedReturns.revision,
    fileName: importedReturns.fileName,
    auditor: importedReturns.auditor,
    summary: importedReturns.summary,
    importedBy: importedReturns.importedBy,
    importedAt: importedReturns.importedAt,
  };
}

export function findOpenedPack(db: Queryable, eventId: number): OpenedPackRow | undefined {
  return db.select().from(openedPacks).where(eq(openedPacks.eventId, eventId)).get();
}

export function findOpenedPackById(db: Queryable, packId: string): OpenedPackRow | undefined {
  return db.select().from(openedPacks).where(eq(openedPacks.packId, packId)).get();
}

export function findOpenedPackFor(db: Queryable, sourceUid: string, agencyName: string): OpenedPackRow | undefined {
  return db
    .select()
    .from(openedPacks)
    .innerJoin(agencies, eq(agencies.id, openedPacks.agencyId))
    .where(and(eq(openedPacks.sourceUid, sourceUid), sql`lower(${agencies.name}) = lower(${agencyName})`))
    .get()?.opened_packs;
}

export function insertOpenedPack(db: Queryable, row: typeof openedPacks.$inferInsert): void {
  db.insert(openedPacks).values(row).run();
}

export function updateOpenedPack(db: Queryable, eventId: number, values: Partial<Omit<OpenedPackRow, 'eventId'>>): void {
  db.update(openedPacks)
    .set({ ...values, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(eq(openedPacks.eventId, eventId))
    .run();
}

/** A stored version of the framework key whose content hash matches, if any. */
export function versionWithHash(db: Queryable, key: string, contentHash: string): number | undefined {
  return db
    .select({ id: frameworkVersions.id })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(and(eq(frameworks.key, key), eq(frameworkVersions.contentHash, contentHash)))
    .get()?.id;
}

export function insertCaseRow(db: Queryable, row: typeof cases.$inferInsert): number {
  return db.insert(cases).values(row).returning({ id: cases.id }).get().id;
}

/** Every audit one agency holds in an event, full rows: read once per incoming file. */
export function auditRowsOfAgency(db: Queryable, eventId: number, agencyId: number): AuditRow[] {
  return db.select().from(audits).where(and(eq(audits.eventId, eventId), eq(audits.agencyId, agencyId))).all();
}

/** Cases of the event whose moderation is signed off (locked). */
export function lockedCaseIds(db: Queryable, eventId: number): Set<number> {
  const rows = db.select({ caseId: moderations.caseId }).from(moderations).innerJoin(cases, eq(cases.id, moderations.caseId)).where(and(eq(cases.eventId, eventId), isNotNull(moderations.lockedAt))).all();
  return new Set(rows.map((r) => r.caseId));
}
