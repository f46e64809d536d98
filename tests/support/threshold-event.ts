// An event built around the small-number threshold (5 cases): figures drawn from exactly 4 and
// exactly 5 cases, every grade a scored one (no N/A), so the boundary holds whether the base is
// "cases with any grade" or "cases with a scored grade". Seeded through the contract's calls, so
// the unit tests (core.dispatch) and the browser tests (the web transport) build the same event.
//
// Cases C-1..C-5 are child protection, C-6..C-9 child in need; no dates of birth.
//   Police grades C-1..C-5: child-focus 4 3 3 2 1, whole-family 3 3 3 3 3; and C-1..C-4: drift 2 2 3 3.
//   Health grades C-6..C-9: child-focus 3 3 2 1.
// Worked by hand (good or better = 3 or 4):
//   Police × child-focus   5 cases, 5 grades, 3 good  -> 60%          shown
//   Police × whole-family  5 cases, 5 grades, 5 good  -> 100%         shown
//   Police × drift         4 cases, 4 grades, 2 good  -> 50%          small
//   Health × child-focus   4 cases, 4 grades, 2 good  -> 50%          small
//   Police, all criteria   5 cases, 14 grades, 10 good -> 71%         shown
//   Health, all criteria   4 cases, 4 grades, 2 good  -> 50%          small
//   child-focus            9 cases, 9 grades, 5 good  -> 56%          shown
//   whole-family           5 cases -> 100%; drift 4 cases -> 50%      shown; small
//   Child protection       5 cases, 14 grades, 10 good -> 71%, mean 38/14 = 2.71   shown
//   Child in need          4 cases, 4 grades, 2 good  -> 50%, mean 9/4 = 2.25     small
import type { Api } from './api';

export const thresholdCsv = ['Child ID,Legal Status', 'C-1,CP', 'C-2,CP', 'C-3,CP', 'C-4,CP', 'C-5,CP', 'C-6,CIN', 'C-7,CIN', 'C-8,CIN', 'C-9,CIN'].join('\n');

const policeGrades: Record<string, number[]> = { 'child-focus': [4, 3, 3, 2, 1], 'whole-family': [3, 3, 3, 3, 3], drift: [2, 2, 3, 3] };
const healthChildFocus = [3, 3, 2, 1];

export interface ThresholdEvent {
  eventId: number;
  agencyId: (name: 'Police' | 'Health') => number;
}

export async function seedThresholdEvent(call: Api, options: { classification?: string } = {}): Promise<ThresholdEvent> {
  await call('settings.update', { userName: 'Fictional Facilitator' });
  const { id: eventId } = await call<{ id: number }>('events.create', {
    name: 'Threshold audit',
    frameworkKey: 'neglect-what-works',
    auditDate: '2026-03-01',
    agencies: ['Police', 'Health'],
    ...(options.classification ? { classification: options.classification } : {}),
  });
  await call('cases.import', { eventId, fileName: 'threshold.csv', data: Buffer.from(thresholdCsv).toString('base64') });
  const cases = await call<{ id: number; reference: string }[]>('cases.list', { eventId });
  const caseId = (n: number) => cases.find((c) => c.reference === `C-${n}`)!.id;
  const { agencies } = await call<{ agencies: { id: number; name: string }[] }>('events.get', { id: eventId });
  const agencyId = (name: string) => agencies.find((a) => a.name === name)!.id;

  const audit = async (caseNumber: number, agency: string, grades: Record<string, number>) => {
    const { id: auditId } = await call<{ id: number }>('audits.start', { caseId: caseId(caseNumber), agencyId: agencyId(agency) });
    for (const [criterionKey, value] of Object.entries(grades)) await call('audits.grade', { auditId, criterionKey, value });
  };
  for (let i = 0; i < 5; i++) {
    const grades = Object.fromEntries(Object.entries(policeGrades).flatMap(([key, values]) => (i < values.length ? [[key, values[i]!]] : [])));
    await audit(i + 1, 'Police', grades);
  }
  for (const [i, value] of healthChildFocus.entries()) await audit(i + 6, 'Health', { 'child-focus': value });
  return { eventId, agencyId };
}
