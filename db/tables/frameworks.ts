// Frameworks, their versions, scales, domains and criteria; and the user's settings.
import { integer, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

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
