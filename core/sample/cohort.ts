// The cohort file, read in memory only: the same bounded reader (a worker thread with heap and
// time limits), column mapping, value mapping and row checks as the case import. Nothing here
// touches the database; what is kept of the cohort is decided by the draw (sampled cases and
// reserves) and its counts per attribute value.
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { suggestMapping, validateMapping, type Mapping } from '../../model/case-fields';
import { UserError } from '../../model/errors';
import type { ValidationProblem } from '../../model/problems';
import { sourceKey, validateValueMapping, type ValueMapping } from '../../model/value-mapping';
import type { CaseRecord, RowError } from '../contract/types';
import type { CohortPreview } from '../contract/sample-types';
import { buildRecords } from '../cases/import/build';
import { decodeText } from '../cases/import/read-csv';
import type { RawTable } from '../cases/import/read';
import { valueColumns, valueResolver, vocabularies } from '../cases/import/values';
import { readTableFile } from '../files/read-table';
import { availableAttributes } from './draw';

export interface Cohort {
  fileName: string;
  sha256: string;
  rows: number;
  mapping: Mapping;
  /** The value choices that differ from what a value is recognised as (what the user decided). */
  values: ValueMapping;
  records: CaseRecord[];
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Off the main thread, under the reading limits; a refusal starts with the file's name. */
export const readCohortTable = (fileName: string, bytes: Uint8Array): Promise<RawTable> => readTableFile(fileName, bytes);

export function previewCohort(fileName: string, table: RawTable, agencies: readonly string[], mapping?: Mapping): CohortPreview {
  const suggested = suggestMapping(table.headers);
  const chosen = mapping ?? suggested;
  const mappingProblems = validateMapping(table.headers, chosen);
  const usable = mappingProblems.length === 0;
  return {
    fileName,
    rows: table.rows.length,
    headers: table.headers,
    sample: table.rows.slice(0, 3),
    suggested,
    remembered: null,
    mapping: chosen,
    mappingProblems,
    values: usable ? valueColumns(table, chosen, agencies) : [],
    attributes: usable ? availableAttributes(chosen.map((m) => m.field)) : [],
  };
}

/**
 * The choices worth keeping with the draw, to repeat it: every choice for a value that is not
 * recognised, and those that differ from what a recognised value would become unasked.
 */
export function decisions(values: ValueMapping, agencies: readonly string[]): ValueMapping {
  const unasked = valueResolver([], agencies);
  return values.filter((c) => {
    const r = unasked(c.field, sourceKey(c.source));
    return 'error' in r || !r.recognised || r.target.choice !== c.choice || (r.target.value ?? null) !== (c.value ?? null);
  });
}

function describeRowErrors(fileName: string, errors: RowError[]): UserError {
  const duplicates = errors.filter((e) => /already used on row/.test(e.message));
  const rows = new Set(errors.map((e) => e.row)).size;
  const first = (duplicates.length > 0 ? duplicates : errors).slice(0, 3).map((e) => `row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
  const lead = duplicates.length > 0
    ? `${fileName} has duplicate case references (${duplicates.length}), so no sample was drawn: every child must appear once in the cohort`
    : `${fileName} has ${rows} invalid row${rows === 1 ? '' : 's'}, so no sample was drawn`;
  const details: ValidationProblem[] = errors.slice(0, 500).map((e) => ({ path: `row ${e.row}${e.column ? `, ${e.column}` : ''}`, message: e.message }));
  const listed = first.map((line) => line.replace(/\.$/, '')).join('; ');
  return new UserError(`${lead}. ${listed}${errors.length > first.length ? ` (and ${errors.length - first.length} more)` : ''}.`, 'BAD_COHORT', details);
}

/** The cohort's valid records; any invalid row (a duplicate reference among them) refuses the whole file. */
export interface CohortChoices {
  mapping: Mapping;
  values: ValueMapping;
  auditDate: string;
  /** The event's agency names: the vocabulary of "agencies involved". */
  agencies: readonly string[];
}

export function cohortRecords(fileName: string, bytes: Uint8Array, table: RawTable, { mapping, values, auditDate, agencies }: CohortChoices): Cohort {
  const problems = validateMapping(table.headers, mapping);
  if (problems.length > 0) throw new UserError(`The column mapping cannot be used: ${problems.join('; ')}`, 'BAD_MAPPING');
  const valueProblems = validateValueMapping(values, vocabularies(agencies));
  if (valueProblems.length > 0) throw new UserError(`The value mapping cannot be used: ${valueProblems.join('; ')}`, 'BAD_MAPPING');
  const { records, errors } = buildRecords(table, mapping, { auditDate, values, agencies });
  if (errors.length > 0) throw describeRowErrors(fileName, errors);
  if (records.length === 0) throw new UserError(`${fileName} has no cases.`, 'BAD_COHORT');
  return { fileName, sha256: sha256(bytes), rows: records.length, mapping, values: decisions(values, agencies), records: records.map((r) => r.record) };
}

/**
 * A list of references to leave out: CSV or text, one reference per line (first column). A first
 * line that names the column ("Case reference", "Child ID") is a header and skipped.
 */
export function readReferenceList(fileName: string, bytes: Uint8Array): { sha256: string; references: Set<string> } {
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (error) {
    throw new UserError(`${fileName}: ${(error as Error).message}`, 'BAD_FILE');
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new UserError(`${fileName}: save the list of references as CSV or text, one reference per line.`, 'BAD_FILE_TYPE');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const cells = parsed.data.map((row) => (row[0] ?? '').trim()).filter(Boolean);
  if (cells.length > 0 && suggestMapping([cells[0]!]).some((m) => m.field === 'reference')) cells.shift();
  return { sha256: sha256(bytes), references: new Set(cells.map((c) => c.toUpperCase())) };
}
