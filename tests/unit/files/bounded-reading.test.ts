// Hostile and unlucky files through the bounded reader (a worker thread with a heap and a time
// limit) and the case import on a real database: each is refused with the limit it broke named,
// nothing is imported, and the reader still works afterwards.
import { describe, expect, it } from 'vitest';
import { importCases } from '../../../core/cases/import-service';
import { readBounded } from '../../../core/files/bounded-reader';
import { isUserError, type UserError } from '../../../model/errors';
import { generateCasesCsv } from '../../fixtures/cases/generate';
import { farCellWithoutDimension, farCellWorkbook, lyingZipBomb, unnumberedRows, workbookWithSheet, zipBomb } from '../../fixtures/hostile/generate';
import { coreWithEvent } from '../helpers/core';
import { sha256File } from '../helpers/temp';

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const table = (bytes: Uint8Array, fileName: string, limits?: Record<string, number>) => readBounded('table', { bytes, fileName, limits });

describe('bounded reading of imported files', () => {
  it('a workbook with one cell at XFD1048576 is refused from its declared dimension, and the import changes nothing', async () => {
    const { core, db, eventId } = coreWithEvent();
    const before = sha256File(core.store.path);
    const error = await refusal(importCases(db, { eventId, fileName: 'far.xlsx', bytes: await farCellWorkbook() }));
    expect(error.message).toMatch(/^far\.xlsx: Sheet 1 of the workbook declares 1,048,576 rows \([A-Z0-9:]+\); the limit is 100,000\. Nothing was imported\.$/);
    expect(error.code).toBe('TOO_LARGE');
    expect(sha256File(core.store.path)).toBe(before);
  });

  it('the same cell in a sheet with no dimension is refused from the cells themselves', async () => {
    const error = await refusal(table(await farCellWithoutDimension(), 'far.xlsx'));
    expect(error.message).toBe('Sheet 1 of the workbook has a row numbered 1,048,576; the limit is 100,000 rows. Nothing was imported.');
  });

  it('rows without numbers are counted', async () => {
    const error = await refusal(table(await unnumberedRows(51), 'rows.xlsx', { rows: 50 }));
    expect(error.message).toBe('Sheet 1 of the workbook has more than 50 rows, the limit. Nothing was imported.');
  });

  it('a cell past the column limit is named by its address', async () => {
    const error = await refusal(table(await farCellWithoutDimension(), 'far.xlsx', { rows: 2_000_000 }));
    expect(error.message).toBe('Sheet 1 of the workbook has a cell at XFD1048576, in column 16,384; the limit is 500 columns. Nothing was imported.');
  });

  it('a zip bomb that declares its size is refused before anything is inflated', async () => {
    const bomb = await zipBomb(120 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const error = await refusal(table(bomb, 'bomb.xlsx'));
    expect(error.message).toBe('The workbook would expand to 120 MB when unpacked; the limit is 100 MB. Nothing was imported.');
  });

  it('a zip bomb that lies about its size is stopped as soon as an entry holds more than it declared', async () => {
    const error = await refusal(table(await lyingZipBomb(16 * 1024 * 1024), 'bomb.xlsx'));
    expect(error.message).toMatch(/^The workbook is damaged \(too many bytes in the stream.*\), so it cannot be read\. Nothing was imported\.$/);
  });

  it('a workbook whose list of entries is damaged is refused as damaged (found by the fuzz test: it was an internal error)', async () => {
    const zip = await workbookWithSheet('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>');
    const entry = zip.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
    zip[entry] = 0x3f;
    const error = await refusal(table(zip, 'damaged.xlsx'));
    expect(error.message).toBe('The workbook is damaged (invalid central directory file header signature: 0x2014b3f), so it cannot be read. Nothing was imported.');
    expect(error.code).toBe('BAD_FILE');
  });

  it('CSV past the row, column and size limits names each limit', async () => {
    const csv = new TextEncoder().encode(generateCasesCsv(11, 2));
    expect((await refusal(table(csv, 'cases.csv', { rows: 10 }))).message).toBe('The file has 11 rows; the limit is 10. Nothing was imported.');
    const wide = new TextEncoder().encode(`${Array.from({ length: 12 }, (_, i) => `Column ${i}`).join(',')}\n`);
    expect((await refusal(table(wide, 'wide.csv', { columns: 11 }))).message).toBe('A row of the file has 12 columns; the limit is 11. Nothing was imported.');
    expect((await refusal(table(csv, 'cases.csv', { fileBytes: 1024 }))).message).toMatch(/^The file is \d+ KB; the limit is 1 KB\. Nothing was imported\.$/);
  });

  it('a read that runs out of time or memory is stopped, and the next read still works', async () => {
    const csv = new TextEncoder().encode(generateCasesCsv(20_000, 4));
    const slow = await refusal(readBounded('table', { bytes: csv, fileName: 'cases.csv' }, { timeMs: 5 }));
    expect(slow.message).toBe('Reading the file took longer than 0.005 seconds, the limit, so it was stopped. Nothing was imported.');
    expect(slow.code).toBe('TOO_SLOW');
    const big = await refusal(readBounded('table', { bytes: csv, fileName: 'cases.csv' }, { heapMb: 16 }));
    expect(big.message).toBe('Reading the file needed more than 16 MB of memory, the limit, so it was stopped. Nothing was imported.');
    expect((await table(csv, 'cases.csv')).rows).toHaveLength(20_000);
  });

  it('audit workbooks and exchange files coming back are read through the same worker and checks', async () => {
    const far = await refusal(readBounded('workbook', { bytes: await farCellWorkbook() }));
    expect(far.message).toMatch(/^Sheet 1 of the workbook declares 1,048,576 rows/);
    const bomb = await refusal(readBounded('workbook', { bytes: await zipBomb(120 * 1024 * 1024) }));
    expect(bomb.message).toBe('The workbook would expand to 120 MB when unpacked; the limit is 100 MB. Nothing was imported.');
    expect(await readBounded('exchange', { bytes: new TextEncoder().encode('not an age file'), key: { passphrase: 'x' } })).toEqual({ ok: false, why: 'not-age' });
  });

  it('a framework file is parsed in the worker, its problems named as before', async () => {
    const error = await refusal(readBounded('framework', { text: 'key: [unclosed', fileName: 'local.yaml' }));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toMatch(/^local\.yaml: not valid YAML/);
  });
});
