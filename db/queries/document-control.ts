// The report's document control as written in the app: version and distribution, one row per event.
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../open';
import { reportDocumentControl } from '../schema';

export function documentControlOf(db: Queryable, eventId: number): { version: string; distribution: string } | undefined {
  return db.select({ version: reportDocumentControl.version, distribution: reportDocumentControl.distribution }).from(reportDocumentControl).where(eq(reportDocumentControl.eventId, eventId)).get();
}

export function saveDocumentControl(db: Queryable, row: { eventId: number; version: string; distribution: string; updatedBy: string }): void {
  db.insert(reportDocumentControl)
    .values(row)
    .onConflictDoUpdate({
      target: reportDocumentControl.eventId,
      set: { version: row.version, distribution: row.distribution, updatedBy: row.updatedBy, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` },
    })
    .run();
}
