import { describe, expect, it, vi } from 'vitest';
import { buildRecords } from '../../../core/cases/import/build';
import type { CaseRecord } from '../../../core/contract/types';
import { suggestMapping, type Mapping } from '../../../model/case-fields';
import { readTable } from '../../../core/cases/import/read';
import { readFixture, text } from './helpers';

const auditDate = '2024-06-01';

async function importText(csv: string, mapping?: Mapping) {
  const table = await readTable(text(csv), 'x.csv');
  return buildRecords(table, mapping ?? suggestMapping(table.headers), { auditDate });
}
async function importFixture(name: string) {
  const table = await readFixture(name);
  return buildRecords(table, suggestMapping(table.headers), { auditDate });
}

describe('buildRecords: good files', () => {
  it('utf8.csv gives full records', async () => {
    const { records, errors, warnings, rowsRead } = await importFixture('utf8.csv');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rowsRead).toBe(4);
    expect(records.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(records[0]!.record).toEqual<CaseRecord>({
      reference: 'C-1001',
      sex: 'male',
      dateOfBirth: '2015-03-14',
      ageAtAudit: null,
      ethnicityCode: 'WBRI',
      ethnicityLabel: 'White British',
      ethnicityGroup: 'White',
      disability: 'no',
      levelOfNeed: 'child-protection',
      neglectTypes: ['unspecified'],
      vulnerabilities: ['Domestic abuse', 'Parental mental health'],
      agencies: ['Health', 'Police', 'School'],
      planStartDate: '2024-01-02',
      notes: 'Seen at the café with £5 — “fine”',
      ageStage: '5-11',
    });
    expect(records[1]!.record).toMatchObject({ sex: 'female', dateOfBirth: '2019-07-30', ethnicityCode: 'MWBC', levelOfNeed: 'child-in-need', neglectTypes: ['physical', 'supervision'], disability: 'yes', notes: null, ageStage: '3-4' });
    expect(records[2]!.record).toMatchObject({ sex: 'unborn', dateOfBirth: '2024-08-20', ethnicityCode: null, disability: null, neglectTypes: ['prenatal'], ageStage: 'pre-birth', planStartDate: '2024-05-01' });
    expect(records[3]!.record).toMatchObject({ sex: 'female', ethnicityCode: 'BAFR', levelOfNeed: 'child-looked-after', neglectTypes: ['emotional', 'educational'], disability: 'unknown', ageStage: '12-17' });
  });

  it.each([
    ['utf8-bom.csv', ['C-2001', 'C-2002']],
    ['windows-1252.csv', ['C-7001', 'C-7002']],
    ['semicolon.csv', ['C-3001', 'C-3002']],
    ['tab.tsv', ['C-4001', 'C-4002']],
    ['quoted.csv', ['C-5001', 'C-5002']],
    ['cases.xlsx', ['X-1001', 'X-1002', 'X-1004', 'X-1005']],
  ])('%s imports without errors', async (name, references) => {
    const { records, errors } = await importFixture(name);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.record.reference)).toEqual(references);
  });

  it('reads the values of each file correctly', async () => {
    expect((await importFixture('utf8-bom.csv')).records.map((r) => r.record)).toMatchObject([
      { sex: 'female', dateOfBirth: '2016-09-05', ethnicityCode: 'AIND', levelOfNeed: 'child-in-need', neglectTypes: ['medical'] },
      { sex: 'male', dateOfBirth: '2012-12-12', ethnicityCode: 'WBRI', levelOfNeed: 'child-protection', neglectTypes: ['supervision'] },
    ]);
    expect((await importFixture('windows-1252.csv')).records[0]!.record).toMatchObject({ dateOfBirth: '2017-04-03', notes: 'Mum’s café job pays £120 a week' });
    expect((await importFixture('semicolon.csv')).records.map((r) => r.record)).toMatchObject([
      { dateOfBirth: '2015-03-14', agencies: ['Health', 'Police'], notes: 'Seen, and well' },
      { dateOfBirth: '2018-03-04', agencies: ['School'] },
    ]);
    expect((await importFixture('tab.tsv')).records.map((r) => r.record)).toMatchObject([
      { dateOfBirth: '2014-02-01', ethnicityCode: 'APKN', levelOfNeed: 'child-in-need', vulnerabilities: ['Poverty', 'Domestic abuse'] },
      { dateOfBirth: '2016-02-01', ethnicityCode: 'WOTH', levelOfNeed: 'early-help', vulnerabilities: [] },
    ]);
    expect((await importFixture('quoted.csv')).records.map((r) => r.record)).toMatchObject([
      { agencies: ['Health', 'Police'], notes: 'He said "hello", then left' },
      { notes: 'Line one\r\nLine two\nLine three' },
    ]);
    expect((await importFixture('cases.xlsx')).records.map((r) => [r.row, r.record.dateOfBirth, r.record.ageAtAudit, r.record.planStartDate, r.record.ethnicityCode])).toEqual([
      [1, '2015-03-14', 9, '2024-01-02', 'WBRI'],
      [2, '2019-07-30', 4, '2023-11-15', 'MWBC'],
      [4, '2008-06-01', 16, '2022-02-10', 'BAFR'],
      [5, '2015-03-14', null, '2024-03-01', 'WBRI'],
    ]);
  });

  it('reads dates in every shape', async () => {
    const table = await readFixture('dates.csv');
    const { records, errors } = buildRecords(table, [
      { column: 'Reference', field: 'reference' },
      { column: 'DOB', field: 'dateOfBirth' },
      { column: 'Plan start', field: 'planStartDate' },
    ], { auditDate });
    expect(errors).toEqual([]);
    expect(records).toHaveLength(11);
    records.forEach(({ record }, i) => {
      expect(record.dateOfBirth, record.reference).toBe(table.rows[i]![3]);
      expect(record.planStartDate, record.reference).toBe('2024-01-02');
    });
  });
});

