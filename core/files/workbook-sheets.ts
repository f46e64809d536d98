// Every sheet of an XLSX as text, by sheet name: for files the app made and gets back (audit
// workbooks), read in the worker after the same zip checks as any imported workbook.
import type ExcelJS from 'exceljs';
import { UserError } from '../../model/errors';
import { sheetCells } from '../cases/import/read-xlsx';
import { columnNumber, readLimits, type ReadLimits } from './limits';
import { checkZip } from './zip-checks';

/** Sheet name → rows (row 1 first) of cells (column A first), as the text a person sees. */
export type WorkbookSheets = Record<string, string[][]>;

export async function readWorkbookSheets(bytes: Uint8Array, limits: ReadLimits = readLimits): Promise<WorkbookSheets> {
  await checkZip(bytes, limits);
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new UserError('This is not an Excel workbook: it could not be opened.', 'BAD_FILE_TYPE');
  }
  return Object.fromEntries(book.worksheets.map((sheet) => [sheet.name, sheetCells(sheet)]));
}

/** A cell by its address (e.g. "B3"), or '' when the sheet has nothing there. */
export function cellAt(rows: string[][], address: string): string {
  const match = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return rows[Number(match[2]) - 1]?.[columnNumber(match[1]!) - 1] ?? '';
}
