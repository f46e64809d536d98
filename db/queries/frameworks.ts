// Framework storage: one framework family, many versions, each with its scale, domains and criteria.
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { FrameworkDefinition } from '../../model/framework';
import type { Queryable as Tx } from '../open';
import { criteria, domains, events, frameworks, frameworkVersions, scaleLevels } from '../schema';

export interface VersionRef {
  frameworkId: number;
  versionId: number;
  version: number;
  contentHash: string;
}

export function findFrameworkId(db: Tx, key: string): number | undefined {
  return db.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.key, key)).get()?.id;
}

export function insertFramework(db: Tx, key: string, builtin: boolean): number {
  return db.insert(frameworks).values({ key, builtin }).returning({ id: frameworks.id }).get().id;
}

export function findVersion(db: Tx, key: string, version?: number): VersionRef | undefined {
  const query = db
    .select({
      frameworkId: frameworks.id,
      versionId: frameworkVersions.id,
      version: frameworkVersions.version,
      contentHash: frameworkVersions.contentHash,
    })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId));
  return version === undefined
    ? query.where(eq(frameworks.key, key)).orderBy(desc(frameworkVersions.version)).limit(1).get()
    : query.where(and(eq(frameworks.key, key), eq(frameworkVersions.version, version))).get();
}

export function countEventsUsingVersion(db: Tx, versionId: number): number {
  return db.select({ n: count() }).from(events).where(eq(events.frameworkVersionId, versionId)).get()?.n ?? 0;
}

export function insertVersion(db: Tx, frameworkId: number, version: number, fw: FrameworkDefinition, contentHash: string): number {
  const versionId = db
    .insert(frameworkVersions)
    .values({
      frameworkId,
      version,
      name: fw.name,
      description: fw.description,
      notApplicableLabel: fw.scale.notApplicableLabel,
      goodOrBetterFrom: fw.scale.goodOrBetterFrom,
      contentHash,
    })
    .returning({ id: frameworkVersions.id })
    .get().id;
  insertContent(db, versionId, fw);
  return versionId;
}

/** Rewrites a version that no event uses yet: same id and number, new content. */
export function replaceVersionContent(db: Tx, versionId: number, fw: FrameworkDefinition, contentHash: string): void {
  db.delete(criteria).where(eq(criteria.versionId, versionId)).run();
  db.delete(domains).where(eq(domains.versionId, versionId)).run();
  db.delete(scaleLevels).where(eq(scaleLevels.versionId, versionId)).run();
  db.update(frameworkVersions)
    .set({
      name: fw.name,
      description: fw.description,
      notApplicableLabel: fw.scale.notApplicableLabel,
      goodOrBetterFrom: fw.scale.goodOrBetterFrom,
      contentHash,
      updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    })
    .where(eq(frameworkVersions.id, versionId))
    .run();
  insertContent(db, versionId, fw);
}

/**
 * Rows per INSERT: SQLite allows a limited number of bound values in one statement (999 in older
 * builds), and a criterion takes seven. The schema caps a framework at 200 criteria; the chunks
 * keep any larger one already stored (or a future limit) from failing with "too many SQL variables".
 */
const ROWS_PER_INSERT = 100;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) out.push(rows.slice(i, i + ROWS_PER_INSERT));
  return out;
}

function insertContent(db: Tx, versionId: number, fw: FrameworkDefinition): void {
  db.insert(scaleLevels)
    .values(fw.scale.levels.map((l, position) => ({ versionId, position, ...l })))
    .run();
  fw.domains.forEach((domain, position) => {
    const domainId = db
      .insert(domains)
      .values({ versionId, position, key: domain.key, title: domain.title })
      .returning({ id: domains.id })
      .get().id;
    const rows = domain.criteria.map((c, i) => ({
      versionId,
      domainId,
      position: i,
      key: c.key,
      title: c.title,
      guidance: JSON.stringify(c.guidance),
      whatGoodLooksLike: c.whatGoodLooksLike,
    }));
    for (const chunk of chunks(rows)) db.insert(criteria).values(chunk).run();
  });
}

