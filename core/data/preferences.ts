// Preferences about the data itself (backups kept, retention), in the settings table beside the
// user's own settings, read and written one key at a time.
import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/open';
import { settings } from '../../db/schema';
import { writeTransaction } from '../../db/write';

export type PreferenceKey = 'backupsKept' | 'retentionMonths' | 'retentionPrompted';

export function readPreference(db: Queryable, key: PreferenceKey): string | undefined {
  return db.select().from(settings).where(eq(settings.key, key)).get()?.value;
}

export function writePreference(db: Queryable, key: PreferenceKey, value: string): void {
  writeTransaction(db, (tx) => {
    tx.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  });
}
