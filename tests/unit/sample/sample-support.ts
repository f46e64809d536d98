// A core with an event and a user name, and the fixture cohort, for the sample tests.
import { readFileSync } from 'node:fs';
import { createEvent } from '../../../core/events/service';
import { updateSettings } from '../../../core/settings/service';
import type { SampleDrawView } from '../../../core/contract/sample-types';
import { tempCore } from '../helpers/core';

/** Fictional, from tests/fixtures/sample/generate.ts; its audit date is 2024-06-01. */
export const cohortFile = 'tests/fixtures/sample/cohort-400.csv';
export const cohortBytes = () => new Uint8Array(readFileSync(cohortFile));
export const cohortBase64 = () => readFileSync(cohortFile).toString('base64');

export function sampleCore(path?: string) {
  const core = tempCore(path);
  updateSettings(core.store.db, { userName: 'Fictional Facilitator' });
  const newEvent = (name = 'Neglect MACFA') => createEvent(core.store.db, { name, frameworkKey: 'neglect-what-works', auditDate: '2024-06-01', agencies: [] }).id;
  const call = async <T,>(name: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(name, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as T;
  };
  const draw = (eventId: number, settings: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    call<SampleDrawView>('sample.draw', { eventId, fileName: 'cohort-400.csv', data: cohortBase64(), settings, ...extra });
  return { core, db: core.store.db, newEvent, call, draw };
}

export const references = (v: SampleDrawView) => v.cases.map((c) => c.reference);
