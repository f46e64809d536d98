// The event's findings in numbers: per criterion over the scale, by agency, by groups of
// children, overall judgements, agreement between double audits and with moderation, and the
// change since a previous event. Single-agency figures count every recorded grade once; N/A is
// never a score. One raw pass over the grades, aggregated here.
import type { OpenedDatabase } from '../../db/open';
import { caseRowsForEvent, type CaseRow } from '../../db/queries/cases';
import { gradeTuples, moderatedOverallTuples, moderatedTuples, overallTuples } from '../../db/queries/analysis';
import { frameworkForEvent } from '../audits/event-framework';
import { ageStageLabels, levelOfNeedLabels, neglectTypeLabels, yesNoLabels } from '../cases/labels';
import { UserError } from '../errors';
import { getEvent } from '../events/service';
import { agreementOf, type Agreement } from './agreement';
import { TallyBuilder, TallyMap, type Tally } from './tally';

/** UK official-statistics practice: a cell drawn from fewer cases than this is small. */
export const SMALL_NUMBER_THRESHOLD = 5;

export interface SummaryFilters {
  agencyIds?: number[];
  ageStages?: string[];
  levelsOfNeed?: string[];
  neglectTypes?: string[];
}

export interface CriterionSummary extends Tally {
  key: string;
  title: string;
  domain: string;
}

export interface GroupSummary extends Tally {
  group: string;
  label: string;
  small: boolean;
}

export interface Summary {
  event: { id: number; name: string; frameworkKey: string; frameworkName: string; frameworkVersion: number; auditDate: string | null; classification: string };
  scale: { levels: { value: number; label: string; colour: string }[]; goodOrBetterFrom: number; notApplicableLabel: string };
  filters: SummaryFilters;
  smallNumberThreshold: number;
  sample: { cases: number; casesAudited: number; audits: number; grades: number; agencies: number };
  criteria: CriterionSummary[];
  moderated: CriterionSummary[];
  byAgency: { agencyId: number; agencyName: string; overall: Tally & { small: boolean }; criteria: (Tally & { key: string; small: boolean })[] }[];
  byAttribute: { attribute: string; label: string; groups: GroupSummary[] }[];
  overall: { single: Tally; moderated: Tally };
  agreement: Agreement;
  agreementWithModeration: Agreement;
  comparison: Comparison | null;
}

