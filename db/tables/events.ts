// Events, agencies, the sampled cases and their documents.
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { agencyTypes } from '../../model/agency';
import { eventStatuses } from '../../model/statuses';
import { frameworkVersions } from './frameworks';

/**
 * Audit rounds. Each event pins the framework version it started with, so later edits to the
 * framework create a new version instead of changing what the event scores against.
 */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    frameworkVersionId: integer('framework_version_id')
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    theme: text('theme').notNull().default(''),
    partnership: text('partnership').notNull().default(''),
    /** ISO date (YYYY-MM-DD) of the audit; ages and age stages are measured at this date. */
    auditDate: text('audit_date'),
    /** How far back auditors read the records, in months (e.g. 12 = "the last 12 months"). */
    reviewWindowMonths: integer('review_window_months').notNull().default(12),
    classification: text('classification').notNull().default('OFFICIAL-SENSITIVE'),
    status: text('status', { enum: eventStatuses }).notNull().default('planning'),
    /** The column mapping last confirmed for a case import, JSON, reused on re-import. */
    caseMapping: text('case_mapping'),
    archivedAt: text('archived_at'),
    updatedAt: text('updated_at'),
    /** ISO date chosen for this event's retention; null: the default (months after sign-off or the report). */
    retainUntil: text('retain_until'),
    /** When identifiers were purged at the end of retention; null while the event is whole. */
    purgedAt: text('purged_at'),
  },
  (t) => [index('events_framework_version').on(t.frameworkVersionId)],
);

/** The partnership's agencies, shared by all events. */
export const agencies = sqliteTable(
  'agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    type: text('type', { enum: agencyTypes }).notNull().default('other'),
    /** Made up by the demo: offered only on the events that already have it. */
    fictional: integer('fictional', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('agencies_name').on(sql`lower(${t.name})`)],
);

/** Which agencies take part in an event. */
export const eventAgencies = sqliteTable(
  'event_agencies',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    /** Set when the agency was archived for this event: no new audits, its audits stay in the figures. */
    archivedAt: text('archived_at'),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.agencyId] })],
);

/**
 * A sampled child's case: only the canonical fields the facilitator mapped are stored (data
 * minimisation). Lists are JSON arrays of text.
 */
export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull(),
    sex: text('sex'),
    dateOfBirth: text('date_of_birth'),
    ageAtAudit: integer('age_at_audit'),
    ageStage: text('age_stage'),
    ethnicityCode: text('ethnicity_code'),
    ethnicityLabel: text('ethnicity_label'),
    ethnicityGroup: text('ethnicity_group'),
    disability: text('disability'),
    levelOfNeed: text('level_of_need'),
    neglectTypes: text('neglect_types').notNull().default('[]'),
    vulnerabilities: text('vulnerabilities').notNull().default('[]'),
    agencies: text('agencies').notNull().default('[]'),
    planStartDate: text('plan_start_date'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [uniqueIndex('cases_event_reference').on(t.eventId, t.reference), index('cases_event').on(t.eventId)],
);

/** Files attached to a case, copied into the app's data folder and identified by hash. */
export const caseDocuments = sqliteTable(
  'case_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    storedName: text('stored_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    addedAt: createdAt(),
  },
  (t) => [index('case_documents_case').on(t.caseId)],
);
