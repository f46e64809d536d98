// Value mapping: the distinct values of each mapped column with a vocabulary, the user's choices
// (a vocabulary value, kept as other, left empty) applied to every row, and the tally that says
// how each value was taken, through the pure rules, the builder and the real import service.
import { describe, expect, it } from 'vitest';
import { buildRecords } from '../../../core/cases/import/build';
import { readTable } from '../../../core/cases/import/read';
import { valueColumns } from '../../../core/cases/import/values';
import { importCases, previewCaseImport } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import { suggestMapping } from '../../../model/case-fields';
import {
  describeTally,
  distinctValues,
  mergeValueMapping,
  parseValueArgs,
  suggestedValueMapping,
  validateValueMapping,
  type ValueMapping,
} from '../../../model/value-mapping';
import { csv, storeWithEvent } from '../helpers/store';
import { text } from './helpers';

// Neglect types as a CP export writes them: one unrecognised ("Spiritual"), one category of abuse
// ("Emotional Abuse"), "Neglect" alone, and ordinary types. Counted by hand:
//   Neglect ×3 (rows 1, 3, 5), Emotional Abuse ×2 (rows 1, 4), Physical ×2 (rows 2, 4),
//   Spiritual ×1 (row 3), Emotional ×1 (row 5).
const file = [
  'Child ID,Gender,Category of Plan,Agencies involved',
  'C-1,F,"Neglect; Emotional Abuse",Police',
  'C-2,M,Physical,Anyshire Police; School nurse',
  'C-3,X,"Neglect, Spiritual",',
  'C-4,F,Emotional Abuse; Physical,police',
  'C-5,M,Neglect|Emotional,School nurse',
].join('\n');

async function table() {
  return readTable(text(file), 'cases.csv');
}

describe('value mapping: the pure rules', () => {
  it('counts each distinct value of a list column once per cell, most frequent first', () => {
    const cells = ['Neglect; Emotional Abuse', 'Physical', 'Neglect, Spiritual', 'Emotional Abuse; Physical', 'Neglect|Emotional'];
    expect(distinctValues('neglectTypes', cells, [1, 2, 3, 4, 5])).toEqual([
      { source: 'Neglect', count: 3, firstRow: 1 },
      { source: 'Emotional Abuse', count: 2, firstRow: 1 },
      { source: 'Physical', count: 2, firstRow: 2 },
      { source: 'Spiritual', count: 1, firstRow: 3 },
      { source: 'Emotional', count: 1, firstRow: 5 },
    ]);
    // A single-value column keeps the cell whole (a comma is part of the value).
    expect(distinctValues('sex', ['  F ', 'F', 'Female, probably', ''], [1, 2, 3, 4])).toEqual([
      { source: 'F', count: 2, firstRow: 1 },
      { source: 'Female, probably', count: 1, firstRow: 3 },
    ]);
  });

  it('reads --value arguments and refuses malformed ones', () => {
    expect(parseValueArgs(['neglectTypes:Emotional Abuse=empty', 'NEGLECTTYPES: Spiritual =other', 'sex:X=unknown', 'agencies:a=b=Police'])).toEqual([
      { field: 'neglectTypes', source: 'Emotional Abuse', choice: 'empty' },
      { field: 'neglectTypes', source: 'Spiritual', choice: 'other' },
      { field: 'sex', source: 'X', choice: 'value', value: 'unknown' },
      { field: 'agencies', source: 'a=b', choice: 'value', value: 'Police' },
    ]);
    expect(() => parseValueArgs(['notes:x=other'])).toThrow('"notes" has no fixed values');
    expect(() => parseValueArgs(['sex=F'])).toThrow('write it as "field:Value in the file=target"');
    expect(() => parseValueArgs(['sex:X='])).toThrow('say what it becomes');
  });

  it('validates choices against the vocabularies', () => {
    const vocabularies = { sex: [{ value: 'male', label: 'Male' }] };
    expect(validateValueMapping([{ field: 'sex', source: 'M', choice: 'value', value: 'male' }], vocabularies)).toEqual([]);
    expect(validateValueMapping([{ field: 'sex', source: 'X', choice: 'value', value: 'other-sex' }], vocabularies)).toEqual([
      'Sex: "other-sex" (for "X") is not one of male.',
    ]);
    expect(validateValueMapping([{ field: 'sex', source: 'X', choice: 'value' }], vocabularies)).toEqual(['Sex: "X" is to be mapped, but to no value.']);
    expect(validateValueMapping([{ field: 'sex', source: 'X', choice: 'other' }, { field: 'sex', source: ' X', choice: 'empty' }], vocabularies)).toEqual([
      'Sex: "X" is given more than one choice.',
    ]);
  });
});

