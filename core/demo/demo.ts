// `scrutineer demo`: a realistic, wholly fictional pair of events that shows the whole app — a
// previous audit and the current one (30 cases, 7 agencies, every criterion scored, some double
// audits, moderation, findings with anonymised quotes, recommendations, carried-forward actions, the report's narrative).
import type { OpenedDatabase } from '../../db/open';
import { demoEventName } from '../../model/demo';
import { setFictional, usedOnlyBy } from '../../db/queries/agencies';
import { changeAllocation } from '../allocation/service';
import { withStandInActor } from '../audits/actor';
import { importCases } from '../cases/import-service';
import { listCases } from '../cases/service';
import { createEvent, getEvent, updateEvent } from '../events/service';
import { createFinding } from '../findings/service';
import { carryForward, createRecommendation, listRecommendations, updateRecommendation } from '../recommendations/service';
import { writeDocumentControl } from '../report/document-control';
import { generateCasesCsv } from './cases-csv';
import { seedGrades } from './grades';
import { pick, seededRandom } from './random';
import { writeDemoNarratives } from './narratives';

const agencies = [
  "Anyshire Children's Social Care",
  'Anyshire Community Health (Health Visiting)',
  'Anyshire School Nursing',
  'Anyshire Constabulary',
  'Anyshire Schools',
  'Anyshire Early Help',
  'Anyshire CAMHS',
];

const evidence: Record<string, string[]> = {
  'child-focus': ['Home visit records describe the child’s room and what they said about meals.', 'Child seen alone at school; their words recorded.', 'No record of the child being seen alone in six months.'],
  'early-help-tools': ['GCP2 completed and used to set the plan.', 'Impact chronology started but not kept up to date.'],
  drift: ['Core group met monthly; actions reviewed.', 'Plan not reviewed for five months while school attendance fell.'],
  triangulation: ['School attendance checked against the parent’s account.', 'Health information not sought before the review.'],
};

const findings = [
  { kind: 'good-practice', text: 'Health visitors used the Graded Care Profile 2 to agree the plan with parents.', criterionKeys: ['early-help-tools'], quote: false },
  { kind: 'good-practice', text: '“I can tell my teacher when there is no food at home, and she helps.”', criterionKeys: ['child-focus'], quote: true },
  { kind: 'area-for-development', text: 'Plans did not say what an acceptable outcome would look like for the child.', criterionKeys: ['measurable-goals'], quote: false },
  { kind: 'area-for-development', text: '“We kept closing and reopening the case; nobody looked at the whole history.”', criterionKeys: ['history-cumulative-harm', 'drift'], quote: true },
  { kind: 'theme', text: 'Fathers and male carers were rarely part of assessments.', criterionKeys: ['whole-family'], quote: false },
  { kind: 'theme', text: 'Interpreters were arranged in most cases; in two, a family member interpreted.', criterionKeys: ['cultural-competence'], quote: false },
] as const;

const recommendations = [
  {
    text: 'Every child protection plan for neglect sets out, in the family’s words, what an acceptable outcome is and how 3 measures of progress will be checked at each review; audited by a dip sample of 20 plans.',
    criteria: ['measurable-goals'],
    owner: 0,
    due: '2026-09-30',
    measure: 'In a dip sample of 20 plans, at least 16 state an acceptable outcome in the family’s words with 3 measures of progress.',
    rating: 'limited',
  },
  {
    text: 'All agencies record the child’s voice at every contact, and the partnership re-audits 15 cases for it in the next round.',
    criteria: ['child-focus'],
    owner: 1,
    due: '2026-07-31',
    measure: 'Child focus graded good or better in at least 80% of grades at the next audit.',
    rating: 'good',
  },
  {
    text: 'Strategy meetings for neglect consider a chronology covering at least 2 years before any decision to close.',
    criteria: ['history-cumulative-harm'],
    owner: 3,
    due: '2026-12-31',
    measure: 'Every closure decision in a quarterly sample of 10 neglect cases records a chronology of 2 years or more.',
    rating: 'complete',
  },
] as const;

/** What some auditors wrote under "What difference did we make for the child?" (fictional). */
const differences = [
  'The child now attends nursery most days and is brought on time.',
  'Meals are regular and the child has put on weight since the plan started.',
  'Little yet: the plan changed what professionals did more than the child’s day.',
];

/** Every agency audits every demo case (the seeded grades are for all of them), so nothing looks owed. */
function allocateEveryone(db: OpenedDatabase['db'], eventId: number, caseIds: number[], agencyIds: number[]): void {
  changeAllocation(db, { eventId, changes: caseIds.flatMap((caseId) => agencyIds.map((agencyId) => ({ caseId, agencyId, allocated: true }))) });
}

export interface DemoResult {
  id: number;
  previousId: number;
}

