// Building case records at the edges of each rule, with the audit date 1 June 2024: the limits
// one either side, the checks across fields that are skipped when a value is already refused, the
// shifted-cells message for each delimiter, and warnings and tallies only for rows imported.
// Ages and dates worked out by hand from the audit date.
import { describe, expect, it } from 'vitest';
import { buildRecords } from '../../../core/cases/import/build';
import { readTable } from '../../../core/cases/import/read';
import { suggestMapping, type Mapping } from '../../../model/case-fields';
import { text } from './helpers';

const auditDate = '2024-06-01';

async function build(csv: string, mapping?: Mapping) {
  const table = await readTable(text(csv), 'x.csv');
  return buildRecords(table, mapping ?? suggestMapping(table.headers), { auditDate });
}

describe('buildRecords: limits one either side', () => {
  it('the date of birth: age 25 is a child’s case, 26 is not; due up to 9 months after the audit date', async () => {
    const { records, errors } = await build('Ref,DOB\nC-1,02/06/1998\nC-2,01/06/1998\nC-3,01/03/2025\nC-4,02/03/2025\nC-5,01/06/2024\n');
    expect(records.map((r) => [r.record.reference, r.record.ageStage])).toEqual([['C-1', '18+'], ['C-3', 'pre-birth'], ['C-5', '0-2']]);
    expect(errors.map((e) => [e.row, e.message])).toEqual([
      [2, "The date of birth 1998-06-01 gives an age of 26 at the audit date; children's cases go up to age 25."],
      [4, "The date of birth 2025-03-02 is more than 9 months after the audit date (2024-06-01); an unborn child's expected date of birth can be at most 2025-03-01."],
    ]);
  });

  it('the recorded age may be a year either side of the date of birth, not two', async () => {
    // Born 14 March 2015: 9 on 1 June 2024.
    const { records, errors } = await build('Ref,DOB,Age\nC-1,14/03/2015,8\nC-2,14/03/2015,10\nC-3,14/03/2015,7\nC-4,14/03/2015,11\n');
    expect(records.map((r) => [r.record.reference, r.record.ageAtAudit])).toEqual([['C-1', 8], ['C-2', 10]]);
    expect(errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'Age', 'The age 7 does not match the date of birth 2015-03-14, which gives 9 at the audit date (2024-06-01).'],
      [4, 'Age', 'The age 11 does not match the date of birth 2015-03-14, which gives 9 at the audit date (2024-06-01).'],
    ]);
  });

  it('an expected date of birth is not checked against a recorded age', async () => {
    const { records, errors } = await build('Ref,DOB,Age\nC-1,01/09/2024,5\n');
    expect(errors).toEqual([]);
    expect(records[0]!.record).toMatchObject({ dateOfBirth: '2024-09-01', ageAtAudit: 5, ageStage: 'pre-birth' });
  });

  it('a plan may start 9 months before birth and on the audit date, not a day outside either', async () => {
    const { records, errors } = await build('Ref,DOB,Plan start\nC-1,14/03/2015,14/06/2014\nC-2,14/03/2015,13/06/2014\nC-3,14/03/2015,01/06/2024\nC-4,14/03/2015,02/06/2024\nC-5,,01/01/2001\n');
    expect(records.map((r) => [r.record.reference, r.record.planStartDate])).toEqual([['C-1', '2014-06-14'], ['C-3', '2024-06-01'], ['C-5', '2001-01-01']]);
    expect(errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'Plan start', 'The plan start date 2014-06-13 is more than 9 months before the date of birth 2015-03-14.'],
      [4, 'Plan start', 'The plan start date 2024-06-02 is after the audit date (2024-06-01).'],
    ]);
  });

  it('a plan is not checked against a date of birth that was itself refused', async () => {
    const { errors } = await build('Ref,DOB,Plan start\nC-1,01/01/2030,01/01/2001\nC-2,01/01/1990,01/01/2001\nC-3,31/02/2015,01/01/2001\n');
    expect(errors.map((e) => [e.row, e.column])).toEqual([[1, 'DOB'], [2, 'DOB'], [3, 'DOB']]);
  });

  it('a reference of 64 characters is allowed; notes of spaces are no notes', async () => {
    const { records, errors } = await build(`Ref,Notes\n${'R'.repeat(64)},   \n`);
    expect(errors).toEqual([]);
    expect(records[0]!.record).toMatchObject({ reference: 'R'.repeat(64), notes: null });
  });

  it('counts vulnerabilities against their own limit and names them', async () => {
    const many = Array.from({ length: 41 }, (_, i) => `Factor ${i}`).join(';');
    const { errors } = await build(`Ref,Vulnerabilities,Agencies\nC-1,"${many}",\nC-2,,"${'a'.repeat(101)}"\n`);
    expect(errors).toEqual([
      { row: 1, column: 'Vulnerabilities', message: 'There are 41 vulnerabilities; at most 40 are allowed.' },
      { row: 2, column: 'Agencies', message: `"${'a'.repeat(30)}…" is 101 characters long; each of the agencies involved can be at most 100.` },
    ]);
  });
});

