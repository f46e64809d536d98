// Reading a case list at its edges: the refusal for each kind of wrong file, with what to do;
// the size limits, named with the file's own figure; encodings and the lines at fault; how the
// delimiter is chosen; which row is the header; and workbooks with hidden sheets and gaps.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../core/cases/import/read';
import { detectDelimiter } from '../../../core/cases/import/read-csv';
import { readLimits } from '../../../core/files/limits';
import { text } from './helpers';

const exportAgain = 'Export the case list from your case-management system as CSV or Excel (.xlsx) and import that. Nothing was imported.';
const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readTable: files that are not case lists', () => {
  it.each([
    ['a GIF picture', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'photo.gif', `This is not a CSV or XLSX file: it is a GIF picture named .gif. ${exportAgain}`],
    ['a JPEG picture', [0xff, 0xd8, 0xff, 0xe0], 'scan.jpg', `This is not a CSV or XLSX file: it is a JPEG picture named .jpg. ${exportAgain}`],
    ['a gzip archive', [0x1f, 0x8b, 0x08, 0x00], 'cases.csv.gz', `This is not a CSV or XLSX file: it is a gzip archive named .gz. ${exportAgain}`],
    ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a], 'cases.rar', `This is not a CSV or XLSX file: it is a RAR archive named .rar. ${exportAgain}`],
    ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27], 'cases.7z', `This is not a CSV or XLSX file: it is a 7-Zip archive named .7z. ${exportAgain}`],
    ['a PDF without an extension', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'export', `This is not a CSV or XLSX file: it is a PDF document. ${exportAgain}`],
  ])('%s', async (_, signature, name, message) => {
    await expect(readTable(new Uint8Array(signature), name)).rejects.toThrow(message);
  });

  it('a zip under a name no table has (a Word document) is refused; under .xlsm, .txt, .tsv or no extension it is opened as a workbook', async () => {
    const zipNotWorkbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    await expect(readTable(zipNotWorkbook, 'report.docx')).rejects.toThrow(/^This is not a CSV or XLSX file\.$/);
    const xlsx = await workbook((wb) => wb.addWorksheet('S').addRows([['Ref', 'Sex'], ['C-1', 'F']]));
    for (const name of ['cases.xlsm', 'cases.txt', 'cases.tsv', 'cases', 'cases.CSV']) {
      expect((await readTable(xlsx, name)).rows, name).toEqual([['C-1', 'F']]);
    }
  });

  it('text named .xls is still refused as an old Excel file; text named .xlsm is not a workbook', async () => {
    await expect(readTable(text('Ref\nC-1\n'), 'old.XLS')).rejects.toThrow('This is an old Excel .xls file: open it in Excel and save it as .xlsx or CSV, then import that.');
    await expect(readTable(text('Ref\nC-1\n'), 'x.xlsm')).rejects.toThrow('This file is named .xlsm but is not an Excel workbook.');
  });

  it('UTF-16 in either byte order gets its own advice, not the binary-data refusal', async () => {
    const advice = 'This file is saved as UTF-16 ("Unicode text"). Save it from Excel as "CSV UTF-8 (Comma delimited)" and import that.';
    await expect(readTable(new Uint8Array([0xff, 0xfe, 0x52, 0x00, 0x0a, 0x00]), 'x.csv')).rejects.toThrow(advice);
    await expect(readTable(new Uint8Array([0xfe, 0xff, 0x00, 0x52, 0x00, 0x0a]), 'x.csv')).rejects.toThrow(advice);
  });
});

describe('readTable: limits', () => {
  it('names the file size and the limit', async () => {
    const limits = { ...readLimits, fileBytes: 1024 };
    await expect(readTable(text(`Ref\n${'C-1\n'.repeat(300)}`), 'x.csv', limits)).rejects.toThrow('The file is 1 KB; the limit is 1 KB. Nothing was imported.');
    expect((await readTable(text('Ref\nC-1\n'), 'x.csv', limits)).rows).toEqual([['C-1']]);
  });

  it('counts data rows (not the header, not blank lines) and columns against the limits', async () => {
    const limits = { ...readLimits, rows: 2, columns: 3 };
    expect((await readTable(text('Ref,A,B\nC-1,,\n\n\nC-2,,\n'), 'x.csv', limits)).rows).toHaveLength(2);
    await expect(readTable(text('Ref\nC-1\nC-2\nC-3\n'), 'x.csv', limits)).rejects.toThrow('The file has 3 rows; the limit is 2. Nothing was imported.');
    await expect(readTable(text('Ref,A,B,C\nC-1\n'), 'x.csv', limits)).rejects.toThrow('A row of the file has 4 columns; the limit is 3. Nothing was imported.');
    await expect(readTable(text('Ref\nC-1,a,b,c,d\n'), 'x.csv', limits)).rejects.toThrow('A row of the file has 5 columns; the limit is 3.');
  });
});