describe('value mapping: the distinct values a file shows', () => {
  it('lists every mapped value column with counts, what is recognised, and a suggestion', async () => {
    const t = await table();
    const columns = valueColumns(t, suggestMapping(t.headers), ['Anyshire Police', 'School Nurse']);
    expect(columns.map((c) => [c.field, c.column])).toEqual([
      ['sex', 'Gender'],
      ['neglectTypes', 'Category of Plan'],
      ['agencies', 'Agencies involved'],
    ]);
    const neglect = columns.find((c) => c.field === 'neglectTypes')!;
    expect(neglect.values.map((v) => [v.source, v.count, v.recognised, v.suggested, v.note ?? null])).toEqual([
      ['Neglect', 3, true, { choice: 'value', value: 'unspecified' }, null],
      ['Emotional Abuse', 2, false, { choice: 'empty' }, 'a category of abuse, not a type of neglect'],
      ['Physical', 2, true, { choice: 'value', value: 'physical' }, null],
      ['Spiritual', 1, false, { choice: 'other' }, null],
      ['Emotional', 1, true, { choice: 'value', value: 'emotional' }, null],
    ]);
    expect(neglect.vocabulary.map((v) => v.value)).toContain('supervision');
    const sex = columns.find((c) => c.field === 'sex')!;
    expect(sex.values.map((v) => [v.source, v.count, v.recognised, v.suggested])).toEqual([
      ['F', 2, true, { choice: 'value', value: 'female' }],
      ['M', 2, true, { choice: 'value', value: 'male' }],
      ['X', 1, false, { choice: 'other' }],
    ]);
    // Agencies are the event's: "Police" and "police" are not one of them; "School nurse" is, in other letters.
    const agencies = columns.find((c) => c.field === 'agencies')!;
    expect(agencies.vocabulary).toEqual([
      { value: 'Anyshire Police', label: 'Anyshire Police' },
      { value: 'School Nurse', label: 'School Nurse' },
    ]);
    expect(agencies.values.map((v) => [v.source, v.count, v.suggested])).toEqual([
      ['School nurse', 2, { choice: 'value', value: 'School Nurse' }],
      ['Police', 1, { choice: 'other' }],
      ['Anyshire Police', 1, { choice: 'value', value: 'Anyshire Police' }],
      ['police', 1, { choice: 'other' }],
    ]);
  });

  it('a change of column mapping keeps the choices the user made for values still there', async () => {
    const t = await table();
    const columns = valueColumns(t, suggestMapping(t.headers), []);
    const earlier: ValueMapping = [
      { field: 'neglectTypes', source: 'Spiritual', choice: 'empty' },
      { field: 'neglectTypes', source: 'Gone from the file', choice: 'other' },
    ];
    const merged = mergeValueMapping(columns, earlier);
    expect(merged).toHaveLength(suggestedValueMapping(columns).length);
    expect(merged.find((c) => c.source === 'Spiritual')).toEqual({ field: 'neglectTypes', source: 'Spiritual', choice: 'empty' });
    expect(merged.find((c) => c.source === 'Neglect')).toEqual({ field: 'neglectTypes', source: 'Neglect', choice: 'value', value: 'unspecified' });
    expect(merged.some((c) => c.source === 'Gone from the file')).toBe(false);
  });
});

