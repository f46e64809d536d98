// User settings kept in the database: the name stamped on every change in later issues.
import type { Queryable as Db } from '../../db/open';
import { settings } from '../../db/schema';
import { writeTransaction } from '../../db/write';
import type { Settings } from '../contract/types';

const defaults: Settings = { userName: '' };

export function getSettings(db: Db): Settings {
  const rows = db.select().from(settings).all();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { userName: stored.userName ?? defaults.userName };
}

export function updateSettings(db: Db, patch: Partial<Settings>): Settings {
  return writeTransaction(db, (tx) => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      tx.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    }
    return getSettings(tx);
  });
}
