// The guard for this database: every case reference and date of birth of every event (archived
// ones included), indexed once and rebuilt only when the cases change, so it can run on every
// keystroke of a quote.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/open';
import { cases } from '../../db/schema';
import { UserError } from '../../model/errors';
import { describeHits, IdentifierGuard, type IdentifierHit } from './identifier-guard';
import { identifierWords } from '../../model/identifiers';

const built = new WeakMap<object, { signature: string; guard: IdentifierGuard }>();

/** Changes whenever a case is added, removed or edited (import updates stamp updated_at). */
function signatureOf(db: Queryable): string {
  const row = db
    .select({ n: sql<number>`count(*)`, maxId: sql<number | null>`max(${cases.id})`, created: sql<string | null>`max(${cases.createdAt})`, updated: sql<string | null>`max(${cases.updatedAt})` })
    .from(cases)
    .get()!;
  return `${row.n}|${row.maxId}|${row.created}|${row.updated}`;
}

export function identifierGuardFor(db: Queryable): IdentifierGuard {
  // One guard per connection: a transaction shares its database's connection.
  const key = (db as { $client?: object }).$client ?? (db as { session?: { client?: object } }).session?.client ?? db;
  const signature = signatureOf(db);
  const cached = built.get(key);
  if (cached?.signature === signature) return cached.guard;
  const rows = db.select({ reference: cases.reference, dateOfBirth: cases.dateOfBirth }).from(cases).all();
  const guard = new IdentifierGuard({ references: rows.map((r) => r.reference), datesOfBirth: rows.flatMap((r) => (r.dateOfBirth ? [r.dateOfBirth] : [])) });
  built.set(key, { signature, guard });
  return guard;
}

export function findIdentifiers(db: Queryable, text: string): IdentifierHit[] {
  return identifierGuardFor(db).scan(text);
}

/** The "anonymised quote" tick is refused while the text holds an identifier, naming what and where. */
export function assertQuotable(db: Queryable, text: string): void {
  const hits = findIdentifiers(db, text);
  if (hits.length === 0) return;
  throw new UserError(
    `This finding cannot be marked as an anonymised quote: its text contains ${describeHits(hits)}. Remove ${hits.length === 1 ? 'it' : 'them'} first.`,
    'NOT_ANONYMISED',
    hits.map((h) => ({ path: 'text', message: `${identifierWords[h.kind]} (${h.text}) at character ${h.start + 1}` })),
  );
}
