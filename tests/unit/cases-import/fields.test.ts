import { describe, expect, it } from 'vitest';
import { caseFields, fieldLabels, parseMapArgs, suggestMapping, validateMapping } from '../../../model/case-fields';

const fieldOf = (headers: string[]) => Object.fromEntries(suggestMapping(headers).map((m) => [m.column, m.field]));

describe('suggestMapping', () => {
  it('maps a typical child protection export and leaves identifying columns out', () => {
    const headers = ['Child ID', 'Child Name', 'DOB', 'Gender', 'Ethnicity', 'Legal Status', 'Category of Plan', 'Disability', 'Vulnerabilities', 'Agencies Involved', 'Plan Start', 'Social Worker', 'Team', 'Address'];
    expect(fieldOf(headers)).toEqual({
      'Child ID': 'reference',
      DOB: 'dateOfBirth',
      Gender: 'sex',
      Ethnicity: 'ethnicity',
      'Legal Status': 'levelOfNeed',
      'Category of Plan': 'neglectTypes',
      Disability: 'disability',
      Vulnerabilities: 'vulnerabilities',
      'Agencies Involved': 'agencies',
      'Plan Start': 'planStartDate',
    });
  });

  it.each([
    ['Child ID', 'reference'], ['Case Ref', 'reference'], ['Reference', 'reference'], ['Case reference', 'reference'], ['LCS ID', 'reference'], ['Person ID', 'reference'],
    ['DOB', 'dateOfBirth'], ['D.O.B.', 'dateOfBirth'], ['Date of Birth', 'dateOfBirth'], ['date_of_birth', 'dateOfBirth'], ['Birth date', 'dateOfBirth'],
    ['Age', 'ageAtAudit'], ['Gender', 'sex'], ['SEX', 'sex'],
    ['Ethnicity', 'ethnicity'], ['Ethnic Origin', 'ethnicity'], ['Ethnic group', 'ethnicity'],
    ['Disability', 'disability'], ['SEN', 'disability'], ['SEND', 'disability'], ['Disability/SEN', 'disability'],
    ['Legal Status', 'levelOfNeed'], ['Level of need', 'levelOfNeed'], ['Category', 'levelOfNeed'], ['Status', 'levelOfNeed'], ['Plan type', 'levelOfNeed'],
    ['Category of Plan', 'neglectTypes'], ['Category of abuse', 'neglectTypes'], ['Neglect type(s)', 'neglectTypes'],
    ['Vulnerabilities', 'vulnerabilities'], ['Risk factors', 'vulnerabilities'],
    ['Agencies', 'agencies'], ['Agencies involved', 'agencies'],
    ['Plan start', 'planStartDate'], ['Plan start date', 'planStartDate'], ['CP start date', 'planStartDate'],
    ['Notes', 'notes'], ['Comments', 'notes'], ['  Notes  ', 'notes'],
  ])('%s → %s', (header, field) => {
    expect(suggestMapping([header])).toEqual([{ column: header, field }]);
  });

  it.each(['Social Worker', 'Team', 'Address', 'Child Name', 'Postcode', 'NHS Number', ''])('does not map "%s"', (header) => {
    expect(suggestMapping([header])).toEqual([]);
  });

  it('gives each field one column: the better synonym wins, then the first column', () => {
    expect(suggestMapping(['Status', 'Level of need'])).toEqual([{ column: 'Level of need', field: 'levelOfNeed' }]);
    expect(suggestMapping(['Person ID', 'Child ID'])).toEqual([{ column: 'Child ID', field: 'reference' }]);
    expect(suggestMapping(['Child ID', 'Child ID 2'])).toEqual([{ column: 'Child ID', field: 'reference' }]);
    expect(suggestMapping(['Legal Status', 'Category of Plan', 'Category'])).toEqual([
      { column: 'Legal Status', field: 'levelOfNeed' },
      { column: 'Category of Plan', field: 'neglectTypes' },
    ]);
  });

  it('keeps the file\'s column order', () => {
    expect(suggestMapping(['Notes', 'DOB', 'Ref']).map((m) => m.column)).toEqual(['Notes', 'DOB', 'Ref']);
  });
});

describe('fieldLabels', () => {
  it('labels every field in UK English', () => {
    expect(Object.keys(fieldLabels).sort()).toEqual([...caseFields].sort());
    expect(fieldLabels.reference).toBe('Case reference');
    expect(fieldLabels.dateOfBirth).toBe('Date of birth');
    expect(fieldLabels.ageAtAudit).toBe('Age at audit');
    expect(fieldLabels.levelOfNeed).toBe('Level of need');
    expect(fieldLabels.neglectTypes).toBe('Neglect types');
  });
});

describe('validateMapping', () => {
  const headers = ['Child ID', 'DOB', 'Age', 'Gender'];
  it('accepts a good mapping, with both date of birth and age', () => {
    expect(validateMapping(headers, [
      { column: 'Child ID', field: 'reference' },
      { column: 'DOB', field: 'dateOfBirth' },
      { column: 'Age', field: 'ageAtAudit' },
    ])).toEqual([]);
  });
  it('names every problem', () => {
    const problems = validateMapping(headers, [
      { column: 'Nope', field: 'sex' },
      { column: 'DOB', field: 'dateOfBirth' },
      { column: 'Age', field: 'dateOfBirth' },
      { column: 'Gender', field: 'sex' },
      { column: 'Gender', field: 'notes' },
    ]);
    expect(problems).toEqual([
      'There is no column "Nope" in the file.',
      'Date of birth is mapped from more than one column.',
      'Sex is mapped from more than one column.',
      'Column "Gender" is mapped to more than one field.',
      'Map a column to Case reference: every case needs one.',
    ]);
  });
  it('refuses a field name that is not a case field', () => {
    expect(validateMapping(['A'], [{ column: 'A', field: 'name' as never }, { column: 'A', field: 'reference' }])[0]).toMatch(/"name" is not a case field/);
  });
});

describe('parseMapArgs', () => {
  it('reads Header=field, field names in any case, splitting on the last =', () => {
    expect(parseMapArgs(['Child ID=reference', ' DOB = DATEOFBIRTH', 'A=B=notes', 'Category of Plan=neglecttypes'])).toEqual([
      { column: 'Child ID', field: 'reference' },
      { column: 'DOB', field: 'dateOfBirth' },
      { column: 'A=B', field: 'notes' },
      { column: 'Category of Plan', field: 'neglectTypes' },
    ]);
  });
  it.each([
    ['DOB', /write it as "Column header=field"/],
    ['=reference', /column header before "=" is missing/],
    ['DOB=birthday', /"birthday" is not a case field\. Use one of: reference, sex, dateOfBirth/],
    ['DOB=', /"" is not a case field/],
  ])('refuses %s', (arg, message) => {
    expect(() => parseMapArgs([arg])).toThrow(message);
  });
});
