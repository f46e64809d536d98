// The drizzle schema: the single source of truth for tables. `npm run db:generate` turns a change
// here into a new committed migration under db/migrations.
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex, index, primaryKey } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** A framework family: the stable key every version shares. */
export const frameworks = sqliteTable('frameworks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  key: text('key').notNull().unique(),
  builtin: integer('builtin', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});

/** One immutable-once-used version of a framework (name, description and scale settings). */
export const frameworkVersions = sqliteTable(
  'framework_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    frameworkId: integer('framework_id')
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    notApplicableLabel: text('not_applicable_label').notNull().default('Not applicable'),
    goodOrBetterFrom: integer('good_or_better_from').notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [uniqueIndex('framework_versions_family_version').on(t.frameworkId, t.version)],
);

export const scaleLevels = sqliteTable(
  'scale_levels',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    value: integer('value').notNull(),
    colour: text('colour').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [uniqueIndex('scale_levels_version_value').on(t.versionId, t.value)],
);

export const domains = sqliteTable(
  'domains',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    key: text('key').notNull(),
    title: text('title').notNull(),
  },
  (t) => [uniqueIndex('domains_version_key').on(t.versionId, t.key)],
);

export const criteria = sqliteTable(
  'criteria',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: 'cascade' }),
    domainId: integer('domain_id')
      .notNull()
      .references(() => domains.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    /** JSON array of prompt strings. */
    guidance: text('guidance').notNull().default('[]'),
    whatGoodLooksLike: text('what_good_looks_like').notNull().default(''),
  },
  (t) => [uniqueIndex('criteria_version_key').on(t.versionId, t.key), index('criteria_domain').on(t.domainId)],
);

/** Key-value settings such as the user's name, stamped on every change later. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

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
    status: text('status', { enum: ['planning', 'auditing', 'moderation', 'reporting', 'closed'] }).notNull().default('planning'),
    /** The column mapping last confirmed for a case import, JSON, reused on re-import. */
    caseMapping: text('case_mapping'),
    archivedAt: text('archived_at'),
    updatedAt: text('updated_at'),
  },
  (t) => [index('events_framework_version').on(t.frameworkVersionId)],
);

/** The partnership's agencies, shared by all events. */
export const agencies = sqliteTable(
  'agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    type: text('type', { enum: ['social-care', 'health', 'police', 'education', 'early-help', 'voluntary', 'other'] }).notNull().default('other'),
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
    status: text('status', { enum: ['not-started', 'in-progress', 'submitted', 'moderated'] }).notNull().default('not-started'),
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
    kind: text('kind', { enum: ['good-practice', 'area-for-development', 'theme'] }).notNull(),
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
    status: text('status', { enum: ['open', 'in-progress', 'done'] }).notNull().default('open'),
    /** The recommendation of an earlier event this one carries forward for re-audit. */
    carriedFromId: integer('carried_from_id'),
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
