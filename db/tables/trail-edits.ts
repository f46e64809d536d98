// Editing sessions not yet in the audit trail: the trail records decisions, not keystrokes.
// An autosaved change opens (or extends) its author's session of that field; the session becomes
// one trail entry, from the value before it to the value that stayed, when it closes
// (db/queries/trail-edits.ts). A working table: rows are deleted as they reach the trail.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const trailEdits = sqliteTable(
  'trail_edits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id').notNull(),
    caseId: integer('case_id'),
    actor: text('actor').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    field: text('field').notNull(),
    note: text('note').notNull().default(''),
    /** The value before the session began. */
    oldValue: text('old_value'),
    /** The value last saved. */
    newValue: text('new_value'),
    startedAt: text('started_at').notNull(),
    lastAt: text('last_at').notNull(),
  },
  (t) => [index('trail_edits_actor').on(t.actor), index('trail_edits_event').on(t.eventId)],
);
