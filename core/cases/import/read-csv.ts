// CSV (and tab-separated) text: UTF-8 with or without a BOM, else Windows-1252 (what Excel on
// Windows writes for "CSV" without "UTF-8"). papaparse does the parsing; we choose the delimiter,
// and refuse what papaparse would read wrongly: any quote problem, or rows that do not add up to
// the file's lines, is named by its line and nothing is imported.
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { UserError } from '../../../model/errors';
import { count, readLimits, type ReadLimits } from '../../files/limits';
import type { Grid } from './table';

export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252'; bom: boolean } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UserError(
      'This file is saved as UTF-16 ("Unicode text"). Save it from Excel as "CSV UTF-8 (Comma delimited)" and import that.',
      'BAD_ENCODING',
    );
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // fatal: bytes that are not UTF-8 throw instead of becoming U+FFFD, which is how 1252 is told apart.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8', bom };
  } catch {
    // A byte-order mark says UTF-8: a stray byte in such a file is an error to show, not a reason
    // to read every other character of the file wrongly.
    if (bom) throw notUtf8(linesNotUtf8(bytes));
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252'), encoding: 'windows-1252', bom: false };
  }
}

/** Line numbers (1-based) whose bytes are not UTF-8. A line feed byte never occurs inside a UTF-8 character. */
function linesNotUtf8(bytes: Uint8Array): number[] {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const bad: number[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      bad.push(line);
    }
    start = stop + 1;
  }
  return bad;
}

function listLines(lines: number[]): string {
  const shown = lines.slice(0, 20).join(', ');
  return lines.length > 20 ? `${shown} and ${lines.length - 20} more` : shown;
}

function notUtf8(lines: number[]): UserError {
  return new UserError(
    `The file starts with a UTF-8 byte-order mark, but ${lines.length === 1 ? 'line' : 'lines'} ${listLines(lines)} ${lines.length === 1 ? 'has' : 'have'} bytes that are not UTF-8 ` +
      '(a character saved in another encoding, such as Windows-1252). Nothing was imported: retype those characters, or save the file again as "CSV UTF-8", and import it again.',
    'BAD_ENCODING',
  );
}

/** The 1-based line of a position in the text. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

const candidates = [',', ';', '\t'] as const;

/**
 * The delimiter is read off the first line that has any: header names seldom hold commas,
 * semicolons or tabs, while data often does (lists, notes), which can mislead a guess from data
 * rows. Quoted text is skipped. The most frequent candidate wins; ties go to the comma.
 */
export function detectDelimiter(text: string): string {
  let counts = { ',': 0, ';': 0, '\t': 0 } as Record<string, number>;
  let inQuotes = false;
  for (const ch of text.slice(0, 65536)) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (candidates.some((c) => counts[c]! > 0)) break;
      counts = { ',': 0, ';': 0, '\t': 0 };
    } else if (!inQuotes && ch in counts) counts[ch]!++;
  }
  return candidates.reduce((best, c) => (counts[c]! > counts[best]! ? c : best), ',');
}

export function readCsv(bytes: Uint8Array, limits: Pick<ReadLimits, 'rows' | 'columns'> = readLimits): Grid {
  const { text, encoding, bom } = decodeText(bytes);
  if (text.trim() === '') throw new UserError('The file is empty.', 'EMPTY_FILE');
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    // The rest of the file would be swallowed into one value; better to stop and say where.
    throw new UserError(
      `A quoted value starting on line ${lineAt(text, unclosed.index ?? 0)} of the file is never closed (a " is missing), so the file cannot be read reliably. Nothing was imported.`,
      'BAD_CSV',
    );
  }
  const quoteLines = [...new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => lineAt(text, e.index ?? 0)))].sort((a, b) => a - b);
  if (quoteLines.length > 0) {
    // A quoted value followed by more text ("C-2"x) makes papaparse join the rows after it into one value.
    throw new UserError(
      `A quoted value on ${quoteLines.length === 1 ? 'line' : 'lines'} ${listLines(quoteLines)} of the file has text after its closing quote (a stray "), so the rows from there on cannot be read reliably. Nothing was imported: fix the quotes and import again.`,
      'BAD_CSV',
    );
  }
  checkEveryLineRead(text, parsed.data);
  checkSize(parsed.data, limits);
  return { cells: parsed.data, source: { kind: 'csv', encoding, bom, delimiter } };
}

function checkSize(rows: string[][], limits: Pick<ReadLimits, 'rows' | 'columns'>): void {
  // Rows with anything in them, less the header row.
  const dataRows = rows.filter((row) => row.some((cell) => cell.trim() !== '')).length - 1;
  if (dataRows > limits.rows) throw new UserError(`The file has ${count(dataRows)} rows; the limit is ${count(limits.rows)}. Nothing was imported.`, 'TOO_LARGE');
  const widest = rows.reduce((n, row) => Math.max(n, row.length), 0);
  if (widest > limits.columns) throw new UserError(`A row of the file has ${count(widest)} columns; the limit is ${count(limits.columns)}. Nothing was imported.`, 'TOO_LARGE');
}

/**
 * Every line of the file is in exactly one row: a row's lines are its own plus the line breaks
 * inside its quoted values. Any difference means the parser dropped or merged something.
 */
function checkEveryLineRead(text: string, rows: string[][]): void {
  const lines = (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  const read = rows.reduce((n, row) => n + 1 + row.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0), 0);
  if (read !== lines) {
    throw new UserError(`The file has ${lines} lines but ${read} were read as rows, so it cannot be read reliably. Nothing was imported.`, 'BAD_CSV');
  }
}
