// An event with agencies, a few cases and a user name, ready for auditing, on a database alone
// (helpers/store: no dispatcher, so a test file loads only the services it tests).
// helpers/audit-setup opens the whole core on the same set-up.
import type { Db } from '../../../db/open';
import { importCases } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import { updateSettings } from '../../../core/settings/service';
import { getEvent } from '../../../core/events/service';
import { csv, storeWithEvent } from './store';

export interface ReadyOptions {
  userName?: string;
}

export const readyAgencyNames = ["Children's Social Care", 'Police', 'Health'];

/** Imports three cases and sets the user name (unless ''): what auditing needs. */
export async function makeAuditReady(db: Db, eventId: number, options: ReadyOptions) {
  await importCases(db, { eventId, fileName: 'c.csv', bytes: csv('Child ID,DOB\nC-1,01/01/2015\nC-2,02/02/2018\nC-3,03/03/2012') });
  if (options.userName !== '') updateSettings(db, { userName: options.userName ?? 'Fictional Facilitator' });
  const cases = listCases(db, eventId);
  const agencies = getEvent(db, eventId).agencies;
  const agency = (name: string) => agencies.find((a) => a.name === name)!;
  return { cases, agencies, agency };
}

/** The ready event on a database alone. */
export async function auditReadyStore(options: ReadyOptions = {}) {
  const setup = storeWithEvent('2026-03-01', readyAgencyNames);
  return { ...setup, ...(await makeAuditReady(setup.db, setup.eventId, options)) };
}
