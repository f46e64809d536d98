// A database alone (no dispatcher, no handlers), for tests of one service: a copy of the migrated
// template, opened through the app's own openDatabase. Importing this, rather than helpers/core,
// keeps a test file's module graph to the code it tests, so the file loads in a fraction of the
// time (what each mutant's run in `npm run mutate` pays for).
import { readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { createEvent } from '../../../core/events/service';
import { defaultAppPaths } from '../../../core/paths';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { testKey } from '../../support/test-key';
import { tempDbPath } from './temp';
import { copyTemplateDatabase } from './template-db';

const open: OpenedDatabase[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

/** A new database (a copy of the migrated, seeded template), closed after the test. */
export function tempStore(): OpenedDatabase {
  const path = tempDbPath();
  copyTemplateDatabase(path);
  const store = openDatabase(path, { migrationsDir: defaultAppPaths().migrationsDir, key: testKey() });
  open.push(store);
  return store;
}

/** A new database with one event on the shipped neglect framework. */
export function storeWithEvent(auditDate = '2026-03-01', agencies: string[] = []) {
  const store = tempStore();
  const { id } = createEvent(store.db, { name: 'Test audit', frameworkKey: 'neglect-what-works', auditDate, agencies });
  return { store, db: store.db, eventId: id };
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`tests/fixtures/cases/${name}`));
}

export function csv(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
