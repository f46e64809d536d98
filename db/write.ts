// Every write goes through here, as BEGIN IMMEDIATE: the write lock is taken before the first read,
// so a second writer (the CLI while the app autosaves, two imports at once) waits for busy_timeout
// instead of failing at once with SQLITE_BUSY, and what a transaction plans from its reads still
// holds when it writes. Inside a transaction these become savepoints, so services compose.
import type Database from 'better-sqlite3';
import type { Db, Queryable } from './open';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export function writeTransaction<T>(db: Queryable, work: (tx: Tx) => T): T {
  // eslint-disable-next-line no-restricted-syntax -- the one place a transaction is begun
  return (db as Db).transaction(work, { behavior: 'immediate' });
}

/** The same on the raw better-sqlite3 handle, for bulk writers that bypass drizzle. */
export function writeTransactionRaw<T>(sqlite: Database.Database, work: () => T): T {
  // eslint-disable-next-line no-restricted-syntax -- the one place a transaction is begun
  return sqlite.transaction(work).immediate();
}
