// Themes per framework and their tags on findings and audits.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../open';
import { audits, auditThemes, findings, findingThemes, themes } from '../schema';

export type ThemeRow = typeof themes.$inferSelect;

export function themesOf(db: Queryable, frameworkKey: string): ThemeRow[] {
  return db.select().from(themes).where(eq(themes.frameworkKey, frameworkKey)).orderBy(asc(sql`lower(${themes.label})`)).all();
}

export function findTheme(db: Queryable, id: number): ThemeRow | undefined {
  return db.select().from(themes).where(eq(themes.id, id)).get();
}

export function findThemeByLabel(db: Queryable, frameworkKey: string, label: string): ThemeRow | undefined {
  return db
    .select()
    .from(themes)
    .where(and(eq(themes.frameworkKey, frameworkKey), sql`lower(${themes.label}) = lower(${label})`))
    .get();
}

export function insertTheme(db: Queryable, frameworkKey: string, label: string): ThemeRow {
  return db.insert(themes).values({ frameworkKey, label }).returning().get();
}

export function updateTheme(db: Queryable, id: number, values: Partial<Pick<ThemeRow, 'label' | 'archived'>>): void {
  db.update(themes).set(values).where(eq(themes.id, id)).run();
}

export function auditThemeIds(db: Queryable, auditId: number): number[] {
  return db.select({ id: auditThemes.themeId }).from(auditThemes).where(eq(auditThemes.auditId, auditId)).all().map((r) => r.id);
}

export function findingThemeIds(db: Queryable, findingIds: number[]): { findingId: number; themeId: number }[] {
  return findingIds.length ? db.select().from(findingThemes).where(inArray(findingThemes.findingId, findingIds)).all() : [];
}

export function replaceAuditThemes(db: Queryable, auditId: number, themeIds: number[]): void {
  db.delete(auditThemes).where(eq(auditThemes.auditId, auditId)).run();
  if (themeIds.length) db.insert(auditThemes).values([...new Set(themeIds)].map((themeId) => ({ auditId, themeId }))).run();
}

export function replaceFindingThemes(db: Queryable, findingId: number, themeIds: number[]): void {
  db.delete(findingThemes).where(eq(findingThemes.findingId, findingId)).run();
  if (themeIds.length) db.insert(findingThemes).values([...new Set(themeIds)].map((themeId) => ({ findingId, themeId }))).run();
}

/** Per theme: audits tagged, distinct cases among them, and findings tagged, in one event. */
export function themeCounts(db: Queryable, eventId: number): Map<number, { audits: number; cases: number; findings: number }> {
  const counts = new Map<number, { audits: number; cases: number; findings: number }>();
  const entry = (id: number) => counts.get(id) ?? counts.set(id, { audits: 0, cases: 0, findings: 0 }).get(id)!;
  const byAudit = db
    .select({ themeId: auditThemes.themeId, audits: sql<number>`count(*)`, cases: sql<number>`count(distinct ${audits.caseId})` })
    .from(auditThemes)
    .innerJoin(audits, eq(audits.id, auditThemes.auditId))
    .where(eq(audits.eventId, eventId))
    .groupBy(auditThemes.themeId)
    .all();
  for (const r of byAudit) Object.assign(entry(r.themeId), { audits: r.audits, cases: r.cases });
  const byFinding = db
    .select({ themeId: findingThemes.themeId, n: sql<number>`count(*)` })
    .from(findingThemes)
    .innerJoin(findings, eq(findings.id, findingThemes.findingId))
    .where(eq(findings.eventId, eventId))
    .groupBy(findingThemes.themeId)
    .all();
  for (const r of byFinding) entry(r.themeId).findings = r.n;
  return counts;
}