describe('buildRecords: data minimisation', () => {
  it('never keeps a value from an unmapped column', async () => {
    for (const name of ['utf8.csv', 'windows-1252.csv', 'cases.xlsx', 'bad-rows.csv']) {
      const { records, errors, warnings } = await importFixture(name);
      const json = JSON.stringify({ records, errors, warnings });
      for (const secret of ['Test Child', 'Test Worker', 'Team North', 'Example Street', 'Example Road', 'Zoë', 'Renée']) {
        expect(json, `${name}: ${secret}`).not.toContain(secret);
      }
    }
  });

  it('reads only the mapped columns, even when others would map', async () => {
    const { records } = await importText('Ref,DOB,Notes\nC-1,01/01/2015,Private remark\n', [{ column: 'Ref', field: 'reference' }]);
    expect(records[0]!.record).toMatchObject({ reference: 'C-1', dateOfBirth: null, notes: null, ageStage: null });
    expect(JSON.stringify(records)).not.toContain('Private remark');
  });
});

describe('buildRecords: bad rows', () => {
  it('bad-rows.csv: every refused row is explained by row, column and message', async () => {
    const { records, errors, warnings, rowsRead } = await importFixture('bad-rows.csv');
    expect(rowsRead).toBe(16); // 17 lines of data, one of them empty
    expect(records.map((r) => [r.row, r.record.reference])).toEqual([[1, 'C-6001'], [17, 'C-6017']]);
    expect(errors).toEqual([
      { row: 2, column: 'Child ID', message: 'Case reference is required.' },
      { row: 3, column: 'Child ID', message: 'The case reference "C-6001" is already used on row 1.' },
      { row: 4, column: 'DOB', message: '"14/13/2015" is not a date: there is no month 13.' },
      { row: 5, column: 'DOB', message: '"31/02/2020" is not a real date.' },
      { row: 6, column: 'DOB', message: '"12/31/2020" looks like a US-style date (month first). Write dates as day/month/year, e.g. 31/12/2020.' },
      { row: 7, column: 'Gender', message: '"X" is not a recognised sex. Use Male, Female, Unborn or Unknown (or M, F, U).' },
      { row: 8, column: 'Ethnicity', message: '"Martian" is not a recognised ethnicity. Use a DfE code such as WBRI, MWBC, AIND or BAFR, or its description, e.g. "White British".' },
      { row: 9, column: 'Legal Status', message: '"Level 9" is not a recognised level of need. Use Early Help, Child in Need, Child Protection or Child Looked After (or EH, CIN, CP, CLA).' },
      { row: 10, column: 'Category of Plan', message: '"Spiritual" is not a recognised type of neglect. Use Emotional, Nutritional, Physical, Medical/dental, Educational, Supervision, Prenatal, Affluent, or Neglect when no type is given.' },
      { row: 12, column: 'DOB', message: '"14/03/15": write the year in full (e.g. 14/03/2015); two-digit years are ambiguous.' },
      { row: 13, column: 'DOB', message: 'The date of birth 2030-01-01 is more than 9 months after the audit date (2024-06-01); an unborn child\'s expected date of birth can be at most 2025-03-01.' },
      { row: 14, column: 'Plan Start', message: 'The plan start date 2014-01-02 is more than 9 months before the date of birth 2015-03-14.' },
      { row: 15, column: 'Plan Start', message: 'The plan start date 2025-01-02 is after the audit date (2024-06-01).' },
      { row: 16, column: '', message: 'This row has more cells than there are columns: a value probably holds an unquoted comma, which shifts the cells after it. Put quotes around that value in the file.' },
    ]);
    expect(warnings).toEqual([
      { row: 17, column: 'Category of Plan', message: '"Emotional abuse" is a category of abuse, not a type of neglect, so it was not imported.' },
    ]);
    expect(records[1]!.record.neglectTypes).toEqual(['unspecified']);
  });

  it('reports every problem on a row, and refuses the whole row', async () => {
    const { records, errors } = await importText('Ref,Sex,DOB,Ethnicity\nC-1,Q,99/99/2020,Nowhere\n');
    expect(records).toEqual([]);
    expect(errors.map((e) => e.column)).toEqual(['Sex', 'DOB', 'Ethnicity']);
    expect(errors.every((e) => e.row === 1)).toBe(true);
  });

  it('duplicate references ignore case and surrounding space, and name the first row', async () => {
    const { errors } = await importText('Ref\nC-1\nC-2\n\n  c-1 \nC-2\n');
    expect(errors).toEqual([
      { row: 4, column: 'Ref', message: 'The case reference "c-1" is already used on row 1.' },
      { row: 5, column: 'Ref', message: 'The case reference "C-2" is already used on row 2.' },
    ]);
  });

  it('limits lengths: reference, notes, list items and list size', async () => {
    const long = 'R'.repeat(65);
    const many = Array.from({ length: 41 }, (_, i) => `Agency ${i}`).join(';');
    const { records, errors } = await importText(
      `Ref,Notes,Agencies,Vulnerabilities\n${long},,,\nC-2,${'n'.repeat(2001)},,\nC-3,,"${many}",\nC-4,,,${'v'.repeat(101)}\nC-5,${'n'.repeat(2000)},"${many.split(';').slice(0, 40).join(';')}",${'v'.repeat(100)}\n`,
    );
    expect(errors).toEqual([
      { row: 1, column: 'Ref', message: 'The case reference is 65 characters long; at most 64 are allowed.' },
      { row: 2, column: 'Notes', message: 'The notes are 2001 characters long; at most 2000 are allowed.' },
      { row: 3, column: 'Agencies', message: 'There are 41 agencies involved; at most 40 are allowed.' },
      { row: 4, column: 'Vulnerabilities', message: `"${'v'.repeat(30)}…" is 101 characters long; each of the vulnerabilities can be at most 100.` },
    ]);
    expect(records.map((r) => r.record.reference)).toEqual(['C-5']);
  });

  it('checks the age against the date of birth, with a year of slack', async () => {
    const { records, errors } = await importText('Ref,DOB,Age\nC-1,14/03/2015,9\nC-2,14/03/2015,8\nC-3,14/03/2015,10\nC-4,14/03/2015,12\nC-5,,30\n');
    expect(records.map((r) => r.record.reference)).toEqual(['C-1', 'C-2', 'C-3']);
    expect(errors).toEqual([
      { row: 4, column: 'Age', message: 'The age 12 does not match the date of birth 2015-03-14, which gives 9 at the audit date (2024-06-01).' },
      { row: 5, column: 'Age', message: '"30" is not an age. Give a whole number of years from 0 to 25, e.g. 7.' },
    ]);
  });

  it('allows an expected date of birth up to 9 months ahead, and plans that start before birth', async () => {
    const { records, errors } = await importText('Ref,Sex,DOB,Plan start\nC-1,Unborn,01/03/2025,\nC-2,Unborn,02/03/2025,01/05/2024\nC-3,F,01/01/1990,\nC-4,F,01/08/2024,01/05/2024\n');
    expect(records.map((r) => [r.record.reference, r.record.ageStage])).toEqual([['C-1', 'pre-birth'], ['C-4', 'pre-birth']]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([[2, 'DOB'], [3, 'DOB']]);
    expect(errors[1]!.message).toBe('The date of birth 1990-01-01 gives an age of 34 at the audit date; children\'s cases go up to age 25.');
  });
});

describe('buildRecords: lists and neglect types', () => {
  it('splits, trims and de-duplicates lists; drops "Neglect" when types are given', async () => {
    const { records } = await importText('Ref,Neglect types,Agencies\nC-1,"Neglect; physical neglect, Physical | Medical/dental","Health; health, Police |"\n');
    expect(records[0]!.record.neglectTypes).toEqual(['physical', 'medical']);
    expect(records[0]!.record.agencies).toEqual(['Health', 'Police']);
  });
  it('an empty neglect types cell gives an empty list', async () => {
    const { records } = await importText('Ref,Neglect types\nC-1,\n');
    expect(records[0]!.record.neglectTypes).toEqual([]);
  });
});

describe('buildRecords: arguments', () => {
  it('refuses a bad audit date', async () => {
    const table = await readTable(text('Ref\nC-1\n'), 'x.csv');
    expect(() => buildRecords(table, [{ column: 'Ref', field: 'reference' }], { auditDate: '01/06/2024' })).toThrow('The audit date "01/06/2024" must be a date written YYYY-MM-DD.');
  });
  // With the clock at 10 March 2031 (local noon), a child born 11 March 2026 is in 3-4 and is 5
  // (5-11) a day later; a plan starting tomorrow is refused as after the audit date.
  it('defaults the audit date to today', async () => {
    const table = await readTable(text('Ref,DOB,Plan start\nC-1,11/03/2026,\nC-2,,11/03/2031\n'), 'x.csv');
    const mapping: Mapping = [{ column: 'Ref', field: 'reference' }, { column: 'DOB', field: 'dateOfBirth' }, { column: 'Plan start', field: 'planStartDate' }];
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(2031, 2, 10, 12));
      const onTenth = buildRecords(table, mapping);
      expect(onTenth.records.map((r) => [r.record.reference, r.record.ageStage])).toEqual([['C-1', '3-4']]);
      expect(onTenth.errors.map((e) => [e.row, e.column])).toEqual([[2, 'Plan start']]);
      vi.setSystemTime(new Date(2031, 2, 11, 12));
      const onEleventh = buildRecords(table, mapping);
      expect(onEleventh.records.map((r) => [r.record.reference, r.record.ageStage])).toEqual([['C-1', '5-11'], ['C-2', null]]);
    } finally {
      vi.useRealTimers();
    }
  });
});
