// Text that leaves the app in a spreadsheet (CSV or XLSX) cannot be run as a formula: a text
// cell starting with =, +, -, @, a tab or a carriage return gets an apostrophe in front, as
// OWASP advises against CSV injection. Numbers are not text and stay numbers. Every CSV and XLSX
// export goes through here.
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';

const formulaStart = /^[=+\-@\t\r]/;

export function safeText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export type CsvCell = string | number | boolean | null | undefined;

export function safeCell<T extends CsvCell>(value: T): T | string {
  return typeof value === 'string' ? safeText(value) : value;
}

/** Undoes safeText on a value read back from a file this app wrote (e.g. a returns CSV). */
export function unescapeText(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A CSV file (header row, CRLF line ends) with every text cell made safe. */
export function toCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse({ fields: fields.map(safeText), data: rows.map((row) => row.map((cell) => safeCell(cell ?? ''))) }, { newline: '\r\n' });
}

/** Makes every text cell of a workbook safe, on every sheet, just before it is written. */
export function escapeWorkbook(book: ExcelJS.Workbook): void {
  for (const sheet of book.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value === 'string') cell.value = safeText(cell.value);
      });
    });
  }
}
