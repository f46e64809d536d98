// A facilitator's install and auditors' installs as separate database files, with helpers to
// hand files between them through the same contract the app uses.
import { expect } from 'vitest';
import type { CoreApp } from '../../../core/app';
import { tempCore } from '../helpers/core';

export type Call = <T = unknown>(name: string, input: unknown) => Promise<T>;

export function caller(core: CoreApp): Call {
  return async <T,>(name: string, input: unknown) => {
    const result = await core.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: [${result.error.code}] ${result.error.message}`);
    return result.value as T;
  };
}

/** The error a call fails with, as "[CODE] message". */
export async function failure(core: CoreApp, name: string, input: unknown): Promise<string> {
  const result = await core.dispatch(name, input);
  expect(result.ok, `${name} should have failed`).toBe(false);
  return result.ok ? '' : `[${result.error.code}] ${result.error.message}`;
}

export const sample = ['Child ID,DOB,Agencies involved', 'C-1,01/01/2015,Police; Health', 'C-2,02/02/2018,Health', 'C-3,03/03/2012,Police; Health; School', 'C-4,04/04/2016,School'].join('\n');

export interface Install {
  core: CoreApp;
  call: Call;
}

export async function facilitatorInstall(name = 'Fran Facilitator') {
  const core = tempCore();
  const call = caller(core);
  await call('settings.update', { userName: name });
  const event = await call<{ id: number }>('events.create', { name: 'Neglect MACFA spring', auditDate: '2026-03-01', frameworkKey: 'neglect-what-works', agencies: ['Police', 'Health', 'School'] });
  await call('cases.import', { eventId: event.id, fileName: 'sample.csv', data: Buffer.from(sample).toString('base64') });
  const detail = await call<{ agencies: { id: number; name: string }[] }>('events.get', { id: event.id });
  const agency = (n: string) => detail.agencies.find((a) => a.name === n)!.id;
  await call('allocation.settings', { eventId: event.id, deadline: '2026-03-20', auditors: [{ agencyId: agency('Police'), auditor: 'Pat Police' }] });
  return { core, call, eventId: event.id, agency };
}

export function auditorInstall(): Install {
  const core = tempCore();
  return { core, call: caller(core) };
}

export const b64 = (base64: string) => Buffer.from(base64, 'base64');

export interface PackFile {
  fileName: string;
  base64: string;
  passphrase: string | null;
}

/** Opens a pack on an auditor's install and returns the local event id. */
export async function openPack(auditor: Install, pack: PackFile, passphrase = pack.passphrase!, extra: Record<string, unknown> = {}) {
  return (await auditor.call<{ eventId: number }>('packs.open', { fileName: pack.fileName, data: pack.base64, passphrase, ...extra })).eventId;
}

/** Grades every criterion of the local audit of `reference` with `value` (and reasons), then optionally submits it. */
export async function score(auditor: Install, eventId: number, reference: string, value: number, options: { submit?: boolean; evidence?: string } = {}) {
  const cases = await auditor.call<{ id: number; reference: string }[]>('cases.list', { eventId });
  const detail = await auditor.call<{ agencies: { id: number }[] }>('events.get', { id: eventId });
  const audit = await auditor.call<{ id: number }>('audits.start', { caseId: cases.find((c) => c.reference === reference)!.id, agencyId: detail.agencies[0]!.id });
  const ws = await auditor.call<{ framework: { domains: { criteria: { key: string }[] }[] } }>('audits.workspace', { auditId: audit.id });
  for (const c of ws.framework.domains.flatMap((d) => d.criteria)) {
    await auditor.call('audits.grade', { auditId: audit.id, criterionKey: c.key, value, rationale: value < 3 ? 'Below good: reasons given.' : '', evidence: options.evidence ?? `Seen in the ${reference} record.` });
  }
  await auditor.call('audits.update', { auditId: audit.id, overallValue: value, overallRationale: value < 3 ? 'Overall below good.' : '' });
  if (options.submit) await auditor.call('audits.submit', { auditId: audit.id });
  return audit.id;
}