/** Demo changes are stamped with the user's name, or "Demo facilitator" when none is set. */
export function createDemo(store: OpenedDatabase, options: { seed?: number } = {}): Promise<DemoResult> {
  return withStandInActor('Demo facilitator', () => seedDemo(store, options));
}

async function seedDemo(store: OpenedDatabase, options: { seed?: number }): Promise<DemoResult> {
  const db = store.db;
  const random = seededRandom(options.seed ?? 2026);

  const previous = createEvent(db, {
    name: 'Neglect MACFA — autumn 2025 (demo)',
    frameworkKey: 'neglect-what-works',
    theme: 'Neglect of children under five',
    partnership: 'Anyshire Safeguarding Children Partnership (fictional)',
    auditDate: '2025-10-15',
    agencies,
  }).id;
  await importCases(db, { eventId: previous, fileName: 'demo-autumn.csv', bytes: new TextEncoder().encode(generateCasesCsv(24, 41, '2025-10-15')) });
  const prevAgencies = getEvent(db, previous).agencies.map((a) => a.id);
  const prevCases = listCases(db, previous).map((c) => c.id);
  allocateEveryone(db, previous, prevCases, prevAgencies);
  seedGrades(store, { eventId: previous, caseIds: prevCases, agencyIds: prevAgencies, doubleAuditShare: 0.1, moderate: true, seed: 7 });
  const older = recommendations.map((r, i) =>
    createRecommendation(db, previous, { text: r.text, criterionKeys: [...r.criteria], ownerAgencyId: prevAgencies[r.owner] ?? null, dueDate: `2026-0${3 + i}-30`, successMeasure: r.measure }),
  );
  updateRecommendation(db, older[2]!.id, { status: 'done', progressRating: 'complete' });
  updateEvent(db, { id: previous, status: 'closed' });

  const current = createEvent(db, {
    name: demoEventName,
    frameworkKey: 'neglect-what-works',
    theme: 'Neglect: drift and the child’s lived experience',
    partnership: 'Anyshire Safeguarding Children Partnership (fictional)',
    auditDate: '2026-04-20',
    reviewWindowMonths: 12,
    agencies,
  }).id;
  await importCases(db, { eventId: current, fileName: 'demo-spring.csv', bytes: new TextEncoder().encode(generateCasesCsv(30, 42, '2026-04-20')) });
  const caseIds = listCases(db, current).map((c) => c.id);
  const agencyIds = getEvent(db, current).agencies.map((a) => a.id);
  allocateEveryone(db, current, caseIds, agencyIds);
  seedGrades(store, {
    eventId: current,
    caseIds,
    agencyIds,
    doubleAuditShare: 0.15,
    moderate: true,
    seed: 8,
    criterionBias: { 'measurable-goals': -1, drift: -1, 'whole-family': -1, 'history-cumulative-harm': -1, 'child-focus': 1, 'early-help-tools': 1 },
    auditorOf: (a, second) => `Fictional auditor ${String.fromCharCode(65 + a)}${second ? '2' : '1'}`,
    evidence: (key, _value, r) => (evidence[key] ? pick(r, evidence[key]!) : ''),
    // Most audits answer it; one agency in three leaves it blank, as happens in practice.
    differenceMade: (c, a) => ((c + a) % 3 === 2 ? '' : differences[(c + a) % differences.length]!),
  });
  for (const f of findings) {
    createFinding(db, current, { kind: f.kind, text: f.text, criterionKeys: [...f.criterionKeys], quoteForReport: f.quote, caseIds: [pick(random, caseIds)] });
  }
  carryForward(db, { fromEventId: previous, toEventId: current });
  // Progress on the carried actions is rated where they now live, in this event's plan.
  for (const carried of listRecommendations(db, current)) {
    const from = recommendations.find((r) => r.text === carried.text);
    if (from) updateRecommendation(db, carried.id, { status: 'in-progress', progressRating: from.rating });
  }
  createRecommendation(db, current, {
    text: 'Each agency names a neglect lead who checks, in 10 cases a quarter, that fathers and male carers are part of the assessment.',
    criterionKeys: ['whole-family'],
    ownerAgencyId: agencyIds[5] ?? null,
    dueDate: '2026-10-31',
    successMeasure: 'Whole-family assessment graded good or better in at least 70% of grades at the next audit.',
    progressRating: 'not-started',
  });
  writeDemoNarratives(db, current);
  writeDocumentControl(db, { eventId: current, version: '1.0', distribution: 'Anyshire QA subgroup members (fictional)\nAnyshire Safeguarding Children Partnership executive (fictional)\nNeglect strategy leads of each agency (fictional)' });
  updateEvent(db, { id: current, status: 'reporting' });
  // Anyshire's agencies are made up: they are offered only on the demo's own events.
  setFictional(db, usedOnlyBy(db, agencyIds, [previous, current]), true);
  return { id: current, previousId: previous };
}
