// Keys held inside the encrypted database: the key that encrypts case documents on disk, so a
// document is no more readable than the database that lists it.
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

export const dataKeys = sqliteTable('data_keys', {
  /** What the key is for: 'documents'. */
  purpose: text('purpose').primaryKey(),
  /** An age X25519 identity (AGE-SECRET-KEY-1...). */
  secret: text('secret').notNull(),
  createdAt: createdAt(),
});
