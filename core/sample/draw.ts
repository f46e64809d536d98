// A draw from a cohort that is already read and checked: exclusions, strata, allocation, then the
// random choice within each stratum. Pure and in memory: the caller stores only what it returns
// for the chosen cases (sample and reserves) and the cohort's counts per attribute value.
//
// Reproducible: cases are put in order of reference (by character code, so the file's row order
// and the machine's language do not matter), strata in the order of the attributes given and of
// each attribute's values (model/sample compareValues). One generator from the seed draws each
// stratum's sample in that order, then each stratum's reserves as the next steps of its shuffle,
// so the sample is the same whatever the number of reserves.
import { UserError } from '../../model/errors';
import { fieldLabels } from '../../model/case-fields';
import {
  attributeSources,
  attributeValue,
  attributeValueLabel,
  compareValues,
  isListedValue,
  RARE_OTHER,
  sampleAttributeLabels,
  type SampleAttribute,
  type SampleSettings,
} from '../../model/sample';
import type { CaseRecord } from '../contract/types';
import { SMALL_NUMBER_THRESHOLD } from '../disclosure/suppression';
import { allocate, type GroupMinimum } from './allocate';
import { PartialShuffle, seededRandom } from './select';

export interface Exclusions {
  /** References (upper case) of cases in the samples of other events in this database. */
  previous: ReadonlySet<string>;
  /** References (upper case) from the list file. */
  list: ReadonlySet<string>;
  /** Cases whose plan started after this date (YYYY-MM-DD) are left out; null: no such rule. */
  planStartedAfter: string | null;
}

export interface StratumPlan {
  key: string;
  values: Partial<Record<SampleAttribute, string>>;
  label: string;
  eligible: number;
  allocated: number;
  reserves: number;
}

export interface Drawn {
  record: CaseRecord;
  stratum: string;
  /** 1 = drawn first in its stratum. */
  position: number;
}

export interface CohortCount {
  attribute: SampleAttribute;
  value: string;
  count: number;
}