export interface Comparison {
  previous: { id: number; name: string; auditDate: string | null };
  criteria: { key: string; title: string; previous: { n: number; goodOrBetter: number | null }; current: { n: number; goodOrBetter: number | null }; change: number | null }[];
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

/** Pairs of grades by the first two auditors (in the order recorded) of the same case, agency and criterion. */
function doubleAuditPairs(grades: ReturnType<typeof gradeTuples>): [number, number][] {
  const firsts = new Map<string, { auditId: number; value: number }>();
  const pairs: [number, number][] = [];
  const paired = new Set<string>();
  for (const [auditId, caseId, agencyId, key, value, na] of grades) {
    if (na || value === null) continue;
    const unit = `${caseId}:${agencyId}:${key}`;
    const first = firsts.get(unit);
    if (!first) firsts.set(unit, { auditId, value });
    else if (first.auditId !== auditId && !paired.has(unit)) {
      pairs.push([first.value, value]);
      paired.add(unit);
    }
  }
  return pairs;
}

export function summarise(store: OpenedDatabase, eventId: number, options: { filters?: SummaryFilters; compareWith?: number } = {}): Summary {
  const db = store.db;
  const filters = options.filters ?? {};
  const event = getEvent(db, eventId);
  const fw = frameworkForEvent(db, eventId);
  const levels = fw.framework.scale.levels;
  const scaleValues = levels.map((l) => l.value).sort((a, b) => a - b);
  const goodFrom = fw.goodOrBetterFrom;
  const newTally = () => new TallyBuilder(scaleValues, goodFrom);

  const allCases = caseRowsForEvent(db, eventId);
  const cases = new Map(allCases.filter((c) => matches(c, filters)).map((c) => [c.id, c]));
  const agencyFilter = filters.agencyIds?.length ? new Set(filters.agencyIds) : null;
  const keep = (caseId: number, agencyId: number) => cases.has(caseId) && (!agencyFilter || agencyFilter.has(agencyId));

  const grades = gradeTuples(store.sqlite, eventId).filter((g) => keep(g[1], g[2]));
  const byCriterion = new TallyMap(scaleValues, goodFrom);
  const byAgencyCriterion = new TallyMap(scaleValues, goodFrom);
  const byAgency = new TallyMap(scaleValues, goodFrom);
  const byGroup = new TallyMap(scaleValues, goodFrom);
  const groupsOfCase = new Map<number, string[][]>();
  for (const c of cases.values()) groupsOfCase.set(c.id, attributes.map((a) => a.groupsOf(c)));
  const audits = new Set<number>();
  const casesAudited = new Set<number>();
  for (const [auditId, caseId, agencyId, key, value, na] of grades) {
    const notApplicable = na === 1;
    audits.add(auditId);
    casesAudited.add(caseId);
    byCriterion.get(key).add(caseId, value, notApplicable);
    byAgencyCriterion.get(`${agencyId}:${key}`).add(caseId, value, notApplicable);
    byAgency.get(String(agencyId)).add(caseId, value, notApplicable);
    groupsOfCase.get(caseId)!.forEach((groups, a) => {
      for (const g of groups) byGroup.get(`${a}:${g}`).add(caseId, value, notApplicable);
    });
  }

  const moderatedGrades = moderatedTuples(store.sqlite, eventId).filter(([caseId]) => cases.has(caseId));
  const moderatedByCriterion = new TallyMap(scaleValues, goodFrom);
  const moderatedValue = new Map<string, number>();
  for (const [caseId, key, value, na] of moderatedGrades) {
    moderatedByCriterion.get(key).add(caseId, value, na === 1);
    if (!na && value !== null) moderatedValue.set(`${caseId}:${key}`, value);
  }
  const withModeration: [number, number][] = [];
  for (const [, caseId, , key, value, na] of grades) {
    const agreed = moderatedValue.get(`${caseId}:${key}`);
    if (!na && value !== null && agreed !== undefined) withModeration.push([value, agreed]);
  }

  const overallSingle = newTally();
  for (const [caseId, agencyId, value] of overallTuples(store.sqlite, eventId)) if (keep(caseId, agencyId)) overallSingle.add(caseId, value, false);
  const overallModerated = newTally();
  for (const [caseId, value] of moderatedOverallTuples(store.sqlite, eventId)) if (cases.has(caseId)) overallModerated.add(caseId, value, false);

  const domainOf = new Map(fw.framework.domains.flatMap((d) => d.criteria.map((c) => [c.key, d.title] as const)));
  const criterionSummary = (map: TallyMap) => fw.criteria.map((c) => ({ key: c.key, title: c.title, domain: domainOf.get(c.key) ?? '', ...map.build(c.key) }));
  const small = (t: Tally) => t.cases > 0 && t.cases < SMALL_NUMBER_THRESHOLD;
  const agencies = event.agencies.filter((a) => !agencyFilter || agencyFilter.has(a.id));

  return {
    event: { id: event.id, name: event.name, frameworkKey: event.frameworkKey, frameworkName: event.frameworkName, frameworkVersion: event.frameworkVersion, auditDate: event.auditDate, classification: event.classification },
    scale: { levels: levels.map((l) => ({ value: l.value, label: l.label, colour: l.colour })), goodOrBetterFrom: goodFrom, notApplicableLabel: fw.notApplicableLabel },
    filters,
    smallNumberThreshold: SMALL_NUMBER_THRESHOLD,
    sample: { cases: cases.size, casesAudited: casesAudited.size, audits: audits.size, grades: grades.length, agencies: agencies.length },
    criteria: criterionSummary(byCriterion),
    moderated: criterionSummary(moderatedByCriterion),
    byAgency: agencies.map((a) => {
      const overall = byAgency.build(String(a.id));
      return {
        agencyId: a.id,
        agencyName: a.name,
        overall: { ...overall, small: small(overall) },
        criteria: fw.criteria.map((c) => {
          const t = byAgencyCriterion.build(`${a.id}:${c.key}`);
          return { key: c.key, ...t, small: small(t) };
        }),
      };
    }),
    byAttribute: attributes.map((attribute, a) => {
      const present = [...new Set([...cases.values()].flatMap((c) => attribute.groupsOf(c)))].sort();
      return {
        attribute: attribute.key,
        label: attribute.label,
        groups: present.map((group) => {
          const t = byGroup.build(`${a}:${group}`);
          return { group, label: attribute.labelOf(group), ...t, small: small(t) };
        }),
      };
    }),
    overall: { single: overallSingle.build(), moderated: overallModerated.build() },
    agreement: agreementOf(doubleAuditPairs(grades), scaleValues),
    agreementWithModeration: agreementOf(withModeration, scaleValues),
    comparison: options.compareWith === undefined ? null : compare(store, eventId, options.compareWith, criterionSummary(byCriterion)),
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
    criteria: current.map((c) => {
      const p = previous.get(c.key);
      const prev = { n: p?.n ?? 0, goodOrBetter: p?.goodOrBetter ?? null };
      return {
        key: c.key,
        title: c.title,
        previous: prev,
        current: { n: c.n, goodOrBetter: c.goodOrBetter },
        change: c.goodOrBetter !== null && prev.goodOrBetter !== null ? c.goodOrBetter - prev.goodOrBetter : null,
      };
    }),
  };
}