describe('value mapping: applied to the rows', () => {
  const choices: ValueMapping = [
    { field: 'neglectTypes', source: 'Neglect', choice: 'value', value: 'physical' },
    { field: 'neglectTypes', source: 'Spiritual', choice: 'other' },
    { field: 'neglectTypes', source: 'Emotional Abuse', choice: 'empty' },
    { field: 'sex', source: 'X', choice: 'other' },
    { field: 'agencies', source: 'police', choice: 'value', value: 'Anyshire Police' },
    { field: 'agencies', source: 'Police', choice: 'empty' },
  ];

  it('stores the chosen value, the words as written, or nothing; and tallies each occurrence', async () => {
    const t = await table();
    const { records, errors, warnings, values } = buildRecords(t, suggestMapping(t.headers), { auditDate: '2026-03-01', values: choices, agencies: ['Anyshire Police', 'School Nurse'] });
    expect(errors).toEqual([]);
    // Chosen "empty" is the user's word: no warning, but it is in the tally.
    expect(warnings).toEqual([]);
    expect(records.map((r) => [r.record.reference, r.record.sex, r.record.neglectTypes, r.record.agencies])).toEqual([
      ['C-1', 'female', ['physical'], []],
      ['C-2', 'male', ['physical'], ['Anyshire Police', 'School Nurse']],
      ['C-3', 'X', ['physical', 'Spiritual'], []],
      ['C-4', 'female', ['physical'], ['Anyshire Police']],
      ['C-5', 'male', ['physical', 'emotional'], ['School Nurse']],
    ]);
    // Neglect types: Neglect 3 + Physical 2 + Emotional 1 mapped; Spiritual 1 other; Emotional Abuse 2 empty.
    expect(values).toEqual([
      { field: 'sex', column: 'Gender', mapped: 4, other: 1, empty: 0, otherValues: ['X'], emptyValues: [] },
      { field: 'neglectTypes', column: 'Category of Plan', mapped: 6, other: 1, empty: 2, otherValues: ['Spiritual'], emptyValues: ['Emotional Abuse'] },
      { field: 'agencies', column: 'Agencies involved', mapped: 4, other: 0, empty: 1, otherValues: [], emptyValues: ['Police'] },
    ]);
    expect(describeTally(values[1]!)).toBe(
      'Neglect types (column “Category of Plan”): 6 values mapped, 1 kept as other (“Spiritual”), 2 left empty (“Emotional Abuse”).',
    );
  });

  it('without choices an unrecognised value refuses its row and a category of abuse is left out with a warning, as before', async () => {
    const t = await table();
    const { records, errors, warnings } = buildRecords(t, suggestMapping(t.headers), { auditDate: '2026-03-01' });
    expect(records.map((r) => r.record.reference)).toEqual(['C-1', 'C-2', 'C-4', 'C-5']);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'Gender'],
      [3, 'Category of Plan'],
    ]);
    expect(warnings.map((w) => [w.row, w.message])).toEqual([
      [1, '"Emotional Abuse" is a category of abuse, not a type of neglect, so it was not imported.'],
      [4, '"Emotional Abuse" is a category of abuse, not a type of neglect, so it was not imported.'],
    ]);
  });

  it('an ethnicity kept as other keeps its words with no code', async () => {
    const t = await readTable(text('Ref,Ethnicity\nC-1,Martian\nC-2,WBRI\n'), 'x.csv');
    const { records, values } = buildRecords(t, suggestMapping(t.headers), { auditDate: '2026-03-01', values: [{ field: 'ethnicity', source: 'Martian', choice: 'other' }] });
    expect(records.map((r) => [r.record.ethnicityCode, r.record.ethnicityLabel, r.record.ethnicityGroup])).toEqual([
      [null, 'Martian', null],
      ['WBRI', 'White British', 'White'],
    ]);
    expect(values[0]).toMatchObject({ mapped: 1, other: 1, empty: 0 });
  });
});

describe('value mapping: through the import service', () => {
  it('the preview lists the values; the import takes the choices and reports them; bad choices import nothing', async () => {
    const { db, eventId } = storeWithEvent('2026-03-01', ['Anyshire Police', 'School Nurse']);
    const bytes = csv(file);
    const preview = await previewCaseImport(db, { eventId, fileName: 'cases.csv', bytes });
    expect(preview.values.map((c) => c.field)).toEqual(['sex', 'neglectTypes', 'agencies']);
    expect(preview.outcome!.errors.length).toBeGreaterThan(0);

    const refused = importCases(db, { eventId, fileName: 'cases.csv', bytes, values: [{ field: 'sex', source: 'X', choice: 'value', value: 'martian' }] });
    await expect(refused).rejects.toThrow('The value mapping cannot be used: Sex: "martian" (for "X") is not one of male, female, unborn, unknown.');
    expect(listCases(db, eventId)).toEqual([]);

    const values = mergeValueMapping(preview.values, [{ field: 'neglectTypes', source: 'Emotional Abuse', choice: 'other' }]);
    const outcome = await importCases(db, { eventId, fileName: 'cases.csv', bytes, values });
    expect(outcome).toMatchObject({ imported: 5, refused: false, errors: [], warnings: [] });
    expect(outcome.values.find((t) => t.field === 'neglectTypes')).toEqual({
      field: 'neglectTypes', column: 'Category of Plan', mapped: 6, other: 3, empty: 0, otherValues: ['Emotional Abuse', 'Spiritual'], emptyValues: [],
    });
    expect(listCases(db, eventId).find((c) => c.reference === 'C-4')!.neglectTypes).toEqual(['Emotional Abuse', 'physical']);
  });

  it('warns when case references look like personal names', async () => {
    const { db, eventId } = storeWithEvent();
    const names = 'Name,Sex\nJane Example,F\nMary-Ann O’Test,F\nC-1003,M\nTOM,M\n';
    const preview = await previewCaseImport(db, { eventId, fileName: 'cases.csv', bytes: csv(names), mapping: [{ column: 'Name', field: 'reference' }] });
    expect(preview.outcome!.referenceNames).toEqual({ count: 2, of: 4, rows: [1, 2] });
    const codes = await previewCaseImport(db, { eventId, fileName: 'cases.csv', bytes: csv('Ref\nC-1\nLCS 4481\n'), mapping: [{ column: 'Ref', field: 'reference' }] });
    expect(codes.outcome!.referenceNames).toBeNull();
  });
});
