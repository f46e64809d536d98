// CSV (and tab-separated) text: UTF-8 with or without a BOM, else Windows-1252 (what Excel on
// Windows writes for "CSV" without "UTF-8"). papaparse does the parsing; we choose the delimiter.
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { UserError } from '../../../model/errors';
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
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252'), encoding: 'windows-1252', bom: false };
  }
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

export function readCsv(bytes: Uint8Array): Grid {
  const { text, encoding, bom } = decodeText(bytes);
  if (text.trim() === '') throw new UserError('The file is empty.', 'EMPTY_FILE');
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    // The rest of the file would be swallowed into one value; better to stop and say where.
    const line = text.slice(0, unclosed.index).split(/\r\n|\r|\n/).length;
    throw new UserError(
      `A quoted value starting on line ${line} of the file is never closed (a " is missing), so the file cannot be read reliably.`,
      'BAD_CSV',
    );
  }
  return { cells: parsed.data, source: { kind: 'csv', encoding, bom, delimiter } };
}
