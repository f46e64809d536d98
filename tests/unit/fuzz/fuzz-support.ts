// Shared pieces of the property-based (fast-check) tests of the importers: hostile text, files
// turned into bytes in several encodings with a few bytes changed, and the one property every
// importer must keep: each input is accepted, or refused with a user error (an exception or row
// errors as data), and a refused one leaves every row and the schema as they were, and
// the database file and its write-ahead log byte for byte.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { isUserError } from '../../../model/errors';

/** Generated inputs per importer per run (the issue asks for at least 1,000). */
export const runsPerImporter = 1000;
/** A property's whole run, with room for a loaded machine: the four together take under a minute idle. */
export const propertyTimeoutMs = 180_000;

/** Text a spreadsheet or another system could put in a cell, the awkward kinds over-represented. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '"', '""', '"x"y', 'a"b', '"unclosed', '=1+1', "-2+3+cmd|' /C calc'!A0", '+1', '@SUM(1)', '\t', '\r', '\n', '\r\n', ',', ';',
      '\uFEFF', '\u0000', 'Zoë', '\u202Eevil', '  ', '', 'N/A', '01/01/2015', '2015-13-45', '31/02/2019', '99999999999999999999', '-1', '1e308', '<t>', '&amp;', ']]>',
    ),
    weight: 3,
  },
);

export type Encoding = 'utf8' | 'utf8-bom' | 'windows-1252';

/** A byte change anywhere in a file: `at` is taken modulo the file's length. */
export interface ByteChange {
  at: number;
  remove: number;
  insert: Uint8Array;
}

export const byteChanges: fc.Arbitrary<ByteChange[]> = fc.oneof(
  { arbitrary: fc.constant<ByteChange[]>([]), weight: 3 },
  { arbitrary: fc.array(fc.record({ at: fc.nat(), remove: fc.nat(3), insert: fc.uint8Array({ maxLength: 3 }) }), { minLength: 1, maxLength: 3 }), weight: 1 },
);

export function applyChanges(bytes: Uint8Array, changes: ByteChange[]): Uint8Array {
  let out = bytes;
  for (const change of changes) {
    const at = out.length === 0 ? 0 : change.at % out.length;
    out = new Uint8Array([...out.subarray(0, at), ...change.insert, ...out.subarray(at + change.remove)]);
  }
  return out;
}

export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'windows-1252') return new Uint8Array(iconv.encode(text, 'win1252'));
  const bytes = new TextEncoder().encode(text);
  return encoding === 'utf8-bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

export const encodings: fc.Arbitrary<Encoding> = fc.constantFrom('utf8', 'utf8', 'utf8-bom', 'windows-1252');

/** A CSV line, each cell quoted when it must be, always, or never (the last makes broken files). */
export function csvLine(cells: string[], delimiter: string, quoting: 'minimal' | 'all' | 'none'): string {
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  return cells
    .map((cell) => {
      if (quoting === 'none') return cell;
      if (quoting === 'all' || /["\r\n]/.test(cell) || cell.includes(delimiter)) return quote(cell);
      return cell;
    })
    .join(delimiter);
}

export interface TableFile {
  headers: string[];
  rows: string[][];
  delimiter: string;
  quoting: 'minimal' | 'all' | 'none';
  lineEnd: string;
  encoding: Encoding;
  changes: ByteChange[];
}

/** A CSV file from headers and cells drawn from the given pools, in any encoding, with a few bytes changed. */
export function csvFile(headers: fc.Arbitrary<string>, cell: fc.Arbitrary<string>, maxRows = 8): fc.Arbitrary<TableFile> {
  return fc.record({
    headers: fc.uniqueArray(headers, { maxLength: 8 }),
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: maxRows }),
    delimiter: fc.constantFrom(',', ',', ';', '\t'),
    quoting: fc.constantFrom('minimal', 'minimal', 'all', 'none'),
    lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
    encoding: encodings,
    changes: byteChanges,
  });
}

/** Rows as long as the header unless the generator made them ragged on purpose. */
export function csvBytes(file: TableFile, fitRows: boolean): Uint8Array {
  const rows = fitRows ? file.rows.map((row) => file.headers.map((_, i) => row[i] ?? '')) : file.rows;
  const text = [file.headers, ...rows].map((cells) => csvLine(cells, file.delimiter, file.quoting)).join(file.lineEnd);
  return applyChanges(encode(text, file.encoding), file.changes);
}

const dumpStatements = new WeakMap<Database.Database, Database.Statement[]>();

/** Every row of every table and the schema, as text: equal dumps mean nothing was changed. */
export function logicalDump(sqlite: Database.Database): string {
  let statements = dumpStatements.get(sqlite);
  if (!statements) {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    statements = [sqlite.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name'), ...tables.map((t) => sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`))];
    dumpStatements.set(sqlite, statements);
  }
  return JSON.stringify(statements.map((statement) => statement.raw().all()));
}

/** The database file and its write-ahead log, byte for byte (encrypted, so any page written shows). */
export function fileBytes(path: string): string {
  const hash = createHash('sha256');
  for (const file of [path, `${path}-wal`]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

export type Verdict = 'accepted' | 'refused';

/**
 * Runs one import and checks the property: it resolves (refused when `refusedBy` says the outcome
 * carries row errors) or throws a user error; anything else thrown fails the test. When refused,
 * the database's dump is compared with the one taken before.
 */
export async function acceptedOrRefused<T>(sqlite: Database.Database, run: () => Promise<T>, refusedBy: (outcome: T) => boolean): Promise<Verdict> {
  // Checkpointed first, so the log is empty and what a refusal might write is easy to see.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const before = logicalDump(sqlite);
  const bytesBefore = fileBytes(sqlite.name);
  let verdict: Verdict;
  try {
    verdict = refusedBy(await run()) ? 'refused' : 'accepted';
  } catch (error) {
    if (!isUserError(error)) throw error;
    expect(error.message.length, 'a refusal says why').toBeGreaterThan(0);
    verdict = 'refused';
  }
  if (verdict === 'refused') {
    expect(logicalDump(sqlite), 'a refused input changed a row or the schema').toBe(before);
    expect(fileBytes(sqlite.name), 'a refused input wrote to the database file').toBe(bytesBefore);
  }
  expect(sqlite.pragma('quick_check', { simple: true })).toBe('ok');
  return verdict;
}

/** Counts of each verdict over a run, so a test can show its generator reaches both. */
export function tally(): { add(verdict: Verdict): void; counts: Record<Verdict, number> } {
  const counts: Record<Verdict, number> = { accepted: 0, refused: 0 };
  return { add: (verdict) => void counts[verdict]++, counts };
}
