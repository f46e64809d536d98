// Case import through the real service and database: all-or-nothing, valid-only, re-import by
// reference, remembered mapping, dry run, and data minimisation down to the database file.
import { readFileSync } from 'node:fs';
import { decryptedBytes } from '../../support/test-key';
import { describe, expect, it } from 'vitest';
import { importCases, previewCaseImport } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import { getEvent, setArchived } from '../../../core/events/service';
import { csv, fixture, storeWithEvent } from '../helpers/store';

const goodCsv = [
  'Child ID,Child Name,DOB,Gender,Ethnicity,Legal Status,Category of Plan,Social Worker',
  'C-1001,Test Child Zebedee,12/03/2015,F,WBRI - White British,CP,Neglect,Worker Quasimodo',
  'C-1002,Test Child Yolanda,2020-01-05,Male,ABAN,CIN,Emotional; Physical,Worker Quasimodo',
  'C-1003,Test Child Xavier,44927,M,White British,LAC,,Worker Quasimodo',
].join('\r\n');

describe('case import', () => {
  it('imports every valid row in one go and lists them with their age stage', async () => {
    const { db, eventId } = storeWithEvent();
    const outcome = await importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv) });
    expect(outcome).toMatchObject({ imported: 3, updated: 0, unchanged: 0, skipped: 0, errors: [], refused: false });
    const cases = listCases(db, eventId);
    expect(cases.map((c) => [c.reference, c.sex, c.dateOfBirth, c.ageStage, c.ethnicity, c.levelOfNeed])).toEqual([
      ['C-1001', 'female', '2015-03-12', '5-11', 'WBRI', 'child-protection'],
      ['C-1002', 'male', '2020-01-05', '5-11', 'ABAN', 'child-in-need'],
      ['C-1003', 'male', '2023-01-01', '3-4', 'WBRI', 'child-looked-after'],
    ]);
    expect(cases[1]!.neglectTypes).toEqual(['emotional', 'physical']);
    expect(getEvent(db, eventId).caseCount).toBe(3);
  });

  it('never stores a column that was not mapped, not even in the database file', async () => {
    const { store, db, eventId } = storeWithEvent();
    await importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv) });
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    // The file is encrypted: its decrypted pages are what would show a stored column.
    expect(readFileSync(store.path).toString('latin1')).not.toContain('C-1002');
    const bytes = decryptedBytes(store.path).toString('latin1');
    expect(bytes).toContain('C-1002');
    expect(bytes).not.toContain('Zebedee');
    expect(bytes).not.toContain('Quasimodo');
  });

  it('re-importing the same file changes nothing and creates no duplicates', async () => {
    const { db, eventId } = storeWithEvent();
    await importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv) });
    const again = await importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv) });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    expect(listCases(db, eventId)).toHaveLength(3);
  });

  it('updates changed rows by reference and adds new ones', async () => {
    const { db, eventId } = storeWithEvent();
    await importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv) });
    const changed = goodCsv.replace('C-1002,Test Child Yolanda,2020-01-05,Male,ABAN,CIN', 'C-1002,Test Child Yolanda,2020-01-05,Male,ABAN,CP') + '\r\nC-1004,Test Child W,01/01/2010,F,BAFR,EH,,Worker';
    const outcome = await importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(changed) });
    expect(outcome).toMatchObject({ imported: 1, updated: 1, unchanged: 2 });
    const cases = listCases(db, eventId);
    expect(cases).toHaveLength(4);
    expect(cases.find((c) => c.reference === 'C-1002')!.levelOfNeed).toBe('child-protection');
  });

  it('imports nothing when any row is invalid, and reports every bad row', async () => {
    const { store, db, eventId } = storeWithEvent();
    await importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv) });
    const before = JSON.stringify(store.sqlite.prepare('SELECT * FROM cases ORDER BY id').all());
    const outcome = await importCases(db, { eventId, fileName: 'bad-rows.csv', bytes: fixture('bad-rows.csv') });
    expect(outcome.refused).toBe(true);
    expect(outcome.imported).toBe(0);
    expect(outcome.errors.length).toBeGreaterThan(5);
    expect(outcome.errors[0]).toEqual({ row: 2, column: 'Child ID', message: expect.stringMatching(/required/) });
    expect(JSON.stringify(store.sqlite.prepare('SELECT * FROM cases ORDER BY id').all())).toBe(before);
  });

  it('imports only the valid rows when asked, counting the skipped ones', async () => {
    const { db, eventId } = storeWithEvent();
    const outcome = await importCases(db, { eventId, fileName: 'bad-rows.csv', bytes: fixture('bad-rows.csv'), validOnly: true });
    const invalidRows = new Set(outcome.errors.map((e) => e.row)).size;
    expect(outcome.refused).toBe(false);
    expect(outcome.skipped).toBe(invalidRows);
    expect(outcome.imported).toBe(outcome.rowsRead - invalidRows);
    expect(listCases(db, eventId)).toHaveLength(outcome.imported);
  });

  it('a dry run counts but writes nothing', async () => {
    const { db, eventId } = storeWithEvent();
    const outcome = await importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv), dryRun: true });
    expect(outcome).toMatchObject({ imported: 3, dryRun: true });
    expect(listCases(db, eventId)).toHaveLength(0);
  });

  it('with an explicit mapping imports exactly those columns', async () => {
    const { db, eventId } = storeWithEvent();
    await importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv), mapping: [{ column: 'Child ID', field: 'reference' }, { column: 'Gender', field: 'sex' }] });
    const [first] = listCases(db, eventId);
    expect(first).toMatchObject({ reference: 'C-1001', sex: 'female', dateOfBirth: null, ethnicity: null, levelOfNeed: null, ageStage: null });
  });

  it('remembers the confirmed mapping for the next import of the event', async () => {
    const { db, eventId } = storeWithEvent();
    const mapping = [{ column: 'Child ID', field: 'reference' as const }, { column: 'DOB', field: 'dateOfBirth' as const }];
    await importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv), mapping });
    const preview = await previewCaseImport(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv) });
    expect(preview.remembered).toEqual(mapping);
    expect(preview.mapping).toEqual(mapping);
    expect(preview.suggested.length).toBeGreaterThan(2);
  });

  it('previews without writing and marks what each row would do', async () => {
    const { db, eventId } = storeWithEvent();
    await importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv.split('\r\n').slice(0, 2).join('\r\n')) });
    const preview = await previewCaseImport(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv) });
    expect(preview.headers[0]).toBe('Child ID');
    expect(preview.records.map((r) => r.action)).toEqual(['unchanged', 'new', 'new']);
    expect(preview.outcome).toMatchObject({ imported: 2, unchanged: 1, dryRun: true });
    expect(listCases(db, eventId)).toHaveLength(1);
  });

  it('refuses a mapping that names a missing column, a file that is not a table, and an archived event', async () => {
    const { db, eventId } = storeWithEvent();
    await expect(importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv), mapping: [{ column: 'Nope', field: 'reference' }] })).rejects.toThrow(/Nope/);
    await expect(importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv), mapping: [{ column: 'DOB', field: 'dateOfBirth' }] })).rejects.toMatchObject({
      code: 'BAD_MAPPING',
      message: expect.stringContaining('Map a column to Case reference'),
    });
    await expect(importCases(db, { eventId, fileName: 'cases.csv', bytes: csv('') })).rejects.toThrow(/cases\.csv/);
    setArchived(db, eventId, true);
    await expect(importCases(db, { eventId, fileName: 'cases.csv', bytes: csv(goodCsv) })).rejects.toThrow(/archived/);
    expect(listCases(db, eventId)).toHaveLength(0);
  });

  it('reads every shipped fixture shape into the same kind of cases', async () => {
    for (const name of ['utf8.csv', 'utf8-bom.csv', 'windows-1252.csv', 'semicolon.csv', 'tab.tsv', 'quoted.csv', 'cases.xlsx']) {
      // The fixtures' ages are as at 1 June 2024.
      const { db, eventId } = storeWithEvent('2024-06-01');
      const outcome = await importCases(db, { eventId, fileName: name, bytes: fixture(name) });
      expect(outcome.errors, name).toEqual([]);
      expect(outcome.imported, name).toBeGreaterThan(0);
      expect(listCases(db, eventId).every((c) => /\S/.test(c.reference)), name).toBe(true);
    }
  });
});
