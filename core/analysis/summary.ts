// The event's findings in numbers: per criterion over the scale, by agency, by groups of
// children, overall judgements, agreement between double audits and with moderation, and the
// change since a previous event. Single-agency figures count every recorded grade once; N/A is
// never a score. One raw pass over the grades, aggregated here. These are the raw figures: what
// may leave the app is decided by core/disclosure, which every output reads them through.
import { compareNatural } from '../../model/orderings';
import type { OpenedDatabase } from '../../db/open';
import { caseRowsForEvent, type CaseRow } from '../../db/queries/cases';
import { startedAudits, moderatedOverallTuples, moderatedTuples, overallTuples, gradeTuples } from '../../db/queries/analysis';
import { frameworkForEvent } from '../audits/event-framework';
import { ageStageLabels, levelOfNeedLabels, neglectTypeLabels, yesNoLabels } from '../../model/labels';
import { UserError } from '../../model/errors';
import { getEvent } from '../events/service';
import { agreementOf, PairTable } from './agreement';
import { TallyBuilder } from './tally';
import { CellCounts } from './counts';
import type { CaseAgreement, SummaryEvent, SummaryFilters, SummarySample, SummaryScale, Tally } from '../contract/types';

export interface CriterionSummary extends Tally {
  key: string;
  title: string;
  domain: string;
}

export interface GroupSummary extends Tally {
  group: string;
  label: string;
}

export interface Summary {
  event: SummaryEvent;
  scale: SummaryScale;
  filters: SummaryFilters;
  sample: SummarySample;
  criteria: CriterionSummary[];
  moderated: CriterionSummary[];
  /** Every grade of every criterion together. */
  allCriteria: Tally;
  byAgency: { agencyId: number; agencyName: string; overall: Tally; criteria: (Tally & { key: string })[] }[];
  byAttribute: { attribute: string; label: string; groups: GroupSummary[] }[];
  overall: { single: Tally; moderated: Tally };
  agreement: CaseAgreement;
  agreementWithModeration: CaseAgreement;
  comparison: Comparison | null;
}

export interface Comparison {
  previous: { id: number; name: string; auditDate: string | null };
  criteria: { key: string; title: string; previous: Tally; current: Tally; change: number | null }[];
}

type Attribute = { key: string; label: string; groupsOf: (c: CaseRow) => string[]; labelOf: (g: string) => string };

const notRecorded = 'not-recorded';
const single = (v: string | null) => [v ?? notRecorded];
const labelFrom = (table: Record<string, string>) => (g: string) => (g === notRecorded ? 'Not recorded' : (table[g] ?? g));

const attributes: Attribute[] = [
  { key: 'ageStage', label: 'Age stage', groupsOf: (c) => single(c.ageStage), labelOf: labelFrom(ageStageLabels) },
  { key: 'ethnicityGroup', label: 'Ethnicity (DfE major group)', groupsOf: (c) => single(c.ethnicityGroup), labelOf: labelFrom({}) },
  { key: 'levelOfNeed', label: 'Level of need', groupsOf: (c) => single(c.levelOfNeed), labelOf: labelFrom(levelOfNeedLabels) },
  {
    key: 'neglectType',
    label: 'Neglect type',
    groupsOf: (c) => {
      const types = JSON.parse(c.neglectTypes) as string[];
      return types.length ? types : [notRecorded];
    },
    labelOf: labelFrom(neglectTypeLabels),
  },
  { key: 'disability', label: 'Disability or SEN', groupsOf: (c) => single(c.disability), labelOf: labelFrom(yesNoLabels) },
];

function matches(c: CaseRow, f: SummaryFilters): boolean {
  if (f.ageStages?.length && !f.ageStages.includes(c.ageStage ?? notRecorded)) return false;
  if (f.levelsOfNeed?.length && !f.levelsOfNeed.includes(c.levelOfNeed ?? notRecorded)) return false;
  if (f.neglectTypes?.length) {
    const types = JSON.parse(c.neglectTypes) as string[];
    if (!f.neglectTypes.some((t) => types.includes(t))) return false;
  }
  return true;
}

