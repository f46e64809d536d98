// A real core on a temp database, for service-level tests that need the dispatcher or the whole
// app (tests of one service can use helpers/store, which loads far less).
import { openCore, type CoreApp } from '../../../core/app';
import { createEvent } from '../../../core/events/service';
import { headlessHost } from '../../../core/headless-host';
import { tempDbPath } from './temp';
import { copyTemplateDatabase } from './template-db';
import { testKey } from '../../support/test-key';
import { afterEach } from 'vitest';

export { csv, fixture } from './store';

const open: CoreApp[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

/** A core on a new database: a copy of the migrated template unless a path is given (opened as it is). */
export function tempCore(path?: string): CoreApp {
  if (path === undefined) {
    path = tempDbPath();
    copyTemplateDatabase(path);
  }
  const core = openCore({ databasePath: path, key: testKey(), host: headlessHost('cli') });
  open.push(core);
  return core;
}

export function coreWithEvent(auditDate = '2026-03-01', agencies: string[] = []) {
  const core = tempCore();
  const { id } = createEvent(core.store.db, { name: 'Test audit', frameworkKey: 'neglect-what-works', auditDate, agencies });
  return { core, db: core.store.db, eventId: id };
}
