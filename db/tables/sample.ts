// The drawn sample: how it was drawn, which cases it holds, its reserves, replacements and the
// cohort's counts per attribute value. Nothing about a cohort child who was not chosen (as a
// sampled case or a reserve) is stored. Every table hangs off the event (ON DELETE CASCADE), so
// deleting an event or a case takes its sample rows with it.
import { integer, primaryKey, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { cases, events } from './events';

/** One draw per event: everything needed to repeat it from the same file. */
export const sampleDraws = sqliteTable(
  'sample_draws',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    drawnAt: createdAt(),
    drawnBy: text('drawn_by').notNull(),
    seed: integer('seed').notNull(),
    size: integer('size').notNull(),
    /** JSON: the attributes stratified by, in order; [] for simple random sampling. */
    stratify: text('stratify').notNull(),
    allocation: text('allocation', { enum: ['proportional', 'equal'] }).notNull(),
    /** JSON: StratumMinimum[]. */
    minimums: text('minimums').notNull(),
    excludePrevious: integer('exclude_previous', { mode: 'boolean' }).notNull(),
    excludeRecentWeeks: integer('exclude_recent_weeks'),
    /** JSON: { fileName, sha256, references } of the list of references left out, or null. */
    excludeList: text('exclude_list'),
    reserve: integer('reserve').notNull(),
    /** The date ages and the recent-plan rule were measured at (the event's audit date, else the day drawn). */
    measuredOn: text('measured_on').notNull(),
    cohortFileName: text('cohort_file_name').notNull(),
    cohortSha256: text('cohort_sha256').notNull(),
    cohortRows: integer('cohort_rows').notNull(),
    eligible: integer('eligible').notNull(),
    /** JSON: { previous, list, recentPlan }, cases left out by each rule. */
    excluded: text('excluded').notNull(),
    /** JSON: the strata with their eligible, allocated and reserve counts. */
    strata: text('strata').notNull(),
    /** JSON: the column mapping the cohort was read with. */
    mapping: text('mapping').notNull(),
    /** JSON: the value choices that differ from what each value is recognised as (ValueMapping). */
    valueMapping: text('value_mapping').notNull().default('[]'),
    /** The generator and selection method, named. */
    method: text('method').notNull(),
  },
  (t) => [uniqueIndex('sample_draws_event').on(t.eventId)],
);

/** The sampled cases: which stratum each was drawn in, and in what place. */
export const sampleMembers = sqliteTable(
  'sample_members',
  {
    caseId: integer('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    drawId: integer('draw_id')
      .notNull()
      .references(() => sampleDraws.id, { onDelete: 'cascade' }),
    stratum: text('stratum').notNull(),
    position: integer('position').notNull(),
    /** True for a reserve that replaced a case found unsuitable. */
    fromReserve: integer('from_reserve', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('sample_members_draw').on(t.drawId)],
);

/** Reserve cases per stratum, in draw order, with the case values a replacement needs. */
export const sampleReserves = sqliteTable(
  'sample_reserves',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    drawId: integer('draw_id')
      .notNull()
      .references(() => sampleDraws.id, { onDelete: 'cascade' }),
    stratum: text('stratum').notNull(),
    position: integer('position').notNull(),
    reference: text('reference').notNull(),
    /** JSON: the stored case columns (only those the mapping covers), as a case import writes them. */
    values: text('values').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [uniqueIndex('sample_reserves_draw_reference').on(t.drawId, t.reference)],
);

/** A sampled case found unsuitable and the reserve that replaced it, with why. */
export const sampleReplacements = sqliteTable(
  'sample_replacements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    drawId: integer('draw_id')
      .notNull()
      .references(() => sampleDraws.id, { onDelete: 'cascade' }),
    at: createdAt(),
    actor: text('actor').notNull(),
    stratum: text('stratum').notNull(),
    replacedReference: text('replaced_reference').notNull(),
    replacementReference: text('replacement_reference').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('sample_replacements_draw').on(t.drawId)],
);

/** The cohort's profile: how many of its cases have each value of each attribute. */
export const sampleCohortCounts = sqliteTable(
  'sample_cohort_counts',
  {
    drawId: integer('draw_id')
      .notNull()
      .references(() => sampleDraws.id, { onDelete: 'cascade' }),
    attribute: text('attribute').notNull(),
    value: text('value').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.drawId, t.attribute, t.value] })],
);