describe('buildRecords: shifted cells', () => {
  it.each([
    ['comma', 'Ref,Sex\nC-1,F,extra\n'],
    ['semicolon', 'Ref;Sex\nC-1;F;extra\n'],
    ['tab', 'Ref\tSex\nC-1\tF\textra\n'],
  ])('names the %s as the unquoted delimiter, and nothing else about the row', async (name, csv) => {
    const { records, errors } = await build(csv);
    expect(records).toEqual([]);
    expect(errors).toEqual([
      { row: 1, column: '', message: `This row has more cells than there are columns: a value probably holds an unquoted ${name}, which shifts the cells after it. Put quotes around that value in the file.` },
    ]);
  });
});

describe('buildRecords: what a refused row leaves out', () => {
  it('no warning and no tally from a refused row; the same bad value is refused on every row', async () => {
    const { records, errors, warnings, values } = await build('Ref,Sex,DOB,Category of plan\nC-1,F,31/02/2015,Emotional abuse\nC-2,F,31/02/2015,Physical\nC-3,M,,Emotional abuse\n');
    expect(records.map((r) => r.record.reference)).toEqual(['C-3']);
    expect(errors.map((e) => [e.row, e.message])).toEqual([
      [1, '"31/02/2015" is not a real date.'],
      [2, '"31/02/2015" is not a real date.'],
    ]);
    expect(warnings).toEqual([{ row: 3, column: 'Category of plan', message: '"Emotional abuse" is a category of abuse, not a type of neglect, so it was not imported.' }]);
    expect(values).toEqual([
      { field: 'sex', column: 'Sex', mapped: 1, other: 0, empty: 0, otherValues: [], emptyValues: [] },
      { field: 'neglectTypes', column: 'Category of plan', mapped: 0, other: 0, empty: 1, otherValues: [], emptyValues: ['Emotional abuse'] },
    ]);
  });

  it('"Neglect" twice is one unspecified type; an unborn child without a date of birth is pre-birth', async () => {
    const { records } = await build('Ref,Sex,Category of plan,Age\nC-1,Unborn,"Neglect; neglect",\nC-2,F,,4\n');
    expect(records.map((r) => [r.record.neglectTypes, r.record.ageStage])).toEqual([
      [['unspecified'], 'pre-birth'],
      [[], '3-4'],
    ]);
  });

  it('an ethnicity, disability and level of need left empty by choice are stored as nothing', async () => {
    const table = await readTable(text('Ref,Ethnicity,Disability,Legal status\nC-1,Martian,Maybe,Level 9\nC-2,WIRT,Y,CP\n'), 'x.csv');
    const { records, errors } = buildRecords(table, suggestMapping(table.headers), {
      auditDate,
      values: [
        { field: 'ethnicity', source: 'Martian', choice: 'empty' },
        { field: 'disability', source: 'Maybe', choice: 'empty' },
        { field: 'levelOfNeed', source: 'Level 9', choice: 'other' },
      ],
    });
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.record.ethnicityCode, r.record.ethnicityLabel, r.record.ethnicityGroup, r.record.disability, r.record.levelOfNeed])).toEqual([
      [null, null, null, null, 'Level 9'],
      ['WIRT', 'Traveller of Irish heritage', 'White', 'yes', 'child-protection'],
    ]);
  });
});
