// DfE ethnicity codes as used in the CIN census, with their labels and major groups. Exports
// write them as a code ("WBRI"), a code and label ("WBRI - White British") or a label alone.
import { fail, ok, squash, type Normalised } from './result';

export type EthnicityGroup =
  | 'White'
  | 'Mixed'
  | 'Asian or Asian British'
  | 'Black or Black British'
  | 'Chinese or other ethnic group'
  | 'Not known';

export interface Ethnicity {
  code: string;
  label: string;
  majorGroup: EthnicityGroup;
}

// [code, DfE label, group, other spellings seen in exports]
const table: [string, string, EthnicityGroup, string[]][] = [
  ['WBRI', 'White British', 'White', ['British', 'White English', 'English, Welsh, Scottish, Northern Irish or British', 'White English/Welsh/Scottish/Northern Irish/British']],
  ['WIRI', 'White Irish', 'White', ['Irish']],
  ['WIRT', 'Traveller of Irish heritage', 'White', ['Irish Traveller', 'White Irish Traveller', 'Traveller of Irish Heritage']],
  ['WOTH', 'Any other White background', 'White', ['White other', 'Other White', 'Any other White', 'White any other']],
  ['WROM', 'Gypsy/Roma', 'White', ['Gypsy Roma', 'Gypsy', 'Roma', 'Romany', 'Gypsy or Roma', 'White Gypsy/Roma']],
  ['MWBC', 'White and Black Caribbean', 'Mixed', ['Mixed White and Black Caribbean', 'Mixed White/Black Caribbean', 'White/Black Caribbean']],
  ['MWBA', 'White and Black African', 'Mixed', ['Mixed White and Black African', 'Mixed White/Black African', 'White/Black African']],
  ['MWAS', 'White and Asian', 'Mixed', ['Mixed White and Asian', 'Mixed White/Asian', 'White/Asian']],
  ['MOTH', 'Any other mixed background', 'Mixed', ['Mixed other', 'Other mixed', 'Any other mixed', 'Any other mixed/multiple background', 'Mixed any other']],
  ['AIND', 'Indian', 'Asian or Asian British', ['Asian Indian', 'British Indian']],
  ['APKN', 'Pakistani', 'Asian or Asian British', ['Asian Pakistani', 'British Pakistani']],
  ['ABAN', 'Bangladeshi', 'Asian or Asian British', ['Asian Bangladeshi', 'British Bangladeshi']],
  ['AOTH', 'Any other Asian background', 'Asian or Asian British', ['Asian other', 'Other Asian', 'Any other Asian', 'Asian any other']],
  ['BCRB', 'Caribbean', 'Black or Black British', ['Black Caribbean', 'Black British Caribbean']],
  ['BAFR', 'African', 'Black or Black British', ['Black African', 'Black British African']],
  ['BOTH', 'Any other Black background', 'Black or Black British', ['Black other', 'Other Black', 'Any other Black', 'Black any other']],
  ['CHNE', 'Chinese', 'Chinese or other ethnic group', ['Chinese or British Chinese']],
  ['OOTH', 'Any other ethnic group', 'Chinese or other ethnic group', ['Other ethnic group', 'Other', 'Any other', 'Other ethnicity']],
  ['REFU', 'Refused', 'Not known', ['Information refused', 'Declined', 'Not disclosed', 'Prefer not to say']],
  ['NOBT', 'Information not yet obtained', 'Not known', ['Not yet obtained', 'Not obtained', 'Not known', 'Unknown', 'Not recorded']],
];

export const ethnicities: readonly Ethnicity[] = table.map(([code, label, majorGroup]) => ({ code, label, majorGroup }));

const byCode = new Map(ethnicities.map((e) => [e.code, e]));
const byLabel = new Map<string, Ethnicity>();
for (const [code, label, , more] of table) for (const name of [label, ...more]) byLabel.set(squash(name), byCode.get(code)!);

// Group prefixes as exports write them: "Asian or Asian British - Indian", "Mixed: White and Asian".
const groupPrefixes: [string, EthnicityGroup][] = [
  ['mixedormultipleethnicgroups', 'Mixed'],
  ['mixedmultipleethnicgroups', 'Mixed'],
  ['mixedmultiple', 'Mixed'],
  ['mixeddualbackground', 'Mixed'],
  ['mixed', 'Mixed'],
  ['white', 'White'],
  ['asianorasianbritish', 'Asian or Asian British'],
  ['asianbritish', 'Asian or Asian British'],
  ['asian', 'Asian or Asian British'],
  ['blackafricancaribbeanorblackbritish', 'Black or Black British'],
  ['blackorblackbritish', 'Black or Black British'],
  ['blackbritish', 'Black or Black British'],
  ['black', 'Black or Black British'],
  ['chineseorotherethnicgroup', 'Chinese or other ethnic group'],
  ['otherethnicgroup', 'Chinese or other ethnic group'],
];
const otherInGroup: Record<string, string> = {
  White: 'WOTH', Mixed: 'MOTH', 'Asian or Asian British': 'AOTH', 'Black or Black British': 'BOTH', 'Chinese or other ethnic group': 'OOTH',
};

function byName(text: string): Ethnicity | undefined {
  const key = squash(text);
  if (!key) return undefined;
  const direct = byLabel.get(key);
  if (direct) return direct;
  for (const [prefix, group] of groupPrefixes) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    if (['other', 'anyother', 'otherbackground', 'anyotherbackground'].includes(rest)) return byCode.get(otherInGroup[group]!);
    const hit = byLabel.get(rest);
    // The prefix must agree: "Asian - Caribbean" is not Caribbean.
    if (hit && hit.majorGroup === group) return hit;
  }
  return undefined;
}

export function normaliseEthnicity(text: string): Normalised<Ethnicity | null> {
  const trimmed = text.trim();
  if (!trimmed) return ok(null);
  const tokens = trimmed.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  const codes = [...new Set(tokens.filter((t) => byCode.has(t)))];
  if (codes.length === 1) {
    const found = byCode.get(codes[0]!)!;
    // "WBRI - Indian" contradicts itself: refuse rather than guess which half is right.
    const rest = trimmed.replace(new RegExp(`\\b${found.code}\\b`, 'i'), '');
    const other = byName(rest);
    if (other && other.code !== found.code) {
      return fail(`"${trimmed}": the code ${found.code} (${found.label}) does not match the description "${rest.replace(/^[\s\-:–()]+|[\s\-:–()]+$/g, '')}".`);
    }
    return ok(found);
  }
  if (codes.length > 1) return fail(`"${trimmed}" holds more than one ethnicity code (${codes.join(', ')}); give one.`);
  const found = byName(trimmed);
  if (found) return ok(found);
  return fail(`"${trimmed}" is not a recognised ethnicity. Use a DfE code such as WBRI, MWBC, AIND or BAFR, or its description, e.g. "White British".`);
}
