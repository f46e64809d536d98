import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../core/cases/import/read';
import { fixtureBytes, readFixture, text } from './helpers';

describe('readTable: CSV encodings', () => {
  it('reads UTF-8 without a BOM', async () => {
    const t = await readFixture('utf8.csv');
    expect(t.source).toEqual({ kind: 'csv', encoding: 'utf-8', bom: false, delimiter: ',' });
    expect(t.headers[0]).toBe('Child ID');
    expect(t.headers).toHaveLength(15);
    expect(t.rows).toHaveLength(4);
    expect(t.rows[0]![14]).toBe('Seen at the café with £5 — “fine”');
    expect(t.rows[1]![1]).toBe('Test Child Zoë');
    expect(t.rows[1]![6]).toBe('Physical, Supervision');
    expect(t.rowNumbers).toEqual([1, 2, 3, 4]);
  });

  it('reads UTF-8 with a BOM and CRLF, the BOM not part of the first header', async () => {
    const t = await readFixture('utf8-bom.csv');
    expect(t.source).toEqual({ kind: 'csv', encoding: 'utf-8', bom: true, delimiter: ',' });
    expect(t.headers).toEqual(['Case Ref', 'Date of Birth', 'Sex', 'Ethnic Origin', 'Level of need', 'Neglect type(s)', 'Team']);
    expect(t.rows.map((r) => r[6])).toEqual(['Team West', 'Team West']);
  });

  it('reads Windows-1252 when the bytes are not UTF-8', async () => {
    const t = await readFixture('windows-1252.csv');
    expect(t.source).toEqual({ kind: 'csv', encoding: 'windows-1252', bom: false, delimiter: ',' });
    expect(t.rows[0]).toEqual(['C-7001', 'Test Child Renée', '03/04/2017', 'F', 'WBRI', 'Mum’s café job pays £120 a week', 'Test Worker Zoë']);
    expect(t.rows[1]![5]).toBe('Seen at school – no concerns');
  });

  it('takes ASCII-only files as UTF-8', async () => {
    const t = await readTable(iconv.encode('Ref,Sex\nC-1,M\n', 'win1252'), 'a.csv');
    expect(t.source.encoding).toBe('utf-8');
  });

  it('refuses UTF-16 with a way out', async () => {
    await expect(readTable(new Uint8Array([0xff, 0xfe, 0x52, 0x00]), 'x.csv')).rejects.toThrow(/UTF-16.*CSV UTF-8/);
  });
});

describe('readTable: delimiters and quoting', () => {
  it('detects semicolons from the header even when data holds commas', async () => {
    const t = await readFixture('semicolon.csv');
    expect(t.source.delimiter).toBe(';');
    expect(t.headers).toEqual(['Child ID', 'DOB', 'Gender', 'Ethnicity', 'Agencies', 'Notes']);
    expect(t.rows[0]).toEqual(['C-3001', '14.03.2015', 'M', 'WBRI', 'Health, Police', 'Seen, and well']);
    expect(t.rows[1]![5]).toBe('Reviewed 01,02');
  });

  it('detects a semicolon header of three columns', async () => {
    const t = await readTable(text('Child ID;DOB;Gender\nC-1;01/02/2015;M\n'), 'x.csv');
    expect(t.source.delimiter).toBe(';');
    expect(t.headers).toEqual(['Child ID', 'DOB', 'Gender']);
  });

  it('detects tabs', async () => {
    const t = await readFixture('tab.tsv');
    expect(t.source.delimiter).toBe('\t');
    expect(t.headers).toEqual(['Person ID', 'Birth date', 'Gender', 'Ethnic group', 'Plan type', 'Risk factors', 'Social Worker']);
    expect(t.rows[0]![5]).toBe('Poverty, Domestic abuse');
    expect(t.rows[1]![5]).toBe('');
  });

  it('reads quoted delimiters, doubled quotes and line breaks inside quotes, with CRLF', async () => {
    const t = await readFixture('quoted.csv');
    expect(t.headers).toEqual(['Reference', 'Sex', 'Agencies', 'Notes', 'Address']);
    expect(t.rows).toEqual([
      ['C-5001', 'M', 'Health, Police', 'He said "hello", then left', '1 Example Street,\r\nExample Town'],
      ['C-5002', 'F', 'School', 'Line one\r\nLine two\nLine three', ''],
    ]);
    // A record spanning lines is still one data row; trailing empty lines are not rows.
    expect(t.rowNumbers).toEqual([1, 2]);
  });

  it('skips empty rows but keeps the row numbers of the rest', async () => {
    const t = await readTable(text('\n\nRef,Sex\nC-1,M\n\n , \nC-2,F\n\n'), 'x.csv');
    expect(t.rows).toEqual([['C-1', 'M'], ['C-2', 'F']]);
    expect(t.rowNumbers).toEqual([1, 4]);
  });

  it('trims headers, pads short rows, truncates long ones and remembers them', async () => {
    const t = await readTable(text(' Ref , Sex ,Notes\nC-1,M\nC-2,F,a,b\nC-3,M,x,,\n'), 'x.csv');
    expect(t.headers).toEqual(['Ref', 'Sex', 'Notes']);
    expect(t.rows).toEqual([['C-1', 'M', ''], ['C-2', 'F', 'a'], ['C-3', 'M', 'x']]);
    expect(t.overlongRows).toEqual([2]);
  });

  it('drops nameless empty trailing columns and names nameless columns that hold data', async () => {
    const t = await readTable(text('Ref,,Sex,,\nC-1,x,M,,\n'), 'x.csv');
    expect(t.headers).toEqual(['Ref', 'Column 2', 'Sex']);
    expect(t.rows).toEqual([['C-1', 'x', 'M']]);
    expect(t.overlongRows).toBeUndefined();
  });

  it('skips a one-cell title row above the header', async () => {
    const t = await readTable(text('Audit sample March\nRef,Sex\nC-1,M\n'), 'x.csv');
    expect(t.headers).toEqual(['Ref', 'Sex']);
    expect(t.rowNumbers).toEqual([1]);
  });

  it('reads a one-column file', async () => {
    const t = await readTable(text('Ref\nC-1\nC-2\n'), 'x.csv');
    expect(t.headers).toEqual(['Ref']);
    expect(t.rows).toEqual([['C-1'], ['C-2']]);
  });

  it('reads a file without an extension by its content', async () => {
    const t = await readTable(text('Ref,Sex\nC-1,M\n'), 'export');
    expect(t.source.kind).toBe('csv');
  });
});

