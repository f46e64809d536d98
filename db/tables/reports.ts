// Recommendations (the action plan) and the report's narrative.
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { progressRatings, recommendationStatuses } from '../../model/statuses';
import { agencies, cases, events } from './events';
import { findings } from './audits';

/** Recommendations agreed at the scrutiny event: the action plan, carried into the next event until done. */
export const recommendations = sqliteTable(
  'recommendations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    ownerAgencyId: integer('owner_agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    dueDate: text('due_date'),
    status: text('status', { enum: recommendationStatuses }).notNull().default('open'),
    /** How the partnership will know the action worked (what will be different for children). */
    successMeasure: text('success_measure').notNull().default(''),
    /** The owner's rating of progress against the success measure; null until rated. */
    progressRating: text('progress_rating', { enum: progressRatings }),
    /** The recommendation of an earlier event this one carries forward for re-audit. */
    carriedFromId: integer('carried_from_id'),
    /** A single-agency feedback action raised while moderating this case. */
    caseId: integer('case_id').references(() => cases.id, { onDelete: 'set null' }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [index('recommendations_event').on(t.eventId), uniqueIndex('recommendations_carried').on(t.eventId, t.carriedFromId)],
);

export const recommendationCriteria = sqliteTable(
  'recommendation_criteria',
  {
    recommendationId: integer('recommendation_id')
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    criterionKey: text('criterion_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.criterionKey] })],
);

export const recommendationFindings = sqliteTable(
  'recommendation_findings',
  {
    recommendationId: integer('recommendation_id')
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    findingId: integer('finding_id')
      .notNull()
      .references(() => findings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.findingId] })],
);

/** The report's narrative sections, written in the app; per criterion where criterion_key is set. */
export const reportNarratives = sqliteTable(
  'report_narratives',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    sectionKey: text('section_key').notNull(),
    /** '' for a whole section; a criterion key for that criterion's conclusions. */
    criterionKey: text('criterion_key').notNull().default(''),
    text: text('text').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: text('updated_at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.sectionKey, t.criterionKey] })],
);

/** The report's document control written in the app: its version and who it goes to (one row per event). */
export const reportDocumentControl = sqliteTable('report_document_control', {
  eventId: integer('event_id')
    .primaryKey()
    .references(() => events.id, { onDelete: 'cascade' }),
  version: text('version').notNull().default(''),
  distribution: text('distribution').notNull().default(''),
  updatedBy: text('updated_by').notNull(),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});
