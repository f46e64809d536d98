// Choosing the sample: the attributes a cohort can be stratified and profiled by, their values in
// a stable order, the settings of a draw and the parsing of a minimum ("ageStage=pre-birth:2").
// Pure rules shared by the core (which draws) and the renderer (which lets the user choose).
import type { CaseField } from './case-fields';
import { UserError } from './errors';
import { ageStageLabels, levelOfNeedLabels, neglectTypeLabels, sexLabels, yesNoLabels } from './labels';

export const sampleAttributes = ['levelOfNeed', 'ageStage', 'sex', 'ethnicityGroup', 'neglectType', 'disability'] as const;
export type SampleAttribute = (typeof sampleAttributes)[number];

export const sampleAttributeLabels: Record<SampleAttribute, string> = {
  levelOfNeed: 'Level of need',
  ageStage: 'Age stage',
  sex: 'Sex',
  ethnicityGroup: 'Ethnicity group',
  neglectType: 'Neglect type',
  disability: 'Disability or SEN',
};

/** The mapped case fields that give an attribute (any one of them will do). */
export const attributeSources: Record<SampleAttribute, CaseField[]> = {
  levelOfNeed: ['levelOfNeed'],
  ageStage: ['dateOfBirth', 'ageAtAudit'],
  sex: ['sex'],
  ethnicityGroup: ['ethnicity'],
  neglectType: ['neglectTypes'],
  disability: ['disability'],
};

/** The value of a case with nothing recorded for the attribute: a group of its own. */
export const NOT_RECORDED = 'not-recorded';
/** Neglect type of a case with more than one type: strata must not overlap, so it is a group of its own. */
export const SEVERAL_TYPES = 'several';
/**
 * Values kept as written (not on Scrutineer's list) that fewer than `few` cohort cases have are
 * counted together under this value: a rare free-text value could point to one child.
 */
export const RARE_OTHER = 'other-rare';

const ethnicityGroups = ['White', 'Mixed', 'Asian or Asian British', 'Black or Black British', 'Chinese or other ethnic group', 'Not known'];

/** Each attribute's values in the order screens and reports list them. */
const vocabulary: Record<SampleAttribute, Record<string, string>> = {
  levelOfNeed: levelOfNeedLabels,
  ageStage: ageStageLabels,
  sex: sexLabels,
  ethnicityGroup: Object.fromEntries(ethnicityGroups.map((g) => [g, g])),
  neglectType: { ...neglectTypeLabels, [SEVERAL_TYPES]: 'More than one type' },
  disability: yesNoLabels,
};

/** What the draw needs to know of a case (the stored attributes; neglect types as a list). */
export interface CaseAttributes {
  levelOfNeed: string | null;
  ageStage: string | null;
  sex: string | null;
  ethnicityGroup: string | null;
  neglectTypes: readonly string[];
  disability: string | null;
}

export function attributeValue(c: CaseAttributes, attribute: SampleAttribute): string {
  if (attribute === 'neglectType') {
    if (c.neglectTypes.length === 0) return NOT_RECORDED;
    return c.neglectTypes.length === 1 ? c.neglectTypes[0]! : SEVERAL_TYPES;
  }
  return c[attribute] ?? NOT_RECORDED;
}

/** On Scrutineer's list for the attribute (or one of the groups it adds), not a value kept as written. */
export function isListedValue(attribute: SampleAttribute, value: string): boolean {
  return value === NOT_RECORDED || value === RARE_OTHER || Object.hasOwn(vocabulary[attribute], value);
}

export function attributeValueLabel(attribute: SampleAttribute, value: string): string {
  if (value === NOT_RECORDED) return 'Not recorded';
  if (value === RARE_OTHER) return 'Other values (each rare)';
  return vocabulary[attribute][value] ?? value;
}