describe('readTable: bad files', () => {
  it.each([
    ['zero bytes', new Uint8Array(), 'x.csv', 'The file is empty.'],
    ['only blank lines', text('\r\n\r\n  \n'), 'x.csv', 'The file is empty.'],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf]), 'x.csv', 'The file is empty.'],
    ['only delimiters', text(',,,\n,,\n'), 'x.csv', 'The file is empty.'],
  ])('%s', async (_, bytes, name, message) => {
    await expect(readTable(bytes, name)).rejects.toThrow(message);
  });

  it('a first row of data is not a header', async () => {
    await expect(readTable(text('C-1,14/03/2015,M\nC-2,01/01/2016,F\n'), 'x.csv')).rejects.toThrow('No header row: the first row holds data ("14/03/2015")');
  });

  it('duplicate column names', async () => {
    await expect(readTable(text('Ref,DOB,Sex,DOB\nC-1,,,\n'), 'x.csv')).rejects.toThrow('Duplicate column name "DOB"');
    await expect(readTable(text('Ref,DOB,dob\n'), 'x.csv')).rejects.toThrow('Duplicate column name "dob"');
  });

  it('an unclosed quote, instead of swallowing the rest of the file', async () => {
    await expect(readTable(text('Ref,Notes\nC-1,ok\nC-2,"never closed\nC-3,x\n'), 'x.csv')).rejects.toThrow(/quoted value starting on line 3.*never closed/);
  });

  it('a stray quote after a quoted value, which would join the rows after it into one value, names its line', async () => {
    // papaparse reads this as two rows and says nothing but "InvalidQuotes": C-3 would vanish.
    const file = text('Child ID,Notes\nC-1,"he said "hi""\nC-2,ok\nC-3,"x"\n');
    await expect(readTable(file, 'x.csv')).rejects.toThrow(
      'A quoted value on line 2 of the file has text after its closing quote (a stray "), so the rows from there on cannot be read reliably. Nothing was imported: fix the quotes and import again.',
    );
    await expect(readTable(text('Child ID,DOB\nC-1,01/01/2015\n"C-2"x,02/02/2018\nC-3,"03/03/2012"\n'), 'x.csv')).rejects.toThrow(/on line 3 of the file has text after its closing quote/);
  });

  it('a quote inside an unquoted value is read as it stands, as Excel does, and loses no row', async () => {
    const t = await readTable(text('Child ID,Notes\nC-1,5" tall\nC-2,said "no" twice\nC-3,x\n'), 'x.csv');
    expect(t.rows).toEqual([
      ['C-1', '5" tall'],
      ['C-2', 'said "no" twice'],
      ['C-3', 'x'],
    ]);
  });

  it('a file with a UTF-8 BOM is UTF-8: one Windows-1252 byte is named by its line, not a reason to read the whole file as 1252', async () => {
    const bytes = new Uint8Array([...[0xef, 0xbb, 0xbf], ...new TextEncoder().encode('Child ID,Name\nC-1,Zoë\nC-2,Jos'), 0xe9, ...new TextEncoder().encode('\nC-3,Ann\n')]);
    await expect(readTable(bytes, 'x.csv')).rejects.toThrow(
      'The file starts with a UTF-8 byte-order mark, but line 3 has bytes that are not UTF-8 (a character saved in another encoding, such as Windows-1252). Nothing was imported',
    );
    // Without the BOM the same bytes are not UTF-8 at all, so the file is Windows-1252 throughout.
    const withoutBom = await readTable(bytes.subarray(3), 'x.csv');
    expect(withoutBom.source.encoding).toBe('windows-1252');
    expect(withoutBom.headers).toEqual(['Child ID', 'Name']);
  });

  it('binary files that are not workbooks', async () => {
    await expect(readTable(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'picture.png')).rejects.toThrow('This is not a CSV or XLSX file');
    await expect(readTable(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1]), 'doc.pdf')).rejects.toThrow('This is not a CSV or XLSX file');
  });

  it('a PDF renamed .csv, and a .csv with NUL bytes, are refused as not CSV whatever their name', async () => {
    // A real PDF (made by LibreOffice from a fictional list); the old check trusted the .csv name.
    await expect(readTable(fixtureBytes('sample-list.pdf'), 'cases.csv')).rejects.toThrow('This is not a CSV or XLSX file: it is a PDF document named .csv.');
    const withNul = text('Child ID,Sex\nC-1,F\n');
    withNul[12] = 0;
    await expect(readTable(withNul, 'cases.csv')).rejects.toThrow('it holds binary data (NUL bytes), not text');
    // The same bytes without the NUL are an ordinary CSV.
    expect((await readTable(text('Child ID,Sex\nC-1,F\n'), 'cases.csv')).rows).toEqual([['C-1', 'F']]);
  });

  it('a zip that is not a workbook, and a .xlsx that is not a zip', async () => {
    await expect(readTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'x.xlsx')).rejects.toThrow('This is not a CSV or XLSX file');
    await expect(readTable(text('Ref,Sex\n'), 'x.xlsx')).rejects.toThrow('is not an Excel workbook');
  });

  it('old .xls files, with what to do', async () => {
    await expect(readTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls')).rejects.toThrow(/old Excel \.xls file.*save it as \.xlsx or CSV/);
  });
});

