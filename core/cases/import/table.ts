// Turns the grid of cells a reader found into a RawTable: picks the header row, names and checks
// the columns, drops empty rows while keeping each row's position, and evens out row lengths.
import { UserError } from '../../../model/errors';

export interface RawTable {
  headers: string[];
  rows: string[][];
  /** Parallel to rows: 1 = the first data row after the header. Empty rows are skipped but still counted. */
  rowNumbers: number[];
  /**
   * Row numbers of rows with non-empty cells beyond the last column. In a CSV that usually means a
   * value holding an unquoted delimiter shifted the cells, so build.ts refuses these rows.
   */
  overlongRows?: number[];
  source: {
    kind: 'csv' | 'xlsx';
    encoding?: 'utf-8' | 'windows-1252';
    bom?: boolean;
    delimiter?: string;
    sheet?: string;
  };
}

export interface Grid {
  cells: string[][];
  source: RawTable['source'];
}

const isBlank = (cell: string | undefined): boolean => cell === undefined || cell.trim() === '';
const isEmptyRow = (row: string[]): boolean => row.every(isBlank);
const filled = (row: string[]): number => row.filter((cell) => !isBlank(cell)).length;

// A header cell that reads as a date or a number means the file starts with data, not names.
const looksLikeData = (cell: string): boolean =>
  /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(cell) || /^\d{4}-\d{2}-\d{2}/.test(cell) || /^-?\d+(\.\d+)?$/.test(cell);

export function finishTable({ cells, source }: Grid): RawTable {
  let headerIndex = cells.findIndex((row) => !isEmptyRow(row));
  if (headerIndex < 0) throw new UserError('The file is empty.', 'EMPTY_FILE');

  // Some systems put a one-cell title ("Audit sample, March") above the real header row.
  const nextIndex = cells.findIndex((row, i) => i > headerIndex && !isEmptyRow(row));
  if (filled(cells[headerIndex]!) === 1 && nextIndex > 0 && filled(cells[nextIndex]!) >= 2) headerIndex = nextIndex;

  const rawHeaders = cells[headerIndex]!.map((cell) => cell.trim());
  const body = cells.slice(headerIndex + 1);

  // Trailing columns with no name and no data (from trailing delimiters) are not columns at all.
  let width = rawHeaders.length;
  while (width > 0 && isBlank(rawHeaders[width - 1]) && body.every((row) => isBlank(row[width - 1]))) width--;
  if (width === 0) throw new UserError('No header row: the first row has no column names.', 'NO_HEADER');

  const headers = rawHeaders.slice(0, width).map((name, i) => name || `Column ${i + 1}`);
  const dataLike = headers.find(looksLikeData);
  if (dataLike !== undefined) {
    throw new UserError(
      `No header row: the first row holds data ("${dataLike}") rather than column names. Add a row of column names at the top.`,
      'NO_HEADER',
    );
  }
  const seen = new Set<string>();
  for (const name of headers) {
    const key = name.toLowerCase();
    if (seen.has(key)) throw new UserError(`Duplicate column name "${name}": rename one of the columns and import again.`, 'DUPLICATE_COLUMN');
    seen.add(key);
  }

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const overlongRows: number[] = [];
  body.forEach((row, i) => {
    if (isEmptyRow(row)) return;
    if (row.slice(width).some((cell) => !isBlank(cell))) overlongRows.push(i + 1);
    rows.push(Array.from({ length: width }, (_, c) => row[c] ?? ''));
    rowNumbers.push(i + 1);
  });

  const table: RawTable = { headers, rows, rowNumbers, source };
  if (overlongRows.length > 0) table.overlongRows = overlongRows;
  return table;
}
