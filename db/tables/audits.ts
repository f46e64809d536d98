// Audits and grades, moderation, the audit trail and findings.
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { auditStatuses, findingKinds } from '../../model/statuses';
import { agencies, cases, events } from './events';

/**
 * One auditor's audit of one case for one agency. Several auditors may audit the same case and
 * agency (a double audit); each keeps its own grades, in the order recorded (by id).
 */
export const audits = sqliteTable(
  'audits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    auditor: text('auditor').notNull(),
    /** The name changes inside this audit are stamped with, when not the auditor's ("Scoring as"). */
    scoringAs: text('scoring_as'),
    status: text('status', { enum: auditStatuses }).notNull().default('not-started'),
    /** Scale value of the overall judgement; null until given. */
    overallValue: integer('overall_value'),
    overallRationale: text('overall_rationale').notNull().default(''),
    strengths: text('strengths').notNull().default(''),
    areasForDevelopment: text('areas_for_development').notNull().default(''),
    differenceMade: text('difference_made').notNull().default(''),
    actions: text('actions').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
    submittedAt: text('submitted_at'),
  },
  (t) => [
    uniqueIndex('audits_case_agency_auditor').on(t.caseId, t.agencyId, sql`lower(${t.auditor})`),
    index('audits_event').on(t.eventId),
  ],
);

/** A grade for one criterion in one audit: a scale value, or "not applicable" with a reason. */
export const grades = sqliteTable(
  'grades',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    auditId: integer('audit_id')
      .notNull()
      .references(() => audits.id, { onDelete: 'cascade' }),
    criterionKey: text('criterion_key').notNull(),
    value: integer('value'),
    notApplicable: integer('not_applicable', { mode: 'boolean' }).notNull().default(false),
    notApplicableReason: text('not_applicable_reason').notNull().default(''),
    rationale: text('rationale').notNull().default(''),
    evidence: text('evidence').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [uniqueIndex('grades_audit_criterion').on(t.auditId, t.criterionKey)],
);

/** The facilitator's moderation of one case: agreed overall grade, lock and sign-off. */
export const moderations = sqliteTable('moderations', {
  caseId: integer('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  overallValue: integer('overall_value'),
  overallRationale: text('overall_rationale').notNull().default(''),
  lockedAt: text('locked_at'),
  signedOffBy: text('signed_off_by'),
  signedOffOn: text('signed_off_on'),
  updatedAt: text('updated_at'),
});

/** The agreed multi-agency grade per criterion. Agencies' own grades are never overwritten. */
export const moderatedGrades = sqliteTable(
  'moderated_grades',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    criterionKey: text('criterion_key').notNull(),
    value: integer('value'),
    notApplicable: integer('not_applicable', { mode: 'boolean' }).notNull().default(false),
    rationale: text('rationale').notNull().default(''),
    updatedAt: text('updated_at'),
  },
  (t) => [uniqueIndex('moderated_grades_case_criterion').on(t.caseId, t.criterionKey)],
);

/**
 * The audit trail: who changed what, when, from what to what. Append-only: triggers in the
 * migration refuse UPDATE and DELETE.
 */
export const trail = sqliteTable(
  'trail',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id').notNull(),
    caseId: integer('case_id'),
    at: text('at')
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    actor: text('actor').notNull(),
    /** What changed: audit, grade, moderation, moderated-grade, import, finding, event. */
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    note: text('note').notNull().default(''),
  },
  (t) => [index('trail_event').on(t.eventId, t.id), index('trail_case').on(t.caseId, t.id)],
);

/** Observations for the report: good practice, areas for development and themes. */
export const findings = sqliteTable(
  'findings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: findingKinds }).notNull(),
    text: text('text').notNull(),
    /** An anonymised quote the facilitator has cleared for the presentation and report. */
    quoteForReport: integer('quote_for_report', { mode: 'boolean' }).notNull().default(false),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [index('findings_event').on(t.eventId)],
);

export const findingCriteria = sqliteTable(
  'finding_criteria',
  {
    findingId: integer('finding_id')
      .notNull()
      .references(() => findings.id, { onDelete: 'cascade' }),
    criterionKey: text('criterion_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.findingId, t.criterionKey] })],
);

export const findingCases = sqliteTable(
  'finding_cases',
  {
    findingId: integer('finding_id')
      .notNull()
      .references(() => findings.id, { onDelete: 'cascade' }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.findingId, t.caseId] })],
);