describe('readTable: XLSX', () => {
  it('reads the first visible sheet with data, below its title row, with dates as YYYY-MM-DD', async () => {
    const t = await readFixture('cases.xlsx');
    expect(t.source).toEqual({ kind: 'xlsx', sheet: 'Sample' });
    expect(t.headers).toEqual(['Child ID', 'Child Name', 'DOB', 'Age', 'Gender', 'Ethnicity', 'Legal Status', 'Category of Plan', 'Plan Start', 'Social Worker', 'Address']);
    expect(t.rowNumbers).toEqual([1, 2, 4, 5]);
    const [a, b, d, e] = t.rows;
    expect(a!.slice(0, 5)).toEqual(['X-1001', 'Test Child A', '2015-03-14', '9', 'M']); // date cell, number
    expect(a![8]).toBe('2024-01-02');
    expect(b![2]).toBe('30/07/2019'); // a date typed as text stays text
    expect(b![5]).toBe('MWBC - White and Black Caribbean'); // rich text
    expect(d![0]).toBe('X-1004'); // hyperlink
    expect(d![3]).toBe('16'); // formula result
    expect(e![2]).toBe('42077'); // a serial number in a number cell
  });

  it('turns every kind of cell into text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Only');
    sheet.addRow(['Ref', 'Flag', 'Error', 'Late', 'Formula date', 'Decimal']);
    sheet.addRow(['C-1', true, { error: '#N/A' }, new Date(Date.UTC(2020, 1, 29, 23, 30)), { formula: 'TODAY()', result: new Date(Date.UTC(2021, 0, 5)) }, 2.5]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const t = await readTable(bytes, 'cells.xlsx');
    expect(t.rows).toEqual([['C-1', 'TRUE', '#N/A', '2020-02-29', '2021-01-05', '2.5']]);
  });

  it('refuses a workbook with no data', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expect(readTable(bytes, 'empty.xlsx')).rejects.toThrow('The file is empty');
  });

  it('refuses duplicate column names in a workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').addRows([['Ref', 'DOB', 'DOB'], ['C-1', '', '']]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expect(readTable(bytes, 'dup.xlsx')).rejects.toThrow('Duplicate column name "DOB"');
  });

  it('reads a workbook renamed to .csv by its content', async () => {
    const t = await readTable(fixtureBytes('cases.xlsx'), 'renamed.csv');
    expect(t.source.kind).toBe('xlsx');
  });
});

describe('readTable: header only', () => {
  it('gives no rows, not an error', async () => {
    const t = await readTable(text('Ref,Sex\r\n'), 'x.csv');
    expect(t).toMatchObject({ headers: ['Ref', 'Sex'], rows: [], rowNumbers: [] });
  });
});
