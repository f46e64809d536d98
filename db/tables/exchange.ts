// Audits across agencies: who audits which case, the facilitator's key, the packs and workbooks
// handed out, the returns taken in, and (on an auditor's install) the pack a local event came from.
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { agencies, cases, events } from './events';

/**
 * Allocation overrides: a row says whether an agency audits a case. Without a row the default
 * holds (the case's "agencies involved" that take part in the event), so a re-imported sample
 * moves the defaults while the facilitator's choices stay.
 */
export const allocations = sqliteTable(
  'allocations',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    allocated: integer('allocated', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.agencyId] }), index('allocations_event').on(t.eventId)],
);

/** Per event: the return deadline, and a random id that names the event in packs across installs. */
export const eventExchange = sqliteTable('event_exchange', {
  eventId: integer('event_id')
    .primaryKey()
    .references(() => events.id, { onDelete: 'cascade' }),
  uid: text('uid').notNull(),
  deadline: text('deadline'),
});

/** The named auditor of an agency for an event (optional). */
export const agencyAuditors = sqliteTable(
  'agency_auditors',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    auditor: text('auditor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.agencyId] })],
);

/** The facilitator's age X25519 identity: one per install, made on first use. */
export const identities = sqliteTable('identities', {
  id: integer('id').primaryKey(),
  secretKey: text('secret_key').notNull(),
  recipient: text('recipient').notNull(),
  createdAt: createdAt(),
});

/** Audit packs and workbooks the facilitator issued, one agency each. */
export const packs = sqliteTable(
  'packs',
  {
    id: text('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['pack', 'workbook'] }).notNull(),
    /** Hex; keys the HMAC of this pack's returns. */
    secret: text('secret').notNull(),
    auditor: text('auditor').notNull().default(''),
    deadline: text('deadline'),
    caseCount: integer('case_count').notNull(),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
    /** Set when a newer pack for the same agency replaced this one. */
    supersededAt: text('superseded_at'),
    lastRevision: integer('last_revision').notNull().default(0),
  },
  (t) => [index('packs_event_agency').on(t.eventId, t.agencyId)],
);

/**
 * What an audit (case + auditor) looked like at the last exchange with a pack, on both sides:
 * the facilitator's content and the last returned content, as hashes. An import compares
 * against them to tell a change from a conflict.
 */
export const packBaselines = sqliteTable(
  'pack_baselines',
  {
    packId: text('pack_id')
      .notNull()
      .references(() => packs.id, { onDelete: 'cascade' }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    auditor: text('auditor').notNull(),
    facilitatorHash: text('facilitator_hash'),
    returnHash: text('return_hash'),
  },
  (t) => [uniqueIndex('pack_baselines_key').on(t.packId, t.caseId, sql`lower(${t.auditor})`)],
);

/** Return files and workbooks applied: the history, and what makes a second import a no-op. */
export const importedReturns = sqliteTable(
  'imported_returns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    packId: text('pack_id')
      .notNull()
      .references(() => packs.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    revision: integer('revision'),
    fileName: text('file_name').notNull(),
    auditor: text('auditor').notNull(),
    summary: text('summary').notNull().default(''),
    importedBy: text('imported_by').notNull(),
    importedAt: createdAt(),
  },
  (t) => [index('imported_returns_pack').on(t.packId), index('imported_returns_sha').on(t.sha256)],
);

/** On an auditor's install: the pack a local event was opened from. */
export const openedPacks = sqliteTable(
  'opened_packs',
  {
    eventId: integer('event_id')
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    packId: text('pack_id').notNull(),
    /** The facilitator's event, as named in every pack of it. */
    sourceUid: text('source_uid').notNull(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'restrict' }),
    secret: text('secret').notNull(),
    recipient: text('recipient').notNull(),
    auditor: text('auditor').notNull().default(''),
    deadline: text('deadline'),
    revision: integer('revision').notNull().default(0),
    openedAt: createdAt(),
    updatedAt: text('updated_at'),
  },
  (t) => [uniqueIndex('opened_packs_pack').on(t.packId), index('opened_packs_source').on(t.sourceUid, t.agencyId)],
);
