// The case attributes an import can fill, and the mapping from a file's columns to them.
// Only mapped columns are ever read (data minimisation), so the mapping is the gate.
import { UserError } from './errors';

export const caseFields = [
  'reference',
  'sex',
  'dateOfBirth',
  'ageAtAudit',
  'ethnicity',
  'disability',
  'levelOfNeed',
  'neglectTypes',
  'vulnerabilities',
  'agencies',
  'planStartDate',
  'notes',
] as const;
export type CaseField = (typeof caseFields)[number];

export const fieldLabels: Record<CaseField, string> = {
  reference: 'Case reference',
  sex: 'Sex',
  dateOfBirth: 'Date of birth',
  ageAtAudit: 'Age at audit',
  ethnicity: 'Ethnicity',
  disability: 'Disability or SEN',
  levelOfNeed: 'Level of need',
  neglectTypes: 'Neglect types',
  vulnerabilities: 'Vulnerabilities',
  agencies: 'Agencies involved',
  planStartDate: 'Plan start date',
  notes: 'Notes',
};

/** A column maps to at most one field, and a field to at most one column. */
export type Mapping = { column: string; field: CaseField }[];

/** Lower case letters and digits only, so "Date of Birth", "date_of_birth" and "D.O.B." compare simply. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

// Synonyms per field, best first: when two columns could fill one field (e.g. "Level of need" and
// "Status"), the better synonym wins. "Category of Plan" in child protection exports holds the
// category of abuse or neglect, so it is a neglect-types column; "Legal Status" is the level of need.
const synonyms: Record<CaseField, string[]> = {
  reference: ['Case reference', 'Case Ref', 'Reference', 'Child ID', 'LCS ID', 'Person ID', 'Case ID', 'Client ID', 'Child reference', 'Ref'],
  sex: ['Sex', 'Gender'],
  dateOfBirth: ['Date of Birth', 'DOB', 'Birth date', 'Date of birth (or expected)'],
  ageAtAudit: ['Age at audit', 'Age', 'Age (years)', 'Age in years'],
  ethnicity: ['Ethnicity', 'Ethnic Origin', 'Ethnic group', 'Ethnicity code'],
  disability: ['Disability', 'Disability/SEN', 'SEND', 'SEN', 'Disabled'],
  levelOfNeed: ['Level of need', 'Legal Status', 'Plan type', 'Category', 'Status'],
  neglectTypes: ['Neglect types', 'Neglect type(s)', 'Neglect type', 'Category of Plan', 'Category of abuse', 'Category of abuse or neglect', 'CP category'],
  vulnerabilities: ['Vulnerabilities', 'Risk factors', 'Vulnerability factors'],
  agencies: ['Agencies involved', 'Agencies'],
  planStartDate: ['Plan start date', 'Plan start', 'CP start date', 'Plan start dt'],
  notes: ['Notes', 'Comments'],
};

const synonymRank = new Map<string, { field: CaseField; rank: number }>();
for (const field of caseFields) {
  synonyms[field].forEach((name, rank) => {
    const key = normaliseHeader(name);
    if (!synonymRank.has(key)) synonymRank.set(key, { field, rank });
  });
}

/** A first guess at the mapping from header names. Unknown headers (names, addresses, teams) stay unmapped. */
export function suggestMapping(headers: string[]): Mapping {
  const best = new Map<CaseField, { column: string; rank: number; index: number }>();
  headers.forEach((column, index) => {
    const hit = synonymRank.get(normaliseHeader(column));
    if (!hit) return;
    const current = best.get(hit.field);
    if (!current || hit.rank < current.rank) best.set(hit.field, { column, rank: hit.rank, index });
  });
  return [...best.entries()]
    .sort((a, b) => a[1].index - b[1].index)
    .map(([field, { column }]) => ({ column, field }));
}

/** Problems with a mapping, as sentences for the user; empty when it can be used. */
export function validateMapping(headers: string[], mapping: Mapping): string[] {
  const problems: string[] = [];
  const known = new Set(headers);
  const columns = new Set<string>();
  const fields = new Set<string>();
  for (const { column, field } of mapping) {
    if (!known.has(column)) problems.push(`There is no column "${column}" in the file.`);
    if (!(caseFields as readonly string[]).includes(field)) {
      problems.push(`"${String(field)}" is not a case field. Use one of: ${caseFields.join(', ')}.`);
    } else if (fields.has(field)) {
      problems.push(`${fieldLabels[field]} is mapped from more than one column.`);
    }
    if (columns.has(column)) problems.push(`Column "${column}" is mapped to more than one field.`);
    columns.add(column);
    fields.add(field);
  }
  if (!fields.has('reference')) problems.push('Map a column to Case reference: every case needs one.');
  return problems;
}

const fieldByLowerName = new Map(caseFields.map((field) => [field.toLowerCase(), field] as const));

/**
 * CLI `--map "Header=field"` arguments. The last "=" splits, so a header may itself contain "=".
 * Duplicates are left to validateMapping, which the caller runs against the file's headers.
 */
export function parseMapArgs(args: string[]): Mapping {
  return args.map((arg) => {
    const at = arg.lastIndexOf('=');
    if (at < 0) throw new UserError(`--map "${arg}": write it as "Column header=field", e.g. "DOB=dateOfBirth".`, 'BAD_MAPPING');
    const column = arg.slice(0, at).trim();
    const name = arg.slice(at + 1).trim();
    if (!column) throw new UserError(`--map "${arg}": the column header before "=" is missing.`, 'BAD_MAPPING');
    const field = fieldByLowerName.get(name.toLowerCase());
    if (!field) {
      throw new UserError(
        `--map "${arg}": "${name}" is not a case field. Use one of: ${caseFields.join(', ')}.`,
        'BAD_MAPPING',
      );
    }
    return { column, field };
  });
}

/** Case references that look like people's names, counted with the rows they are on. */
export interface NameLikeReferences {
  count: number;
  /** Of the non-empty references read. */
  of: number;
  /** The first few rows (1 = the first data row), so the user can find them without the names being repeated. */
  rows: number[];
}

// Two or more words that each start with a capital letter, and no digit anywhere: "Jane Smith",
// "Mary-Ann O'Neil". References are codes ("C-1001", "LCS 44812"), so a digit clears a value.
const nameLike = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;

export function looksLikePersonalName(text: string): boolean {
  const value = text.trim();
  return !/\d/.test(value) && nameLike.test(value);
}

/** The references that look like personal names, or null when none do. */
export function personalNameReferences(references: readonly string[], rowNumbers: readonly number[]): NameLikeReferences | null {
  const rows: number[] = [];
  let of = 0;
  references.forEach((reference, i) => {
    if (reference.trim() === '') return;
    of++;
    if (looksLikePersonalName(reference)) rows.push(rowNumbers[i] ?? i + 1);
  });
  return rows.length === 0 ? null : { count: rows.length, of, rows: rows.slice(0, 10) };
}
