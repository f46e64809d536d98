// Narrative text of the report, per section and per criterion.
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../open';
import { reportNarratives } from '../schema';

export type NarrativeRow = typeof reportNarratives.$inferSelect;

export function narrativesOf(db: Queryable, eventId: number): NarrativeRow[] {
  return db.select().from(reportNarratives).where(eq(reportNarratives.eventId, eventId)).all();
}

export function saveNarrative(db: Queryable, row: { eventId: number; sectionKey: string; criterionKey: string; text: string; updatedBy: string }): void {
  db.insert(reportNarratives)
    .values(row)
    .onConflictDoUpdate({
      target: [reportNarratives.eventId, reportNarratives.sectionKey, reportNarratives.criterionKey],
      set: { text: row.text, updatedBy: row.updatedBy, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` },
    })
    .run();
}
