// A real core on a temp database, for service-level tests.
import { readFileSync } from 'node:fs';
import { openCore, type CoreApp } from '../../../core/app';
import { createEvent } from '../../../core/events/service';
import { headlessHost } from '../../../core/headless-host';
import { tempDbPath } from './temp';
import { testKey } from '../../support/test-key';
import { afterEach } from 'vitest';

const open: CoreApp[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

export function tempCore(path = tempDbPath()): CoreApp {
  const core = openCore({ databasePath: path, key: testKey(), host: headlessHost('cli') });
  open.push(core);
  return core;
}

export function coreWithEvent(auditDate = '2026-03-01', agencies: string[] = []) {
  const core = tempCore();
  const { id } = createEvent(core.store.db, { name: 'Test audit', frameworkKey: 'neglect-what-works', auditDate, agencies });
  return { core, db: core.store.db, eventId: id };
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`tests/fixtures/cases/${name}`));
}

export function csv(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
