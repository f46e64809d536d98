// An event with agencies, a few cases and a user name: ready for auditing.
import { importCases } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import { updateSettings } from '../../../core/settings/service';
import { getEvent } from '../../../core/events/service';
import { coreWithEvent, csv } from './core';

export async function auditReadyEvent(options: { userName?: string } = {}) {
  const setup = coreWithEvent('2026-03-01', ["Children's Social Care", 'Police', 'Health']);
  await importCases(setup.db, { eventId: setup.eventId, fileName: 'c.csv', bytes: csv('Child ID,DOB\nC-1,01/01/2015\nC-2,02/02/2018\nC-3,03/03/2012') });
  if (options.userName !== '') updateSettings(setup.db, { userName: options.userName ?? 'Fictional Facilitator' });
  const cases = listCases(setup.db, setup.eventId);
  const agencies = getEvent(setup.db, setup.eventId).agencies;
  const agency = (name: string) => agencies.find((a) => a.name === name)!;
  return { ...setup, cases, agencies, agency };
}