export function summarise(store: OpenedDatabase, eventId: number, options: { filters?: SummaryFilters; compareWith?: number } = {}): Summary {
  const db = store.db;
  const filters = options.filters ?? {};
  const event = getEvent(db, eventId);
  const fw = frameworkForEvent(db, eventId);
  const levels = fw.framework.scale.levels;
  // In the framework's order: every count below is by position, and PairTable orders its own categories.
  const scaleValues = levels.map((l) => l.value);
  const goodFrom = fw.goodOrBetterFrom;

  // Integer indices for cases, agencies, criteria and groups, so the loop below does no string work.
  const cases = caseRowsForEvent(db, eventId).filter((c) => matches(c, filters));
  const caseIndex = new Map(cases.map((c, i) => [c.id, i]));
  const agencies = event.agencies.filter((a) => !filters.agencyIds?.length || filters.agencyIds.includes(a.id));
  const agencyIndex = new Map(agencies.map((a, i) => [a.id, i]));
  const criterionIndex = new Map(fw.criteria.map((c, i) => [c.key, i]));
  const position = new Map(scaleValues.map((v, i) => [v, i]));
  const nC = fw.criteria.length;
  const nA = agencies.length;
  // Groups in their natural order (age stages from the youngest, levels of need from early help), not as text.
  const groupNames = attributes.map((a) => [...new Set(cases.flatMap((c) => a.groupsOf(c)))].sort(compareNatural(a.key)));
  const groupBase: number[] = [];
  let groupCells = 0;
  for (const names of groupNames) {
    groupBase.push(groupCells);
    groupCells += names.length;
  }
  const groupsOfCase = cases.map((c) => attributes.flatMap((a, i) => a.groupsOf(c).map((g) => groupBase[i]! + groupNames[i]!.indexOf(g))));

  // Cells: criteria [0, nC), agency × criterion [nC, nC + nA·nC), agency overall, then groups.
  const agencyCriterionBase = nC;
  const agencyBase = nC + nA * nC;
  const groupCellBase = agencyBase + nA;
  const allCell = groupCellBase + groupCells;
  const counts = new CellCounts(allCell + 1, cases.length, scaleValues, goodFrom);

  // Double audits: the first two auditors (in the order recorded) of each case × agency × criterion.
  const units = cases.length * Math.max(nA, 1) * nC;
  const firstPosition = new Int8Array(units);
  const pairedUnit = new Uint8Array(units);
  const pairs: [number, number][] = [];
  const pairedCase = new Uint8Array(cases.length);
  const casesAudited = new Uint8Array(cases.length);
  let gradeCount = 0;
  const grades = gradeTuples(store.sqlite, eventId, fw.criteria.map((c) => c.key));
  // Graded (not N/A) grades as case index × criterion index and scale position, for moderation.
  const keptCell = new Int32Array(grades.length);
  const keptPosition = new Int8Array(grades.length);
  let kept = 0;
  for (const [caseId, agencyId, ki, value] of grades) {
    const ci = caseIndex.get(caseId);
    const ai = agencyIndex.get(agencyId);
    if (ci === undefined || ai === undefined || ki === null) continue;
    const p = value === null ? -1 : position.get(value)!;
    gradeCount++;
    casesAudited[ci] = 1;
    counts.add(ki, ci, p);
    counts.add(agencyCriterionBase + ai * nC + ki, ci, p);
    counts.add(agencyBase + ai, ci, p);
    counts.add(allCell, ci, p);
    for (const g of groupsOfCase[ci]!) counts.add(groupCellBase + g, ci, p);
    if (p < 0) continue;
    keptCell[kept] = ci * nC + ki;
    keptPosition[kept++] = p;
    // A criterion is graded once per audit, so a second grade in the same unit is a second auditor.
    const unit = (ci * nA + ai) * nC + ki;
    if (firstPosition[unit] === 0) firstPosition[unit] = p + 1;
    else if (pairedUnit[unit] === 0) {
      pairedUnit[unit] = 1;
      pairedCase[ci] = 1;
      pairs.push([scaleValues[firstPosition[unit]! - 1]!, scaleValues[p]!]);
    }
  }

  const moderatedCounts = new CellCounts(nC, cases.length, scaleValues, goodFrom);
  const agreedPosition = new Int8Array(cases.length * nC).fill(-1);
  for (const [caseId, key, value, na] of moderatedTuples(store.sqlite, eventId)) {
    const ci = caseIndex.get(caseId);
    const ki = criterionIndex.get(key);
    if (ci === undefined || ki === undefined) continue;
    const p = na === 1 || value === null ? -1 : position.get(value)!;
    moderatedCounts.add(ki, ci, p);
    if (p >= 0) agreedPosition[ci * nC + ki] = p;
  }
  const withModeration = new PairTable(scaleValues);
  const moderatedCase = new Uint8Array(cases.length);
  for (let i = 0; i < kept; i++) {
    const agreed = agreedPosition[keptCell[i]!]!;
    if (agreed < 0) continue;
    withModeration.addPositions(keptPosition[i]!, agreed);
    moderatedCase[Math.floor(keptCell[i]! / nC)] = 1;
  }
  const caseCount = (marks: Uint8Array) => marks.reduce((n, x) => n + x, 0);

  const overallSingle = new TallyBuilder(scaleValues, goodFrom);
  for (const [caseId, agencyId, value] of overallTuples(store.sqlite, eventId)) {
    if (caseIndex.has(caseId) && agencyIndex.has(agencyId)) overallSingle.add(caseId, value);
  }
  const overallModerated = new TallyBuilder(scaleValues, goodFrom);
  for (const [caseId, value] of moderatedOverallTuples(store.sqlite, eventId)) if (caseIndex.has(caseId)) overallModerated.add(caseId, value);

  const domainOf = new Map(fw.framework.domains.flatMap((d) => d.criteria.map((c) => [c.key, d.title] as const)));
  const criterionSummary = (from: CellCounts) => fw.criteria.map((c, ki) => ({ key: c.key, title: c.title, domain: domainOf.get(c.key) ?? '', ...from.tally(ki) }));
  const criteria = criterionSummary(counts);

  return {
    event: { id: event.id, name: event.name, frameworkKey: event.frameworkKey, frameworkName: event.frameworkName, frameworkVersion: event.frameworkVersion, auditDate: event.auditDate, classification: event.classification },
    scale: { levels: levels.map((l) => ({ value: l.value, label: l.label, colour: l.colour })), goodOrBetterFrom: goodFrom, notApplicableLabel: fw.notApplicableLabel },
    filters,
    sample: { cases: cases.length, casesAudited: caseCount(casesAudited), audits: startedAudits(store.sqlite, eventId).filter(([c, a]) => caseIndex.has(c) && agencyIndex.has(a)).length, grades: gradeCount, agencies: nA },
    criteria,
    moderated: criterionSummary(moderatedCounts),
    allCriteria: counts.tally(allCell),
    byAgency: agencies.map((a, ai) => ({
      agencyId: a.id,
      agencyName: a.archived ? `${a.name} (archived for this event)` : a.name,
      overall: counts.tally(agencyBase + ai),
      criteria: fw.criteria.map((c, ki) => ({ key: c.key, ...counts.tally(agencyCriterionBase + ai * nC + ki) })),
    })),
    byAttribute: attributes.map((attribute, i) => ({
      attribute: attribute.key,
      label: attribute.label,
      groups: groupNames[i]!.map((group, g) => ({ group, label: attribute.labelOf(group), ...counts.tally(groupCellBase + groupBase[i]! + g) })),
    })),
    overall: { single: overallSingle.build(), moderated: overallModerated.build() },
    agreement: { ...agreementOf(pairs, scaleValues), cases: caseCount(pairedCase) },
    agreementWithModeration: { ...withModeration.agreement(), cases: caseCount(moderatedCase) },
    comparison: options.compareWith === undefined ? null : compare(store, eventId, options.compareWith, criteria),
  };
}

