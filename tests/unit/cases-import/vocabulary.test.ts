// What each value field offers on the value-mapping step, how a source value is resolved (the
// user's choice first, then what it is recognised as), the cap on values listed per column, and
// ethnicity descriptions written with their group in front. Expected values come from the DfE list
// of ethnicity codes and the app's labels as the user sees them.
import { describe, expect, it } from 'vitest';
import { MAX_VALUES_SHOWN, valueColumns, valueResolver, vocabularies, vocabularyOf } from '../../../core/cases/import/values';
import { normaliseEthnicity } from '../../../core/cases/import/ethnicity';
import { isAbuseCategory, normaliseYesNo } from '../../../core/cases/import/normalise';
import { readTable } from '../../../core/cases/import/read';
import { text } from './helpers';

describe('vocabularies', () => {
  it('offers each field its values with the labels the user reads', () => {
    expect(vocabularyOf('sex', [])).toEqual([
      { value: 'male', label: 'Male' },
      { value: 'female', label: 'Female' },
      { value: 'unborn', label: 'Unborn' },
      { value: 'unknown', label: 'Unknown' },
    ]);
    expect(vocabularyOf('disability', []).map((v) => v.value)).toEqual(['yes', 'no', 'unknown']);
    expect(vocabularyOf('levelOfNeed', []).map((v) => v.label)).toEqual(['Early help', 'Child in need', 'Child protection', 'Child looked after']);
    expect(vocabularyOf('neglectTypes', []).map((v) => v.value)).toContain('supervision');
    expect(vocabularyOf('agencies', ['Police', 'School Nurse'])).toEqual([
      { value: 'Police', label: 'Police' },
      { value: 'School Nurse', label: 'School Nurse' },
    ]);
  });

  it('lists the twenty DfE ethnicity codes as description (code)', () => {
    const ethnicity = vocabularyOf('ethnicity', []);
    expect(ethnicity).toHaveLength(20);
    expect(ethnicity).toContainEqual({ value: 'WBRI', label: 'White British (WBRI)' });
    expect(ethnicity).toContainEqual({ value: 'CHNE', label: 'Chinese (CHNE)' });
    expect(ethnicity).toContainEqual({ value: 'NOBT', label: 'Information not yet obtained (NOBT)' });
  });

  it('gives every value field its vocabulary at once', () => {
    const all = vocabularies(['Police']);
    expect(Object.keys(all).sort()).toEqual(['agencies', 'disability', 'ethnicity', 'levelOfNeed', 'neglectTypes', 'sex']);
    expect(all.agencies).toEqual([{ value: 'Police', label: 'Police' }]);
    expect(all.sex).toHaveLength(4);
  });
});

describe('valueResolver', () => {
  it("takes the user's choice over what a value is recognised as", () => {
    const resolve = valueResolver([{ field: 'sex', source: 'M', choice: 'value', value: 'female' }, { field: 'sex', source: 'Q', choice: 'empty' }], []);
    expect(resolve('sex', 'M')).toEqual({ target: { choice: 'value', value: 'female' }, recognised: true });
    expect(resolve('sex', 'Q')).toEqual({ target: { choice: 'empty' }, recognised: true });
    expect(resolve('sex', 'F')).toEqual({ target: { choice: 'value', value: 'female' }, recognised: true });
    // The same answer again, from the cache.
    expect(resolve('sex', 'M')).toEqual({ target: { choice: 'value', value: 'female' }, recognised: true });
  });

  it('recognises each field, says why it cannot, and keeps unknown agencies as written', () => {
    const resolve = valueResolver([], ['Anyshire Police']);
    expect(resolve('disability', 'EHCP')).toEqual({ target: { choice: 'value', value: 'yes' }, recognised: true });
    expect(resolve('levelOfNeed', 'S20')).toEqual({ target: { choice: 'value', value: 'child-looked-after' }, recognised: true });
    expect(resolve('ethnicity', 'Chinese')).toEqual({ target: { choice: 'value', value: 'CHNE' }, recognised: true });
    expect(resolve('ethnicity', ' ')).toEqual({ target: { choice: 'empty' }, recognised: true });
    expect(resolve('neglectTypes', 'Physical neglect')).toEqual({ target: { choice: 'value', value: 'physical' }, recognised: true });
    expect(resolve('neglectTypes', 'Sexual abuse')).toEqual({ target: { choice: 'empty' }, recognised: false, note: 'a category of abuse, not a type of neglect' });
    expect(resolve('sex', 'Q')).toEqual({ error: '"Q" is not a recognised sex. Use Male, Female, Unborn or Unknown (or M, F, U).' });
    expect(resolve('agencies', 'anyshire  police')).toEqual({ target: { choice: 'value', value: 'Anyshire Police' }, recognised: true });
    expect(resolve('agencies', 'Fire Service')).toEqual({ target: { choice: 'other' }, recognised: false });
  });
});

