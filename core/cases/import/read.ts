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

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export async function readTable(bytes: Uint8Array, fileName: string, limits: ReadLimits = readLimits): Promise<RawTable> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) throw new UserError('The file is empty.', 'EMPTY_FILE');
  if (bytes.length > limits.fileBytes) throw new UserError(`The file is ${size(bytes.length)}; the limit is ${size(limits.fileBytes)}. Nothing was imported.`, 'TOO_LARGE');

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
    throw new UserError('This file is named .xlsx but is not an Excel workbook.', 'BAD_FILE_TYPE');
  }
  if (ext !== 'csv' && ext !== 'txt' && ext !== 'tsv' && !looksLikeText(bytes)) {
    throw new UserError('This is not a CSV or XLSX file.', 'BAD_FILE_TYPE');
  }
  return finishTable(readCsv(bytes, limits));
}

/** Text files have no NUL bytes in their first few kilobytes (UTF-16 is refused in read-csv). */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head[0] === 0xff && head[1] === 0xfe) return true;
  if (head[0] === 0xfe && head[1] === 0xff) return true;
  return !head.includes(0);
}
