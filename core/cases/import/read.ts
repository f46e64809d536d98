// Reads a CSV or XLSX export into a plain table of text: headers, rows and where each row was in
// the file. Nothing is interpreted here (dates stay text, except XLSX date cells which become
// YYYY-MM-DD); build.ts does that, so every rejected value can be explained with its row number.
import { UserError } from '../../../model/errors';
import { readLimits, size, type ReadLimits } from '../../files/limits';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { finishTable, type RawTable } from './table';

export type { RawTable } from './table';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old binary .xls (and .doc)
// Files people pick by mistake, named for what they are so the refusal says what to do instead.
const NOT_TABLES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG picture'],
  [[0xff, 0xd8, 0xff], 'a JPEG picture'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF picture'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
];
const EXPORT_AGAIN = 'Export the case list from your case-management system as CSV or Excel (.xlsx) and import that. Nothing was imported.';

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export async function readTable(bytes: Uint8Array, fileName: string, limits: ReadLimits = readLimits): Promise<RawTable> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) throw new UserError('The file is empty.', 'EMPTY_FILE');
  if (bytes.length > limits.fileBytes) throw new UserError(`The file is ${size(bytes.length)}; the limit is ${size(limits.fileBytes)}. Nothing was imported.`, 'TOO_LARGE');

  const known = NOT_TABLES.find(([signature]) => startsWith(bytes, signature));
  if (known) throw new UserError(`This is not a CSV or XLSX file: it is ${known[1]}${ext ? ` named .${ext}` : ''}. ${EXPORT_AGAIN}`, 'BAD_FILE_TYPE');

  // The content decides over the extension: a workbook renamed to .csv is still a workbook.
  if (startsWith(bytes, ZIP)) {
    if (ext !== 'xlsx' && ext !== 'xlsm' && ext !== 'csv' && ext !== 'txt' && ext !== 'tsv' && ext !== '') {
      throw new UserError('This is not a CSV or XLSX file.', 'BAD_FILE_TYPE');
    }
    return finishTable(await readXlsx(bytes, limits));
  }
  if (startsWith(bytes, OLE) || ext === 'xls') {
    throw new UserError('This is an old Excel .xls file: open it in Excel and save it as .xlsx or CSV, then import that.', 'BAD_FILE_TYPE');
  }
  if (ext === 'xlsx' || ext === 'xlsm') {
    throw new UserError(`This file is named .${ext} but is not an Excel workbook.`, 'BAD_FILE_TYPE');
  }
  if (!looksLikeText(bytes)) {
    // Whatever its name: a NUL byte never occurs in CSV text (UTF-16 has its own message in read-csv).
    throw new UserError(`This is not a CSV or XLSX file: it holds binary data (NUL bytes), not text. ${EXPORT_AGAIN}`, 'BAD_FILE_TYPE');
  }
  return finishTable(readCsv(bytes, limits));
}

/** Text has no NUL byte anywhere, except UTF-16, which read-csv refuses with its own advice. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return true;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return true;
  return !bytes.includes(0);
}
