// Transport types for choosing the sample (core/contract/sample.ts): plain data only.
import type { Allocation, SampleAttribute, StratumMinimum } from '../../model/sample';
import type { Mapping } from '../../model/case-fields';
import type { ValueColumn, ValueMapping } from '../../model/value-mapping';
import type { Disclosed } from './types';

/** One count of the profile table as it may be shown: withheld counts carry no number. */
export type DisclosedCount = Disclosed<{ count: number; percent: number }>;

export interface ProfileRow {
  value: string;
  label: string;
  sample: DisclosedCount;
  cohort: DisclosedCount;
}

export interface FitTest {
  statistic: number;
  degreesOfFreedom: number;
  pValue: number;
  /** Values whose expected count is below 5: the test means little when there are any. */
  smallExpected: number;
  values: number;
}

export interface AttributeProfile {
  attribute: SampleAttribute;
  label: string;
  /** The sample was stratified by this attribute, so it follows the cohort by design. */
  stratified: boolean;
  sampleTotal: number;
  cohortTotal: number;
  rows: ProfileRow[];
  test: FitTest | null;
  /** The test in plain words. */
  reading: string;
}

export interface SampleProfile {
  smallNumberThreshold: number;
  suppressSmallNumbers: boolean;
  attributes: AttributeProfile[];
}

export interface SampleStratum {
  key: string;
  label: string;
  eligible: number;
  allocated: number;
  reserves: number;
  /** Reserves not yet used for a replacement. */
  reservesLeft: number;
}

export interface SampledCase {
  reference: string;
  stratum: string;
  stratumLabel: string;
  /** Place in its stratum's draw order (for a reserve that replaced a case, its place among the reserves). */
  position: number;
  fromReserve: boolean;
}

export interface SampleReplacement {
  at: string;
  actor: string;
  stratumLabel: string;
  replaced: string;
  replacement: string;
  reason: string;
}

export interface SampleDrawView {
  eventId: number;
  /** True for a preview: nothing was stored. */
  dryRun: boolean;
  drawnAt: string | null;
  drawnBy: string | null;
  seed: number;
  size: number;
  stratify: SampleAttribute[];
  allocation: Allocation;
  minimums: StratumMinimum[];
  excludePrevious: boolean;
  excludeRecentWeeks: number | null;
  excludeList: { fileName: string; sha256: string; references: number } | null;
  reserve: number;
  /** The date ages and the recent-plan rule were measured at. */
  measuredOn: string;
  cohort: { fileName: string; sha256: string; rows: number; eligible: number; excluded: { previous: number; list: number; recentPlan: number } };
  /** The generator and selection method, named. */
  method: string;
  mapping: Mapping;
  /** The value choices that differ from what each value is recognised as. */
  values: ValueMapping;
  strata: SampleStratum[];
  cases: SampledCase[];
  replacements: SampleReplacement[];
  profile: SampleProfile;
}

/** The cohort file's columns, for the mapping step. */
export interface CohortPreview {
  fileName: string;
  rows: number;
  headers: string[];
  /** The first rows as read, to recognise the columns by. Never stored. */
  sample: string[][];
  suggested: Mapping;
  /** Always null: a cohort has no remembered mapping (the shape the mapping table shares with the case import). */
  remembered: null;
  mapping: Mapping;
  mappingProblems: string[];
  /** The value-mapping step: each mapped column with a vocabulary, its distinct values and suggestions. */
  values: ValueColumn[];
  /** The attributes the mapping gives, to stratify and profile by. */
  attributes: SampleAttribute[];
}