function compare(store: OpenedDatabase, eventId: number, previousId: number, current: CriterionSummary[]): Comparison {
  if (previousId === eventId) throw new UserError('Compare with a different event.', 'INVALID_INPUT');
  const now = getEvent(store.db, eventId);
  const before = getEvent(store.db, previousId);
  if (before.frameworkKey !== now.frameworkKey) {
    throw new UserError(`Event ${previousId} used the framework "${before.frameworkKey}", not "${now.frameworkKey}"; only events on the same framework can be compared.`, 'NOT_COMPARABLE');
  }
  const previous = new Map(summarise(store, previousId).criteria.map((c) => [c.key, c]));
  return {
    previous: { id: before.id, name: before.name, auditDate: before.auditDate },
    criteria: current.map(({ key, title, domain: _domain, ...now }) => {
      const p = previous.get(key);
      const prev: Tally = p ? tallyOf(p) : { n: 0, notApplicable: 0, distribution: {}, goodOrBetter: null, mean: null, cases: 0, scoredCases: 0 };
      return { key, title, previous: prev, current: now, change: now.goodOrBetter !== null && prev.goodOrBetter !== null ? now.goodOrBetter - prev.goodOrBetter : null };
    }),
  };
}

const tallyOf = ({ key: _key, title: _title, domain: _domain, ...t }: CriterionSummary): Tally => t;
