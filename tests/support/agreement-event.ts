// An event whose agreement figures are known from outside the app. Twelve cases, each graded on
// child-focus by two Police auditors (a double audit) and given an agreed grade at moderation.
// Seeded through the contract's calls, for the unit tests (core.dispatch) and the browser tests.
//
// Reference values (pinned; not computed by Scrutineer):
//  - kappas: scikit-learn 1.2.1 (Debian python3-sklearn), sklearn.metrics.cohen_kappa_score(a, b,
//    weights=None | 'linear' | 'quadratic', labels=[1, 2, 3, 4]);
//  - ordinal alpha: a separate implementation written in Python from Krippendorff (2011),
//    "Computing Krippendorff's Alpha-Reliability", with exact fractions, which reproduces that
//    paper's published values (4 observers, 12 units: nominal 0.743, ordinal 0.815, interval
//    0.849; 2 observers, binary: 0.095).
import type { Api } from './api';

/** (first auditor, second auditor) per case, on the 1-4 scale. */
export const doubleAuditPairs: [number, number][] = [[4, 4], [3, 4], [3, 3], [2, 3], [1, 2], [2, 2], [3, 1], [4, 3], [2, 2], [1, 1], [3, 3], [4, 2]];
/** The agreed (moderated) grade per case. */
export const agreedGrades = [4, 4, 3, 3, 2, 2, 2, 3, 2, 1, 3, 3];

export const doubleAuditReference = {
  pairs: 12,
  exact: 6 / 12,
  kappa: 0.320754716981132,
  kappaLinear: 0.4,
  kappaQuadratic: 0.5,
  alphaOrdinal: 0.5176838810641627,
};

/** Each single-agency grade (both auditors) against the case's agreed grade: 24 pairs. */
export const withModerationReference = {
  pairs: 24,
  exact: 16 / 24,
  kappa: 0.5339805825242718,
  kappaLinear: 0.6734693877551021,
  kappaQuadratic: 0.8064516129032258,
  alphaOrdinal: 0.8146953405017922,
};

export async function seedAgreementEvent(call: Api): Promise<{ eventId: number }> {
  await call('settings.update', { userName: 'Fictional Facilitator' });
  const { id: eventId } = await call<{ id: number }>('events.create', { name: 'Agreement audit', frameworkKey: 'neglect-what-works', auditDate: '2026-03-01', agencies: ['Police'] });
  const csv = ['Child ID', ...doubleAuditPairs.map((_, i) => `A-${i + 1}`)].join('\n');
  await call('cases.import', { eventId, fileName: 'agreement.csv', data: Buffer.from(csv).toString('base64') });
  const cases = await call<{ id: number; reference: string }[]>('cases.list', { eventId });
  const { agencies } = await call<{ agencies: { id: number }[] }>('events.get', { id: eventId });
  for (const [i, [first, second]] of doubleAuditPairs.entries()) {
    const caseId = cases.find((c) => c.reference === `A-${i + 1}`)!.id;
    for (const [auditor, value] of [['First auditor', first], ['Second auditor', second]] as const) {
      const { id: auditId } = await call<{ id: number }>('audits.start', { caseId, agencyId: agencies[0]!.id, auditor });
      await call('audits.grade', { auditId, criterionKey: 'child-focus', value });
    }
    await call('moderation.grade', { caseId, criterionKey: 'child-focus', value: agreedGrades[i] });
  }
  return { eventId };
}
