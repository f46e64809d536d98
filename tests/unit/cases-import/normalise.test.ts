import { describe, expect, it } from 'vitest';
import {
  ethnicities,
  normaliseEthnicity,
  normaliseLevelOfNeed,
  normaliseNeglectType,
  normaliseSex,
  normaliseYesNo,
  parseAge,
  parseDate,
  splitList,
} from '../../../core/cases/import/normalise';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T | string => (r.ok ? r.value : `ERROR: ${r.message}`);

describe('normaliseSex', () => {
  it.each([
    ['M', 'male'], ['male', 'male'], [' Boy ', 'male'], ['1', 'male'],
    ['F', 'female'], ['FEMALE', 'female'], ['Girl', 'female'], ['2', 'female'],
    ['Unborn', 'unborn'], ['U', 'unborn'], ['Pre-birth', 'unborn'], ['pre birth', 'unborn'],
    ['Unknown', 'unknown'], ['Not known', 'unknown'], ['Not stated', 'unknown'], ['Indeterminate', 'unknown'],
    ['', null], ['   ', null],
  ])('%s → %s', (input, expected) => expect(value(normaliseSex(input))).toBe(expected));

  it('lists what is accepted', () => {
    expect(normaliseSex('X')).toEqual({ ok: false, message: '"X" is not a recognised sex. Use Male, Female, Unborn or Unknown (or M, F, U).' });
  });
});

