// Safeguarding escalations raised during an audit, and theme coding (per framework) with the tags
// on findings and audits.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { audits, findings } from './audits';
import { cases, events } from './events';

/**
 * "This child may be at risk now": raised from an audit or a case, who raised it, who was told
 * and when, and the outcome. The report carries counts only, never these details.
 */
export const escalations = sqliteTable(
  'escalations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    auditId: integer('audit_id').references(() => audits.id, { onDelete: 'set null' }),
    raisedBy: text('raised_by').notNull(),
    /** What was seen in the file that suggests the child may be at risk now. */
    concern: text('concern').notNull().default(''),
    /** Who was told: a name and role, e.g. "MASH duty manager". */
    toldWho: text('told_who').notNull(),
    /** When they were told, YYYY-MM-DDTHH:MM as the user gave it. */
    toldAt: text('told_at').notNull(),
    outcome: text('outcome').notNull().default(''),
    outcomeBy: text('outcome_by'),
    outcomeAt: text('outcome_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [index('escalations_event').on(t.eventId)],
);

/** The themes a framework's audits and findings are coded with; archived ones keep their tags. */
export const themes = sqliteTable(
  'themes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    frameworkKey: text('framework_key').notNull(),
    label: text('label').notNull(),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('themes_framework_label').on(t.frameworkKey, sql`lower(${t.label})`)],
);

export const findingThemes = sqliteTable(
  'finding_themes',
  {
    findingId: integer('finding_id')
      .notNull()
      .references(() => findings.id, { onDelete: 'cascade' }),
    themeId: integer('theme_id')
      .notNull()
      .references(() => themes.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.findingId, t.themeId] })],
);

export const auditThemes = sqliteTable(
  'audit_themes',
  {
    auditId: integer('audit_id')
      .notNull()
      .references(() => audits.id, { onDelete: 'cascade' }),
    themeId: integer('theme_id')
      .notNull()
      .references(() => themes.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.auditId, t.themeId] })],
);