export interface DrawOutcome {
  strata: StratumPlan[];
  sample: Drawn[];
  reserves: Drawn[];
  eligible: number;
  excluded: { previous: number; list: number; recentPlan: number };
  /** Every attribute the cohort's mapping gives, counted over the whole cohort. */
  cohortProfile: CohortCount[];
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function availableAttributes(mappedFields: readonly string[]): SampleAttribute[] {
  return (Object.keys(attributeSources) as SampleAttribute[]).filter((a) => attributeSources[a].some((f) => mappedFields.includes(f)));
}

function checkSettings(settings: SampleSettings, available: readonly SampleAttribute[]): void {
  for (const attribute of settings.stratify) {
    if (!available.includes(attribute)) {
      const sources = attributeSources[attribute].map((f) => fieldLabels[f]).join(' or ');
      throw new UserError(`Cannot stratify by ${sampleAttributeLabels[attribute].toLowerCase()}: no column of the cohort file is mapped to ${sources}.`, 'BAD_STRATA');
    }
  }
  if (new Set(settings.stratify).size !== settings.stratify.length) throw new UserError('An attribute is named twice in the strata.', 'BAD_STRATA');
  for (const m of settings.minimums) {
    for (const attribute of Object.keys(m.values) as SampleAttribute[]) {
      if (!settings.stratify.includes(attribute)) {
        throw new UserError(`A minimum for ${sampleAttributeLabels[attribute].toLowerCase()} needs the sample stratified by it: add ${attribute} to the strata.`, 'BAD_STRATA');
      }
    }
  }
}

type Rare = ReadonlyMap<SampleAttribute, ReadonlySet<string>>;

/** Per attribute, the values kept as written that fewer than RARE_BELOW cohort cases have. */
function rareValues(cases: readonly CaseRecord[], attributes: readonly SampleAttribute[]): Rare {
  const rare = new Map<SampleAttribute, Set<string>>();
  for (const attribute of attributes) {
    const counts = new Map<string, number>();
    for (const c of cases) {
      const value = attributeValue(c, attribute);
      if (!isListedValue(attribute, value)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    rare.set(attribute, new Set([...counts].filter(([, n]) => n < RARE_BELOW).map(([v]) => v)));
  }
  return rare;
}

/** A case's value of an attribute as counted and stratified: a rare value kept as written is one of RARE_OTHER. */
function groupedValue(record: CaseRecord, attribute: SampleAttribute, rare: Rare): string {
  const value = attributeValue(record, attribute);
  return rare.get(attribute)?.has(value) ? RARE_OTHER : value;
}

function stratumOf(record: CaseRecord, stratify: readonly SampleAttribute[], rare: Rare): Record<string, string> {
  const values: Record<string, string> = {};
  for (const attribute of stratify) values[attribute] = groupedValue(record, attribute, rare);
  return values;
}

function keyOf(values: Record<string, string>, stratify: readonly SampleAttribute[]): string {
  return stratify.length === 0 ? 'all' : stratify.map((a) => `${a}=${values[a]}`).join('|');
}

function labelOf(values: Partial<Record<SampleAttribute, string>>, stratify: readonly SampleAttribute[]): string {
  return stratify.length === 0 ? 'All cases' : stratify.map((a) => attributeValueLabel(a, values[a]!)).join(', ');
}

/** Values kept as written that fewer cohort cases than this have are counted together (RARE_OTHER). */
export const RARE_BELOW = SMALL_NUMBER_THRESHOLD;

// What is stored of the cohort names no value so rare that it could point to a child.
function countProfile(cases: readonly CaseRecord[], available: readonly SampleAttribute[], rare: Rare): CohortCount[] {
  const profile: CohortCount[] = [];
  for (const attribute of available) {
    const counts = new Map<string, number>();
    for (const c of cases) {
      const value = groupedValue(c, attribute, rare);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const values = [...counts.keys()].sort((a, b) => compareValues(attribute, a, b));
    for (const value of values) profile.push({ attribute, value, count: counts.get(value)! });
  }
  return profile;
}

export function drawSample(cohort: readonly CaseRecord[], available: readonly SampleAttribute[], settings: SampleSettings, exclusions: Exclusions): DrawOutcome {
  checkSettings(settings, available);
  const rare = rareValues(cohort, available);
  const excluded = { previous: 0, list: 0, recentPlan: 0 };
  const eligible: CaseRecord[] = [];
  for (const c of cohort) {
    const key = c.reference.toUpperCase();
    if (exclusions.previous.has(key)) excluded.previous++;
    else if (exclusions.list.has(key)) excluded.list++;
    else if (exclusions.planStartedAfter !== null && c.planStartDate !== null && c.planStartDate > exclusions.planStartedAfter) excluded.recentPlan++;
    else eligible.push(c);
  }
  if (settings.size > eligible.length) {
    const left = cohort.length - eligible.length;
    throw new UserError(
      `The cohort has ${cohort.length} case${cohort.length === 1 ? '' : 's'}${left > 0 ? ` (${eligible.length} after leaving out ${left})` : ''}: fewer than the sample size of ${settings.size}.`,
      'COHORT_TOO_SMALL',
    );
  }
  eligible.sort((a, b) => byCodeUnits(a.reference, b.reference));

  const groups = new Map<string, { values: Record<string, string>; cases: CaseRecord[] }>();
  for (const c of eligible) {
    const values = stratumOf(c, settings.stratify, rare);
    const key = keyOf(values, settings.stratify);
    const group = groups.get(key) ?? { values, cases: [] };
    group.cases.push(c);
    groups.set(key, group);
  }
  const strata = [...groups.entries()].sort(([, a], [, b]) => {
    for (const attribute of settings.stratify) {
      const order = compareValues(attribute, a.values[attribute]!, b.values[attribute]!);
      if (order !== 0) return order;
    }
    return 0;
  });

  const minimums: GroupMinimum[] = settings.minimums.map((m) => ({
    count: m.count,
    label: (Object.entries(m.values) as [SampleAttribute, string][]).map(([a, v]) => `${a}=${v}`).join(',') + `:${m.count}`,
    strata: strata.flatMap(([, s], i) => ((Object.entries(m.values) as [SampleAttribute, string][]).every(([a, v]) => s.values[a] === v) ? [i] : [])),
  }));
  const sizes = strata.map(([, s]) => ({ size: s.cases.length, weight: settings.allocation === 'equal' ? 1 : s.cases.length }));
  const seats = allocate(settings.size, sizes, minimums);

  // The sample first, stratum by stratum; then each stratum's reserves, as the next steps of its
  // shuffle. So the sample does not depend on how many reserves are asked for.
  const random = seededRandom(settings.seed);
  const shuffles = strata.map(([, s]) => new PartialShuffle(s.cases, random));
  const sample: Drawn[] = strata.flatMap(([key], i) => shuffles[i]!.take(seats[i]!).map((record, at) => ({ record, stratum: key, position: at + 1 })));
  // Reserves only where cases were drawn: they replace a case of their own stratum.
  const reserves: Drawn[] = strata.flatMap(([key], i) =>
    seats[i]! > 0 ? shuffles[i]!.take(settings.reserve).map((record, at) => ({ record, stratum: key, position: seats[i]! + at + 1 })) : [],
  );
  const plans: StratumPlan[] = strata.map(([key, s], i) => ({
    key,
    values: s.values,
    label: labelOf(s.values, settings.stratify),
    eligible: s.cases.length,
    allocated: seats[i]!,
    reserves: reserves.filter((r) => r.stratum === key).length,
  }));
  return { strata: plans, sample, reserves, eligible: eligible.length, excluded, cohortProfile: countProfile(cohort, available, rare) };
}