describe('valueColumns', () => {
  it(`lists at most ${MAX_VALUES_SHOWN} distinct values a column and counts the rest; skips a mapped column the file lacks`, async () => {
    const rows = Array.from({ length: 302 }, (_, i) => `C-${i},Agency ${i}`);
    const table = await readTable(text(`Ref,Agencies\n${rows.join('\n')}\n`), 'x.csv');
    const columns = valueColumns(table, [{ column: 'Ref', field: 'reference' }, { column: 'Agencies', field: 'agencies' }, { column: 'Gone', field: 'sex' }], []);
    expect(columns).toHaveLength(1);
    expect(columns[0]).toMatchObject({ field: 'agencies', column: 'Agencies', list: true, more: 2 });
    expect(columns[0]!.values).toHaveLength(300);
    expect(columns[0]!.values[0]).toMatchObject({ source: 'Agency 0', count: 1, recognised: false, suggested: { choice: 'other' } });
  });

  it('marks a single-value column as not a list', async () => {
    const table = await readTable(text('Ref,Sex\nC-1,F\n'), 'x.csv');
    expect(valueColumns(table, [{ column: 'Sex', field: 'sex' }], [])).toMatchObject([{ field: 'sex', list: false, more: 0 }]);
  });
});

describe('ethnicity written with its group in front', () => {
  const code = (input: string) => {
    const r = normaliseEthnicity(input);
    return r.ok ? (r.value?.code ?? null) : `ERROR: ${r.message}`;
  };

  it.each([
    ['Mixed - Any other mixed background', 'MOTH'],
    ['Mixed/Multiple ethnic groups - Other', 'MOTH'],
    ['Mixed or multiple ethnic groups: any other background', 'MOTH'],
    ['Mixed dual background - White and Black African', 'MWBA'],
    ['White - other background', 'WOTH'],
    ['White - Irish', 'WIRI'],
    ['Asian British - Bangladeshi', 'ABAN'],
    ['Asian - any other', 'AOTH'],
    ['Black, African, Caribbean or Black British - Caribbean', 'BCRB'],
    ['Black British - any other background', 'BOTH'],
    ['Chinese or other ethnic group - Chinese', 'CHNE'],
    ['Other ethnic group - other', 'OOTH'],
    ['Other ethnic group - any other', 'OOTH'],
    ['Prefer not to say', 'REFU'],
    ['Not recorded', 'NOBT'],
    ['Irish Traveller', 'WIRT'],
  ])('%s → %s', (input, expected) => expect(code(input)).toBe(expected));

  it('refuses a group in front that contradicts the description, and a code that contradicts its words', () => {
    expect(code('Black - Indian')).toBe('ERROR: "Black - Indian" is not a recognised ethnicity. Use a DfE code such as WBRI, MWBC, AIND or BAFR, or its description, e.g. "White British".');
    expect(code('White - other stuff')).toMatch(/^ERROR: "White - other stuff" is not a recognised ethnicity/);
    expect(code('Other')).toBe('OOTH');
    expect(code('CHNE (Indian)')).toBe('ERROR: "CHNE (Indian)": the code CHNE (Chinese) does not match the description "Indian".');
    expect(code('AIND: Asian - Pakistani')).toBe('ERROR: "AIND: Asian - Pakistani": the code AIND (Indian) does not match the description "Asian - Pakistani".');
    expect(code('bafr – Black African')).toBe('BAFR');
    expect(code('WBRI WBRI')).toBe('WBRI');
    expect(code('WBRI / White British / wbri')).toBe('WBRI');
  });
});

describe('yes or no with a detail after it', () => {
  it.each([
    ['No - none known', 'no'],
    ['n: none', 'no'],
    ['N – not assessed', 'no'],
    ['Y (ADHD)', 'yes'],
    ['yes, autism', 'yes'],
    ['YES - EHCP', 'yes'],
  ])('%s → %s', (input, expected) => expect(normaliseYesNo(input)).toEqual({ ok: true, value: expected }));

  it.each(['Yesterday - seen', 'Nope', 'No disability assessment', 'Yes please'])('refuses %s', (input) => {
    expect(normaliseYesNo(input)).toEqual({ ok: false, message: `"${input}" is not a recognised answer. Use Yes, No or Unknown (or Y, N).` });
  });
});

describe('categories of abuse', () => {
  it('are the child protection categories other than neglect', () => {
    const abuse = ['Physical abuse', 'Emotional Abuse', 'sexual abuse', 'Multiple', 'Multiple categories'];
    const notAbuse = ['Physical', 'Neglect', 'Emotional neglect', 'Abuse', 'Financial abuse', 'Multiple neglect'];
    expect(abuse.map(isAbuseCategory)).toEqual(abuse.map(() => true));
    expect(notAbuse.map(isAbuseCategory)).toEqual(notAbuse.map(() => false));
  });
});