describe('readTable: encodings and the lines at fault', () => {
  it('names every line of a BOM file that is not UTF-8, and counts past twenty', async () => {
    const bom = [0xef, 0xbb, 0xbf];
    await expect(readTable(bytes(bom, 'Ref,Name\nC-1,Jos', [0xe9], '\nC-2,Ann\nC-3,Ren', [0xe9], 'e\n'), 'x.csv')).rejects.toThrow(
      'The file starts with a UTF-8 byte-order mark, but lines 2, 4 have bytes that are not UTF-8',
    );
    const many = Array.from({ length: 23 }, (_, i) => ['\nC-', String(i), ',', [0xe9]] as (string | number[])[]).flat();
    await expect(readTable(bytes(bom, 'Ref,Name', ...many, '\n'), 'x.csv')).rejects.toThrow(
      'but lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21 and 3 more have bytes',
    );
  });

  it('an unclosed quote is found on its line whatever the line endings', async () => {
    await expect(readTable(text('Ref,Notes\rC-1,ok\rC-2,"open\rC-3,x\r'), 'x.csv')).rejects.toThrow('A quoted value starting on line 3 of the file is never closed');
    await expect(readTable(text('Ref,Notes\r\nC-1,ok\r\nC-2,ok\r\nC-3,"open\r\n'), 'x.csv')).rejects.toThrow('starting on line 4 of the file');
  });

  it('stray quotes on several lines are all named, in order', async () => {
    await expect(readTable(text('Child ID,DOB\nC-1,01/01/2015\n"C-2"x,02/02/2018\nC-3,"03/03/2012"\n"C-4"y,1\nC-5,"1"\n'), 'x.csv')).rejects.toThrow(/^A quoted value on lines 3, 5 of the file has text after its closing quote/);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['Ref,Sex;Notes;More\n', ';'],
    ['Ref\tSex\tDOB,x\n', '\t'],
    ['Ref;Sex,DOB\n', ','], // a tie goes to the comma
    ['"A;B;C",Sex\n', ','], // quoted text is not counted
    ['\n\nRef;Sex\nC-1,a,b,c\n', ';'], // the first line with any
    ['Ref\r\nC-1;x\n', ';'],
    ['Ref\n', ','],
  ])('%j → %j', (input, delimiter) => expect(detectDelimiter(input)).toBe(delimiter));

  it('a semicolon file with tabs in its data keeps the semicolon', async () => {
    const t = await readTable(text('Ref;Notes\nC-1;a\tb\tc\n'), 'x.csv');
    expect(t.rows).toEqual([['C-1', 'a\tb\tc']]);
  });
});

describe('readTable: which row is the header', () => {
  it('a one-cell title only gives way to a row of two or more names', async () => {
    expect((await readTable(text('Title\nRef,Sex\nC-1,M\n'), 'x.csv')).headers).toEqual(['Ref', 'Sex']);
    expect((await readTable(text('Ref\nC-1\n'), 'x.csv')).headers).toEqual(['Ref']);
    expect((await readTable(text('Title,\n\n,Only\nC-1,M\n'), 'x.csv')).headers).toEqual(['Title', 'Column 2']);
  });

  it.each([
    ['31/01/2020', 'Ref,31/01/2020\n'],
    ['2020-01-31', 'Ref,2020-01-31T00:00\n'],
    ['-12.5', 'Ref,-12.5\n'],
    ['42', '42,Sex\n'],
  ])('a header cell like %s is data, not a name', async (shown, file) => {
    await expect(readTable(text(file), 'x.csv')).rejects.toThrow(/^No header row: the first row holds data \(".*"\) rather than column names\. Add a row of column names at the top\.$/);
    await expect(readTable(text(file), 'x.csv')).rejects.toThrow(shown === '2020-01-31' ? '2020-01-31T00:00' : shown);
  });

  it('names that only look a little like data are names', async () => {
    expect((await readTable(text('Ref,Year 2020,1st contact,v2.1a\nC-1,a,b,c\n'), 'x.csv')).headers).toEqual(['Ref', 'Year 2020', '1st contact', 'v2.1a']);
  });

  it('header cells left blank are named by their position', async () => {
    await expect(readTable(await workbook((wb) => wb.addWorksheet('S').addRows([[null, null, 'x']])), 'x.xlsx')).resolves.toMatchObject({ headers: ['Column 1', 'Column 2', 'x'] });
  });
});

describe('readTable: workbooks', () => {
  it('skips hidden sheets and empty ones, reads gaps as blanks and every cell kind as text', async () => {
    const xlsx = await workbook((wb) => {
      wb.addWorksheet('Hidden', { state: 'hidden' }).addRows([['Secret', 'Sheet'], ['S-1', 'x']]);
      wb.addWorksheet('Blank').addRow(['   ']);
      const sheet = wb.addWorksheet('Cases');
      sheet.getCell('A1').value = 'Ref';
      sheet.getCell('B1').value = 'Flag';
      sheet.getCell('D1').value = 'Link';
      sheet.getCell('A3').value = 'C-1';
      sheet.getCell('B3').value = false;
      sheet.getCell('C3').value = { richText: [{ text: 'Rich ' }, { text: 'text' }] };
      sheet.getCell('D3').value = { text: 'Record', hyperlink: 'https://example.invalid/c-1' };
      sheet.getCell('A4').value = 'C-2';
      sheet.getCell('B4').value = { formula: 'A4&"!"', result: 'C-2!' };
      sheet.getCell('C4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    });
    const t = await readTable(xlsx, 'cases.xlsx');
    expect(t.source).toEqual({ kind: 'xlsx', sheet: 'Cases' });
    expect(t.headers).toEqual(['Ref', 'Flag', 'Column 3', 'Link']);
    expect(t.rows).toEqual([
      ['C-1', 'FALSE', 'Rich text', 'Record'],
      ['C-2', 'C-2!', '#DIV/0!', ''],
    ]);
    expect(t.rowNumbers).toEqual([2, 3]);
  });

  it('a workbook whose only sheet with data is hidden is empty', async () => {
    const xlsx = await workbook((wb) => {
      wb.addWorksheet('Hidden', { state: 'veryHidden' }).addRows([['Ref'], ['C-1']]);
      wb.addWorksheet('Visible');
    });
    await expect(readTable(xlsx, 'x.xlsx')).rejects.toThrow('The file is empty: no worksheet has any data.');
  });
});
