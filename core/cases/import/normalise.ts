// One cell's text to one attribute value, or a message saying what is accepted. Pure: no I/O,
// no clock except ageStage's default audit date.
import { fail, lookup, ok, squash, type Normalised } from './result';

export type { Normalised } from './result';
export { splitList } from '../../../model/value-mapping';
export { parseDate } from './dates';
export { ageStage, parseAge, ageStages, type AgeStage } from './age';
export { normaliseEthnicity, ethnicities, type Ethnicity, type EthnicityGroup } from './ethnicity';

export type Sex = 'male' | 'female' | 'unborn' | 'unknown';
export type YesNo = 'yes' | 'no' | 'unknown';
export const levelsOfNeed = ['early-help', 'child-in-need', 'child-protection', 'child-looked-after'] as const;
export type LevelOfNeed = (typeof levelsOfNeed)[number];
export const neglectTypes = ['emotional', 'nutritional', 'physical', 'medical', 'educational', 'supervision', 'prenatal', 'affluent', 'unspecified'] as const;
export type NeglectType = (typeof neglectTypes)[number];

function pick<T>(table: Map<string, T>, text: string, what: string, accepted: string): Normalised<T | null> {
  const trimmed = text.trim();
  if (!trimmed) return ok(null);
  const value = table.get(squash(trimmed));
  return value === undefined ? fail(`"${trimmed}" is not a recognised ${what}. ${accepted}`) : ok(value);
}

// 1 and 2 (and 0, 9 for not known / not stated) are the CIN census gender codes.
const sexes = lookup<Sex>([
  ['male', ['M', 'Male', 'Boy', '1']],
  ['female', ['F', 'Female', 'Girl', '2']],
  ['unborn', ['Unborn', 'U', 'Pre-birth', 'Prebirth', 'Unborn child']],
  ['unknown', ['Unknown', 'Not known', 'Not stated', 'Indeterminate', 'Not recorded', '0', '9']],
]);
export function normaliseSex(text: string): Normalised<Sex | null> {
  return pick(sexes, text, 'sex', 'Use Male, Female, Unborn or Unknown (or M, F, U).');
}

// SEN provision codes K (SEN support) and E (EHC plan) are not accepted: single letters are too
// easy to misread; "SEN support" and "EHCP" are.
const yesNo = lookup<YesNo>([
  ['yes', ['Y', 'Yes', 'True', '1', 'SEN support', 'EHCP', 'EHC plan', 'Statement']],
  ['no', ['N', 'No', 'False', '0', 'None', 'No disability', 'Not disabled']],
  ['unknown', ['Unknown', 'Not known', 'Not recorded', 'Not stated']],
]);
/** Yes/no/unknown; "Yes - autism" counts as yes (the detail is not kept). */
export function normaliseYesNo(text: string): Normalised<YesNo | null> {
  const direct = pick(yesNo, text, 'answer', 'Use Yes, No or Unknown (or Y, N).');
  if (direct.ok) return direct;
  const lead = /^(yes|no|y|n)\b\s*[-:(,–]/i.exec(text.trim());
  return lead ? ok(lead[1]!.toLowerCase().startsWith('y') ? 'yes' : 'no') : direct;
}

// Legal statuses of looked-after children (section 20, care orders) are levels of need too.
const levels = lookup<LevelOfNeed>([
  ['early-help', ['EH', 'Early Help', 'Early help assessment', 'EHA', 'TAF', 'Team around the family']],
  ['child-in-need', ['CIN', 'Child in Need', 'CIN plan', 'Child in need plan', 'Section 17', 'S17']],
  ['child-protection', ['CP', 'Child Protection', 'CPP', 'Child protection plan', 'CP plan', 'Subject to CP plan', 'Subject to a child protection plan']],
  ['child-looked-after', [
    'CLA', 'LAC', 'Looked After', 'Child Looked After', 'Looked after child', 'Child in care', 'In care', 'CiC',
    'Section 20', 'S20', 'Care order', 'Interim care order', 'ICO', 'Full care order', 'Section 31', 'S31', 'Placement order',
  ]],
]);
export function normaliseLevelOfNeed(text: string): Normalised<LevelOfNeed | null> {
  return pick(levels, text, 'level of need', 'Use Early Help, Child in Need, Child Protection or Child Looked After (or EH, CIN, CP, CLA).');
}

// Horwath's types plus prenatal and affluent; "Neglect" alone (a child protection category) is
// neglect of no stated type. The word "neglect" after a type is ignored: "Physical neglect".
const neglect = lookup<NeglectType>([
  ['emotional', ['Emotional']],
  ['nutritional', ['Nutritional', 'Nutrition']],
  ['physical', ['Physical', 'Physical care']],
  ['medical', ['Medical', 'Medical/dental', 'Medical and dental', 'Dental', 'Health']],
  ['educational', ['Educational', 'Education']],
  ['supervision', ['Supervision', 'Lack of supervision', 'Supervision and guidance', 'Lack of supervision and guidance']],
  ['prenatal', ['Prenatal', 'Pre-natal', 'Pre-birth', 'Antenatal']],
  ['affluent', ['Affluent']],
  ['unspecified', ['']],
]);
const abuseCategories = /^(physical|emotional|sexual)abuse$|^multiple(categories)?$/;

export function normaliseNeglectType(text: string): Normalised<NeglectType> {
  const trimmed = text.trim();
  const key = squash(trimmed).replace(/neglect$/, '');
  const value = trimmed ? neglect.get(key) : undefined;
  if (value !== undefined) return ok(value);
  const hint = abuseCategories.test(squash(trimmed)) ? `"${trimmed}" is a category of abuse, not a type of neglect. ` : `"${trimmed}" is not a recognised type of neglect. `;
  return fail(`${hint}Use Emotional, Nutritional, Physical, Medical/dental, Educational, Supervision, Prenatal, Affluent, or Neglect when no type is given.`);
}

/** True for child protection categories that are not neglect (e.g. "Emotional abuse"). */
export function isAbuseCategory(text: string): boolean {
  return abuseCategories.test(squash(text));
}