/** Vocabulary order first, then values kept as written (alphabetically, by code unit), then not recorded. */
export function compareValues(attribute: SampleAttribute, a: string, b: string): number {
  const rank = (v: string) => {
    if (v === NOT_RECORDED) return Number.MAX_SAFE_INTEGER;
    if (v === RARE_OTHER) return Number.MAX_SAFE_INTEGER - 1;
    const i = Object.keys(vocabulary[attribute]).indexOf(v);
    return i < 0 ? Number.MAX_SAFE_INTEGER - 2 : i;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export const allocations = ['proportional', 'equal'] as const;
export type Allocation = (typeof allocations)[number];

/** A minimum number of cases for the strata matching every value named (one value = a group of strata). */
export interface StratumMinimum {
  values: Partial<Record<SampleAttribute, string>>;
  count: number;
}

export const SEED_MAX = 4_294_967_295;
export const limitsOfSample = { size: 1000, reserve: 50, weeks: 520 } as const;

export interface SampleSettings {
  size: number;
  /** Empty: simple random sampling. */
  stratify: SampleAttribute[];
  allocation: Allocation;
  minimums: StratumMinimum[];
  excludePrevious: boolean;
  /** Leave out cases whose plan started less than this many weeks before the audit date. */
  excludeRecentWeeks: number | null;
  /** Reserve cases per stratum, drawn after the sample, to replace a case found unsuitable. */
  reserve: number;
  seed: number;
}

/** A seed as typed: a whole number from 0 to 4,294,967,295 (the generator's 32-bit seed). */
export function parseSeed(text: string): number {
  const trimmed = text.trim();
  const n = /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isInteger(n) || n > SEED_MAX) {
    throw new UserError(`The seed "${text}" is not a whole number from 0 to ${SEED_MAX.toLocaleString('en-GB')}.`, 'BAD_SEED');
  }
  return n;
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9+]/g, '');

/** An attribute by its code or label ("ageStage", "Age stage", "age-stage"). */
export function parseAttribute(text: string): SampleAttribute {
  const key = squash(text);
  const found = sampleAttributes.find((a) => squash(a) === key || squash(sampleAttributeLabels[a]) === key);
  if (!found) throw new UserError(`"${text.trim()}" is not an attribute to stratify by. Use: ${sampleAttributes.join(', ')}.`, 'BAD_STRATA');
  return found;
}

/** A value of an attribute by its code or label ("pre-birth", "Pre-birth", "CP" is not accepted: codes or labels only). */
export function parseAttributeValue(attribute: SampleAttribute, text: string): string {
  const key = squash(text);
  if (key === squash(NOT_RECORDED) || key === 'notrecorded') return NOT_RECORDED;
  const entries = Object.entries(vocabulary[attribute]);
  const found = entries.find(([code, label]) => squash(code) === key || squash(label) === key);
  if (!found) {
    throw new UserError(
      `"${text.trim()}" is not a value of ${sampleAttributeLabels[attribute].toLowerCase()}. Use one of: ${[...entries.map(([code]) => code), NOT_RECORDED].join(', ')}.`,
      'BAD_STRATA',
    );
  }
  return found[0];
}

/** `--min "ageStage=pre-birth:2"`, or several values for one stratum: "levelOfNeed=child-protection,ageStage=0-2:3". */
export function parseMinimum(text: string): StratumMinimum {
  const at = text.lastIndexOf(':');
  const count = at < 0 ? NaN : Number(text.slice(at + 1).trim());
  if (at < 0 || !Number.isInteger(count) || count < 1) {
    throw new UserError(`--min "${text}": write it as "attribute=value:number", e.g. "ageStage=pre-birth:2".`, 'BAD_STRATA');
  }
  const values: StratumMinimum['values'] = {};
  for (const part of text.slice(0, at).split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new UserError(`--min "${text}": "${part.trim()}" should be attribute=value, e.g. ageStage=pre-birth.`, 'BAD_STRATA');
    const attribute = parseAttribute(part.slice(0, eq));
    if (values[attribute] !== undefined) throw new UserError(`--min "${text}" names ${attribute} twice.`, 'BAD_STRATA');
    values[attribute] = parseAttributeValue(attribute, part.slice(eq + 1));
  }
  return { values, count };
}

export function describeMinimum(m: StratumMinimum): string {
  const parts = (Object.entries(m.values) as [SampleAttribute, string][]).map(([a, v]) => `${sampleAttributeLabels[a].toLowerCase()} ${attributeValueLabel(a, v)}`);
  return `at least ${m.count} with ${parts.join(' and ')}`;
}
