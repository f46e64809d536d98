// Checks on a zip (an XLSX workbook, and any other zip the app reads) before anything builds from
// it: the entry count and the uncompressed sizes the central directory declares, then every entry
// inflated once as a stream and dropped, which yauzl stops the moment an entry holds more than it
// declared (a zip bomb that lies). Worksheets are scanned on the way for their declared dimension,
// their last row and their last column, so a single cell at XFD1048576 is refused before any
// spreadsheet library builds a grid from it.
import yauzl from 'yauzl';
import { UserError } from '../../model/errors';
import { columnNumber, count, size, type ReadLimits } from './limits';

const worksheet = /^xl\/worksheets\/sheet(\d+)\.xml$/;

export interface ZipSummary {
  entries: number;
  unzippedBytes: number;
}

function refuse(what: string): never {
  throw new UserError(`${what} Nothing was imported.`, 'TOO_LARGE');
}

async function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  try {
    return await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw new UserError('This is not a CSV or XLSX file: it could not be opened as an Excel workbook.', 'BAD_FILE_TYPE');
  }
}

export async function checkZip(bytes: Uint8Array, limits: Pick<ReadLimits, 'zipEntries' | 'unzippedBytes' | 'rows' | 'columns'>): Promise<ZipSummary> {
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > limits.zipEntries) refuse(`The workbook holds ${count(zip.entryCount)} files; the limit is ${count(limits.zipEntries)}.`);
    const entries = await centralDirectory(zip);
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > limits.unzippedBytes) refuse(`The workbook would expand to ${size(declared)} when unpacked; the limit is ${size(limits.unzippedBytes)}.`);
    for (const entry of entries) {
      const sheet = worksheet.exec(entry.fileName);
      await inflate(zip, entry, sheet ? new SheetScan(Number(sheet[1]), limits) : undefined);
    }
    return { entries: entries.length, unzippedBytes: declared };
  } finally {
    zip.close();
  }
}

/** The zip's list of entries; a damaged one (a bad signature, a name past the end) is the file's fault. */
async function centralDirectory(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch (error) {
    throw damaged(error);
  }
  return entries;
}

async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, scan: SheetScan | undefined): Promise<void> {
  if (entry.fileName.endsWith('/')) return;
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    throw damaged(error);
  }
  const decoder = new TextDecoder();
  try {
    for await (const chunk of stream) scan?.add(decoder.decode(chunk as Buffer, { stream: true }));
  } catch (error) {
    stream.destroy();
    if (error instanceof UserError) throw error;
    throw damaged(error);
  }
}

function damaged(error: unknown): UserError {
  // yauzl's words: "too many bytes in the stream", "invalid stored block lengths"...
  return new UserError(`The workbook is damaged (${(error as Error).message}), so it cannot be read. Nothing was imported.`, 'BAD_FILE');
}

/**
 * Reads a worksheet's XML as it streams past, for three numbers only: the dimension it declares,
 * the highest row and the highest column of any cell. Matches that straddle two chunks are found
 * in the carried tail: one seen twice changes no maximum, and row elements are counted only where
 * they end.
 */
class SheetScan {
  private carry = '';
  private dimensionChecked = false;
  private rowElements = 0;

  constructor(
    private readonly sheet: number,
    private readonly limits: Pick<ReadLimits, 'rows' | 'columns'>,
  ) {}

  add(text: string): void {
    const scanned = this.carry + text;
    if (!this.dimensionChecked) this.checkDimension(scanned);
    // Rows may leave out their number (r): then it is their count that says how many there are.
    const rowStarts = /<row\b/g;
    for (let m = rowStarts.exec(scanned); m; m = rowStarts.exec(scanned)) if (m.index + m[0].length > this.carry.length) this.rowElements++;
    if (this.rowElements > this.limits.rows) refuse(`Sheet ${this.sheet} of the workbook has more than ${count(this.limits.rows)} rows, the limit.`);
    const rows = /<row\b[^>]*?\br="(\d+)"/g;
    for (let m = rows.exec(scanned); m; m = rows.exec(scanned)) this.checkRow(Number(m[1]));
    const cells = /<c\b[^>]*?\br="([A-Z]{1,4})(\d+)"/g;
    for (let m = cells.exec(scanned); m; m = cells.exec(scanned)) {
      this.checkColumn(columnNumber(m[1]!), `${m[1]}${m[2]}`);
      this.checkRow(Number(m[2]));
    }
    this.carry = scanned.slice(-256);
  }

  private checkDimension(text: string): void {
    const dimension = /<dimension\s+ref="([A-Z]{1,4})(\d+)(?::([A-Z]{1,4})(\d+))?"/.exec(text);
    if (!dimension && !text.includes('<sheetData')) return;
    this.dimensionChecked = true;
    if (!dimension) return;
    const lastColumn = dimension[3] ?? dimension[1]!;
    const lastRow = Number(dimension[4] ?? dimension[2]);
    const ref = dimension[0].slice(dimension[0].indexOf('"') + 1, -1);
    if (lastRow > this.limits.rows) refuse(`Sheet ${this.sheet} of the workbook declares ${count(lastRow)} rows (${ref}); the limit is ${count(this.limits.rows)}.`);
    const columns = columnNumber(lastColumn);
    if (columns > this.limits.columns) refuse(`Sheet ${this.sheet} of the workbook declares ${count(columns)} columns (${ref}); the limit is ${count(this.limits.columns)}.`);
  }

  private checkRow(row: number): void {
    if (row > this.limits.rows) refuse(`Sheet ${this.sheet} of the workbook has a row numbered ${count(row)}; the limit is ${count(this.limits.rows)} rows.`);
  }

  private checkColumn(column: number, cell: string): void {
    if (column > this.limits.columns) refuse(`Sheet ${this.sheet} of the workbook has a cell at ${cell}, in column ${count(column)}; the limit is ${count(this.limits.columns)} columns.`);
  }
}
