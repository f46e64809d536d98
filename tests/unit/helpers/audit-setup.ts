// An event with agencies, a few cases and a user name, ready for auditing, with the whole core
// open on it (for tests that dispatch calls or close and reopen the core). Tests of one service
// use auditReadyStore (helpers/audit-ready-store), which loads far less.
import { makeAuditReady, readyAgencyNames, type ReadyOptions } from './audit-ready-store';
import { coreWithEvent } from './core';

export async function auditReadyEvent(options: ReadyOptions = {}) {
  const setup = coreWithEvent('2026-03-01', readyAgencyNames);
  return { ...setup, ...(await makeAuditReady(setup.db, setup.eventId, options)) };
}
