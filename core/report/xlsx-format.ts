// How the figures workbook's sheets look, in one place: typed columns (counts, percentages, means
// and dates as numbers with formats, text wrapped), a bold frozen header row that repeats on every
// printed page, an autofilter, and the classification marking in every header and footer.
import type ExcelJS from 'exceljs';

export type ColumnKind = 'text' | 'count' | 'percent' | 'mean' | 'date' | 'note';

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
  /** In characters. */
  width: number;
}

const formats: Partial<Record<ColumnKind, string>> = { count: '#,##0', percent: '0%', mean: '0.0', date: 'dd/mm/yyyy' };

/** A share as the whole percentage the report prints (0.476 → 0.48, shown as 48%), so the two agree. */
export const percentCell = (share: number | null): number | null => (share === null ? null : Math.round(share * 100) / 100);

/** A mean to one decimal place, as printed. */
export const meanCell = (mean: number | null): number | null => (mean === null ? null : Math.round(mean * 10) / 10);

/** An ISO date as a real date cell (midnight UTC, which exceljs writes as a whole day serial). */
export function dateCell(iso: string | null): Date | null {
  if (!iso) return null;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The marking on every printed page: Excel's codes, &C centre and &"-,Bold" (this font, bold: the
 * form openpyxl and LibreOffice read as well as Excel), &P page and &N pages, with & itself doubled.
 */
export function markPrintedPages(sheet: ExcelJS.Worksheet, marking: string): void {
  const printed = `&C&"-,Bold"${marking.replace(/&/g, '&&')}`;
  sheet.headerFooter = { oddHeader: printed, oddFooter: `${printed}  Page &P of &N` };
}

/** Excel's default font, named wherever a font is set so no client falls back to a serif. */
export const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: 'Calibri', size: 11, ...extra });

/** How many lines a text takes wrapped at spaces in a column `width` characters wide. */
function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used > 0 && used + 1 + word.length > width) {
      lines += 1;
      used = word.length;
    } else used += (used ? 1 : 0) + word.length;
  }
  return lines;
}

/**
 * Row heights for wrapped text, set rather than left to the client: LibreOffice and Excel do not
 * always grow a row to fit wrapped text on opening, and overlapping lines are unreadable. A
 * column of width w holds about w characters of Calibri 11 a line.
 */
export function fitRowHeights(sheet: ExcelJS.Worksheet, wrapped: (column: number) => boolean): void {
  sheet.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, column) => {
      if (typeof cell.value !== 'string' || !wrapped(column)) return;
      const width = sheet.getColumn(column).width ?? 10;
      lines = Math.max(lines, cell.value.split('\n').reduce((n, part) => n + wrappedLines(part, width - 1), 0));
    });
    if (lines > 1) row.height = lines * 15;
  });
}

/** A data sheet: header row, typed columns, frozen and filtered, printed landscape one page wide. */
export function dataSheet(book: ExcelJS.Workbook, name: string, columns: SheetColumn[], rows: (string | number | Date | null)[][], marking: string): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  // Wide enough for the header's longest word, so no header breaks mid-word ("Outstandin/g").
  const longestWord = (text: string) => Math.max(...text.split(/\s+/).map((w) => w.length));
  sheet.columns = columns.map((c) => ({ header: c.header, width: Math.max(c.width, longestWord(c.header) + 3) }));
  sheet.addRows(rows);
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    const numFmt = formats[c.kind];
    if (numFmt) column.numFmt = numFmt;
    // Every column wraps: a withheld figure's note in a narrow number column must stay readable.
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  const header = sheet.getRow(1);
  header.font = font({ bold: true });
  header.alignment = { wrapText: true, vertical: 'bottom' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  sheet.pageSetup.printTitlesRow = '1:1';
  fitRowHeights(sheet, () => true);
  markPrintedPages(sheet, marking);
  return sheet;
}