describe('normaliseEthnicity', () => {
  // The DfE's ethnicity codes (Common Basic Data Set main codes, as the CIN census collects them),
  // written out here from the DfE list rather than from core's table: code, DfE description and
  // the DfE's main category.
  const dfeCodes: [string, string, string][] = [
    ['WBRI', 'White - British', 'White'],
    ['WIRI', 'White - Irish', 'White'],
    ['WIRT', 'Traveller of Irish Heritage', 'White'],
    ['WOTH', 'Any Other White Background', 'White'],
    ['WROM', 'Gypsy/Roma', 'White'],
    ['MWBC', 'White and Black Caribbean', 'Mixed / Dual Background'],
    ['MWBA', 'White and Black African', 'Mixed / Dual Background'],
    ['MWAS', 'White and Asian', 'Mixed / Dual Background'],
    ['MOTH', 'Any Other Mixed Background', 'Mixed / Dual Background'],
    ['AIND', 'Indian', 'Asian or Asian British'],
    ['APKN', 'Pakistani', 'Asian or Asian British'],
    ['ABAN', 'Bangladeshi', 'Asian or Asian British'],
    ['AOTH', 'Any Other Asian Background', 'Asian or Asian British'],
    ['BCRB', 'Black Caribbean', 'Black or Black British'],
    ['BAFR', 'Black - African', 'Black or Black British'],
    ['BOTH', 'Any Other Black Background', 'Black or Black British'],
    ['CHNE', 'Chinese', 'Chinese'],
    ['OOTH', 'Any Other Ethnic Group', 'Any Other Ethnic Group'],
    ['REFU', 'Refused', 'Unclassified'],
    ['NOBT', 'Information Not Yet Obtained', 'Unclassified'],
  ];
  // The app reports the DfE's main categories under these names: Chinese with any other ethnic
  // group (the "Chinese or other ethnic group" of the DfE's published CIN tables), refused and not
  // yet obtained as "Not known". Chinese is not an Asian or Asian British code in the DfE list.
  const reportedAs: Record<string, string> = {
    White: 'White',
    'Mixed / Dual Background': 'Mixed',
    'Asian or Asian British': 'Asian or Asian British',
    'Black or Black British': 'Black or Black British',
    Chinese: 'Chinese or other ethnic group',
    'Any Other Ethnic Group': 'Chinese or other ethnic group',
    Unclassified: 'Not known',
  };

  it('knows exactly the twenty DfE codes', () => {
    expect(ethnicities.map((e) => e.code).toSorted()).toEqual(dfeCodes.map(([code]) => code).toSorted());
  });

  it.each(dfeCodes)('%s (%s) is in its DfE group (%s), by code, description or both', (code, description, category) => {
    const expected = { code, majorGroup: reportedAs[category] };
    expect(value(normaliseEthnicity(code))).toMatchObject(expected);
    expect(value(normaliseEthnicity(description))).toMatchObject(expected);
    expect(value(normaliseEthnicity(`${code} - ${description}`))).toMatchObject(expected);
  });

  it.each([
    ['WBRI', 'WBRI'], ['wbri', 'WBRI'], ['WBRI - White British', 'WBRI'], ['WBRI: White British', 'WBRI'], ['White British (WBRI)', 'WBRI'],
    ['White British', 'WBRI'], ['White - British', 'WBRI'], ['white british', 'WBRI'], ['White - English/Welsh/Scottish/Northern Irish/British', 'WBRI'],
    ['Mixed - White and Black Caribbean', 'MWBC'], ['Mixed: White & Asian', 'MWAS'], ['White and Black African', 'MWBA'],
    ['Asian or Asian British - Indian', 'AIND'], ['Asian - Pakistani', 'APKN'], ['Asian or Asian British - Any other Asian background', 'AOTH'], ['Asian - Other', 'AOTH'],
    ['Black or Black British - African', 'BAFR'], ['Black African', 'BAFR'], ['Black Caribbean', 'BCRB'], ['Black - other', 'BOTH'],
    ['Gypsy/Roma', 'WROM'], ['Traveller of Irish Heritage', 'WIRT'], ['White - Any other White background', 'WOTH'],
    ['Chinese', 'CHNE'], ['Any other ethnic group', 'OOTH'], ['Refused', 'REFU'], ['Not known', 'NOBT'], ['Information not yet obtained', 'NOBT'],
  ])('%s → %s', (input, code) => {
    const r = normaliseEthnicity(input);
    expect(r.ok && r.value?.code).toBe(code);
  });

  it('gives label and major group', () => {
    expect(value(normaliseEthnicity('abAN'))).toEqual({ code: 'ABAN', label: 'Bangladeshi', majorGroup: 'Asian or Asian British' });
    expect(value(normaliseEthnicity('MOTH'))).toMatchObject({ majorGroup: 'Mixed' });
    expect(value(normaliseEthnicity('BCRB'))).toMatchObject({ majorGroup: 'Black or Black British' });
    expect(value(normaliseEthnicity('OOTH'))).toMatchObject({ majorGroup: 'Chinese or other ethnic group' });
    expect(value(normaliseEthnicity('REFU'))).toMatchObject({ majorGroup: 'Not known' });
  });

  it('blank is null', () => expect(value(normaliseEthnicity('  '))).toBeNull());

  it.each([
    ['Martian', /"Martian" is not a recognised ethnicity/],
    ['WBRI - Indian', /the code WBRI \(White British\) does not match the description "Indian"/],
    ['WBRI/AIND', /more than one ethnicity code/],
    ['Asian - Caribbean', /not a recognised ethnicity/],
    ['XXXX', /not a recognised ethnicity/],
  ])('refuses %s', (input, message) => {
    const r = normaliseEthnicity(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('normaliseYesNo', () => {
  it.each([
    ['Y', 'yes'], ['yes', 'yes'], ['TRUE', 'yes'], ['1', 'yes'], ['EHCP', 'yes'], ['Yes - autism', 'yes'],
    ['N', 'no'], ['No', 'no'], ['false', 'no'], ['0', 'no'], ['None', 'no'],
    ['Unknown', 'unknown'], ['Not known', 'unknown'],
    ['', null],
  ])('%s → %s', (input, expected) => expect(value(normaliseYesNo(input))).toBe(expected));
  it('refuses other text', () => expect(value(normaliseYesNo('Maybe'))).toBe('ERROR: "Maybe" is not a recognised answer. Use Yes, No or Unknown (or Y, N).'));
});

describe('normaliseLevelOfNeed', () => {
  it.each([
    ['CP', 'child-protection'], ['Child Protection', 'child-protection'], ['CPP', 'child-protection'], ['Child protection plan', 'child-protection'], ['CP Plan', 'child-protection'],
    ['CIN', 'child-in-need'], ['Child in Need', 'child-in-need'], ['child-in-need', 'child-in-need'],
    ['CLA', 'child-looked-after'], ['LAC', 'child-looked-after'], ['Looked After', 'child-looked-after'], ['Child Looked After', 'child-looked-after'], ['Looked after child', 'child-looked-after'], ['S20', 'child-looked-after'],
    ['EH', 'early-help'], ['Early Help', 'early-help'],
    ['', null],
  ])('%s → %s', (input, expected) => expect(value(normaliseLevelOfNeed(input))).toBe(expected));
  it('refuses other text', () => expect(value(normaliseLevelOfNeed('Level 9'))).toMatch(/^ERROR: "Level 9" is not a recognised level of need\. Use Early Help, Child in Need, Child Protection or Child Looked After/));
});

describe('splitList', () => {
  it.each([
    ['a; b, c | d', ['a', 'b', 'c', 'd']],
    [' Domestic abuse ;; , Poverty ', ['Domestic abuse', 'Poverty']],
    ['Health; health; HEALTH; Police', ['Health', 'Police']],
    ['Line\none\r\ntwo', ['Line', 'one', 'two']],
    ['Parental   mental  health', ['Parental mental health']],
    ['', []],
    [' ; , ', []],
  ])('%j', (input, expected) => expect(splitList(input)).toEqual(expected));
});

describe('normaliseNeglectType', () => {
  it.each([
    ['Emotional', 'emotional'], ['emotional neglect', 'emotional'], ['Nutritional', 'nutritional'], ['Physical', 'physical'], ['Physical Neglect', 'physical'],
    ['Medical', 'medical'], ['Medical/dental', 'medical'], ['Medical & dental', 'medical'], ['Dental', 'medical'], ['Health', 'medical'],
    ['Educational', 'educational'], ['Education', 'educational'],
    ['Lack of supervision and guidance', 'supervision'], ['Supervision and guidance', 'supervision'], ['Supervision', 'supervision'],
    ['Prenatal', 'prenatal'], ['Pre-natal', 'prenatal'], ['Pre-birth', 'prenatal'], ['Affluent', 'affluent'],
    ['Neglect', 'unspecified'], ['NEGLECT', 'unspecified'],
  ])('%s → %s', (input, expected) => expect(value(normaliseNeglectType(input))).toBe(expected));
  it('refuses other text, and says when it is a category of abuse', () => {
    expect(value(normaliseNeglectType('Spiritual'))).toMatch(/^ERROR: "Spiritual" is not a recognised type of neglect\. Use Emotional, Nutritional/);
    expect(value(normaliseNeglectType('Sexual abuse'))).toMatch(/^ERROR: "Sexual abuse" is a category of abuse, not a type of neglect/);
    expect(value(normaliseNeglectType(''))).toMatch(/^ERROR/);
  });
});

describe('parseDate', () => {
  it.each([
    ['31/01/2020', '2020-01-31'], ['1/2/2020', '2020-02-01'], ['01-02-2020', '2020-02-01'], ['01.02.2020', '2020-02-01'],
    ['29/02/2020', '2020-02-29'], ['31/12/1999', '1999-12-31'], ['31/01/2020 00:00', '2020-01-31'], ['31/01/2020 14:05:09', '2020-01-31'],
    ['2020-01-31', '2020-01-31'], ['2020-1-5', '2020-01-05'], ['2020/01/31', '2020-01-31'], ['2020-01-31T23:59:59Z', '2020-01-31'],
    ['2020-01-31T10:00:00.000+01:00', '2020-01-31'], ['2020-01-31 10:00', '2020-01-31'],
    ['1 Jan 2020', '2020-01-01'], ['01-Jan-2020', '2020-01-01'], ['1 January 2020', '2020-01-01'], ['3rd Sept 2021', '2021-09-03'],
    ['20200131', '2020-01-31'],
    ['44927', '2023-01-01'], ['45293', '2024-01-02'], ['42077', '2015-03-14'], ['44927.75', '2023-01-01'], ['1000', '1902-09-26'],
    [44927, '2023-01-01'], [43890, '2020-02-29'],
    ['', null], ['  ', null],
  ] as [string | number, string | null][])('%j → %s', (input, expected) => expect(value(parseDate(input))).toBe(expected));

  it.each([
    ['31/02/2020', '"31/02/2020" is not a real date.'],
    ['29/02/2021', '"29/02/2021" is not a real date.'],
    ['12/31/2020', '"12/31/2020" looks like a US-style date (month first). Write dates as day/month/year, e.g. 31/12/2020.'],
    ['13/13/2020', '"13/13/2020" is not a date: there is no month 13.'],
    ['31/01/20', '"31/01/20": write the year in full (e.g. 31/01/2020); two-digit years are ambiguous.'],
    ['1 Jan 20', '"1 Jan 20": write the year in full; two-digit years are ambiguous.'],
    ['2020-02-30', '"2020-02-30" is not a real date.'],
    ['01/01/1850', '"01/01/1850": the year 1850 is not plausible.'],
    ['1 Smarch 2020', '"1 Smarch 2020" is not a date: "Smarch" is not a month.'],
    ['7', '"7" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
    ['999', '"999" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
    ['80001', '"80001" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
    ['soon', '"soon" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
    ['#N/A', '"#N/A" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
  ])('refuses %s', (input, message) => expect(parseDate(input)).toEqual({ ok: false, message }));
});

describe('parseAge', () => {
  it.each([
    ['0', 0], ['7', 7], ['25', 25], ['3 years', 3], ['1 year', 1], ['12 yrs', 12], ['4 years old', 4], ['18 months', 1], ['7.0', 7], [9, 9], ['', null],
  ] as [string | number, number | null][])('%j → %s', (input, expected) => expect(value(parseAge(input))).toBe(expected));
  it.each(['26', '-1', '3.5', 'three', '2020'])('refuses %s', (input) => {
    expect(parseAge(input)).toEqual({ ok: false, message: `"${input}" is not an age. Give a whole number of years from 0 to 25, e.g. 7.` });
  });
});