export function loadDefinition(db: Tx, versionId: number): FrameworkDefinition {
  const head = db
    .select({
      key: frameworks.key,
      name: frameworkVersions.name,
      version: frameworkVersions.version,
      description: frameworkVersions.description,
      notApplicableLabel: frameworkVersions.notApplicableLabel,
      goodOrBetterFrom: frameworkVersions.goodOrBetterFrom,
    })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(eq(frameworkVersions.id, versionId))
    .get();
  if (!head) throw new Error(`Framework version ${versionId} does not exist.`);
  const levels = db
    .select({ label: scaleLevels.label, value: scaleLevels.value, colour: scaleLevels.colour, description: scaleLevels.description })
    .from(scaleLevels)
    .where(eq(scaleLevels.versionId, versionId))
    .orderBy(asc(scaleLevels.position))
    .all();
  const domainRows = db.select().from(domains).where(eq(domains.versionId, versionId)).orderBy(asc(domains.position)).all();
  const criterionRows = db.select().from(criteria).where(eq(criteria.versionId, versionId)).orderBy(asc(criteria.position)).all();
  return {
    key: head.key,
    name: head.name,
    version: head.version,
    description: head.description,
    scale: { levels, notApplicableLabel: head.notApplicableLabel, goodOrBetterFrom: head.goodOrBetterFrom },
    domains: domainRows.map((d) => ({
      key: d.key,
      title: d.title,
      criteria: criterionRows
        .filter((c) => c.domainId === d.id)
        .map((c) => ({ key: c.key, title: c.title, guidance: JSON.parse(c.guidance) as string[], whatGoodLooksLike: c.whatGoodLooksLike })),
    })),
  };
}

export interface FrameworkListRow {
  key: string;
  builtin: boolean;
  versionId: number;
  version: number;
  name: string;
  description: string;
  criteriaCount: number;
  versionCount: number;
  eventCount: number;
  updatedAt: string;
}

/** Every framework at its latest version, with how many criteria, versions and events it has. */
export function listLatest(db: Tx): FrameworkListRow[] {
  const latest = db
    .select({ frameworkId: frameworkVersions.frameworkId, version: sql<number>`max(${frameworkVersions.version})`.as('latest') , versionCount: count().as('version_count') })
    .from(frameworkVersions)
    .groupBy(frameworkVersions.frameworkId)
    .as('latest');
  const rows = db
    .select({
      key: frameworks.key,
      builtin: frameworks.builtin,
      versionId: frameworkVersions.id,
      version: frameworkVersions.version,
      name: frameworkVersions.name,
      description: frameworkVersions.description,
      versionCount: latest.versionCount,
      updatedAt: sql<string>`coalesce(${frameworkVersions.updatedAt}, ${frameworkVersions.createdAt})`,
    })
    .from(frameworks)
    .innerJoin(latest, eq(latest.frameworkId, frameworks.id))
    .innerJoin(frameworkVersions, and(eq(frameworkVersions.frameworkId, frameworks.id), eq(frameworkVersions.version, latest.version)))
    .orderBy(asc(frameworkVersions.name))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.versionId);
  const criteriaCounts = new Map(
    db.select({ id: criteria.versionId, n: count() }).from(criteria).where(inArray(criteria.versionId, ids)).groupBy(criteria.versionId).all().map((r) => [r.id, r.n]),
  );
  const eventCounts = new Map(
    db
      .select({ key: frameworks.key, n: count() })
      .from(events)
      .innerJoin(frameworkVersions, eq(frameworkVersions.id, events.frameworkVersionId))
      .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
      .groupBy(frameworks.key)
      .all()
      .map((r) => [r.key, r.n]),
  );
  return rows.map((r) => ({ ...r, criteriaCount: criteriaCounts.get(r.versionId) ?? 0, eventCount: eventCounts.get(r.key) ?? 0 }));
}

export function listVersions(db: Tx, key: string) {
  return db
    .select({
      version: frameworkVersions.version,
      name: frameworkVersions.name,
      createdAt: frameworkVersions.createdAt,
      eventCount: sql<number>`(select count(*) from ${events} where ${events.frameworkVersionId} = ${frameworkVersions.id})`,
    })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(eq(frameworks.key, key))
    .orderBy(desc(frameworkVersions.version))
    .all();
}

export function isBuiltin(db: Tx, key: string): boolean {
  return db.select({ builtin: frameworks.builtin }).from(frameworks).where(eq(frameworks.key, key)).get()?.builtin ?? false;
}
