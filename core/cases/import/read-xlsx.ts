// XLSX workbooks: the first visible worksheet with any data, every cell turned into the text a
// person sees, except dates, which become YYYY-MM-DD whatever the cell's display format.
import type ExcelJS from 'exceljs';
import { UserError } from '../../../model/errors';
import { readLimits, type ReadLimits } from '../../files/limits';
import { checkZip } from '../../files/zip-checks';
import type { Grid } from './table';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** exceljs builds date cells at UTC midnight from the serial number, so UTC parts give the day. */
export function isoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDay(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
  // An error cell (#N/A, #REF!) keeps its code, so the row is refused with it rather than read as blank.
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * The first visible sheet with data, as text. The zip is checked first (sizes, dimension, last
 * row and column: see zip-checks), then only the cells that exist are visited, so the grid is
 * never larger than the cells the file really has.
 */
export async function readXlsx(bytes: Uint8Array, limits: ReadLimits = readLimits): Promise<Grid> {
  await checkZip(bytes, limits);
  // Loaded on first use: most runs never read a spreadsheet, and exceljs is large.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new UserError('This is not a CSV or XLSX file: it could not be opened as an Excel workbook.', 'BAD_FILE_TYPE');
  }
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const cells = sheetCells(sheet);
    if (cells.some((row) => row.some((cell) => cell.trim() !== ''))) {
      return { cells, source: { kind: 'xlsx', sheet: sheet.name } };
    }
  }
  throw new UserError('The file is empty: no worksheet has any data.', 'EMPTY_FILE');
}

/** Rows up to the last one with a cell, each as wide as the widest row; missing cells are blank. */
export function sheetCells(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const texts: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      texts[c - 1] = cellText(cell.value);
    });
    width = Math.max(width, texts.length);
    rows[r - 1] = texts;
  });
  return Array.from(rows, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? ''));
}
