// Value mapping: after the columns are mapped, each distinct value of a column with a fixed
// vocabulary (sex, ethnicity, disability, level of need, neglect types, agencies) is mapped to a
// vocabulary value, kept as written ("other") or left empty. Pure rules shared by the core (which
// applies them) and the renderer (which lets the user choose); any file of cases or a cohort
// goes through the same steps.
import { fieldLabels, type CaseField } from './case-fields';
import { UserError } from './errors';

export const valueFields = ['sex', 'ethnicity', 'disability', 'levelOfNeed', 'neglectTypes', 'agencies'] as const satisfies readonly CaseField[];
export type ValueField = (typeof valueFields)[number];

/** Fields whose cells hold a list ("Physical; Emotional"): each item is a value of its own. */
export const listValueFields: readonly ValueField[] = ['neglectTypes', 'agencies'];

export const valueChoiceKinds = ['value', 'other', 'empty'] as const;
export type ValueChoiceKind = (typeof valueChoiceKinds)[number];

/** What one source value becomes. `value` is a vocabulary value, given only when choice is 'value'. */
export interface ValueTarget {
  choice: ValueChoiceKind;
  value?: string;
}

export interface ValueChoice extends ValueTarget {
  field: ValueField;
  /** The value as it appears in the file, trimmed and with runs of spaces made one (sourceKey). */
  source: string;
}
export type ValueMapping = ValueChoice[];

export interface VocabularyItem {
  value: string;
  label: string;
}

/** One distinct value of a column, with how often it occurs and what it would become by default. */
export interface SourceValue {
  source: string;
  /** Cells (or list items) holding it. */
  count: number;
  /** The first data row it is on (1 = the first row after the header). */
  firstRow: number;
  /** Recognised without help (a known spelling); when false the suggestion is "keep as other". */
  recognised: boolean;
  suggested: ValueTarget;
  /** Why the suggestion is what it is, when that needs saying (e.g. a category of abuse). */
  note?: string;
}

/** A mapped column with a vocabulary: everything the value-mapping step shows for it. */
export interface ValueColumn {
  field: ValueField;
  /** The file's column header. */
  column: string;
  list: boolean;
  vocabulary: VocabularyItem[];
  /** Most frequent first. */
  values: SourceValue[];
  /** Distinct values beyond those listed (a column with very many distinct values was probably mis-mapped). */
  more: number;
}

/** How the values of one column were taken, counted per occurrence. */
export interface ValueTally {
  field: ValueField;
  column: string;
  mapped: number;
  other: number;
  empty: number;
  /** The distinct values kept as other, and those left empty, as written in the file. */
  otherValues: string[];
  emptyValues: string[];
}

export const isValueField = (field: string): field is ValueField => (valueFields as readonly string[]).includes(field);

/** The form a source value is compared and stored in: trimmed, inner runs of white space as one space. */
export function sourceKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Splits a list cell on ; , | or line breaks; trims, drops empties and case-insensitive repeats (first spelling kept). */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(/[;,|\r\n]/)) {
    const item = sourceKey(raw);
    const key = item.toLowerCase();
    if (!item || seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}

/** The values a cell holds: the list items of a list field, else the whole cell (none when blank). */
export function valuesInCell(field: ValueField, cell: string): string[] {
  if (listValueFields.includes(field)) return splitList(cell);
  const value = sourceKey(cell);
  return value ? [value] : [];
}

/** Each distinct value of a column with its count and first row, most frequent first, then first seen. */
export function distinctValues(field: ValueField, cells: readonly string[], rowNumbers: readonly number[]): { source: string; count: number; firstRow: number }[] {
  const found = new Map<string, { source: string; count: number; firstRow: number }>();
  cells.forEach((cell, i) => {
    for (const source of valuesInCell(field, cell)) {
      const seen = found.get(source);
      if (seen) seen.count++;
      else found.set(source, { source, count: 1, firstRow: rowNumbers[i] ?? i + 1 });
    }
  });
  return [...found.values()].sort((a, b) => b.count - a.count || a.firstRow - b.firstRow);
}

const indexKey = (field: ValueField, source: string) => `${field}\u0000${source}`;

/** The user's choices by field and source value, for lookups while rows are built. */
export function indexValueMapping(mapping: ValueMapping): Map<string, ValueTarget> {
  return new Map(mapping.map((c) => [indexKey(c.field, sourceKey(c.source)), { choice: c.choice, ...(c.value !== undefined ? { value: c.value } : {}) }]));
}

export function chosenTarget(index: Map<string, ValueTarget>, field: ValueField, source: string): ValueTarget | undefined {
  return index.get(indexKey(field, source));
}

/** Problems with the choices, as sentences for the user; empty when they can be used. */
export function validateValueMapping(mapping: ValueMapping, vocabularies: Partial<Record<ValueField, readonly VocabularyItem[]>>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of mapping) {
    const label = fieldLabels[c.field];
    const source = sourceKey(c.source);
    const key = indexKey(c.field, source);
    if (seen.has(key)) problems.push(`${label}: "${source}" is given more than one choice.`);
    seen.add(key);
    if (c.choice !== 'value') continue;
    const vocabulary = vocabularies[c.field] ?? [];
    if (c.value === undefined || c.value === '') problems.push(`${label}: "${source}" is to be mapped, but to no value.`);
    else if (!vocabulary.some((v) => v.value === c.value)) {
      problems.push(`${label}: "${c.value}" (for "${source}") is not one of ${vocabulary.map((v) => v.value).join(', ') || 'the values this event has'}.`);
    }
  }
  return problems;
}

/** The suggestions of every column, as a complete mapping: where the value-mapping step starts. */
export function suggestedValueMapping(columns: readonly ValueColumn[]): ValueMapping {
  return columns.flatMap((column) => column.values.map((v) => ({ field: column.field, source: v.source, ...v.suggested })));
}

/**
 * Keeps the user's earlier choices for values still in the file and takes the suggestion for the
 * rest, so changing the column mapping never silently undoes a choice the user made.
 */
export function mergeValueMapping(columns: readonly ValueColumn[], earlier: ValueMapping): ValueMapping {
  const index = indexValueMapping(earlier);
  return suggestedValueMapping(columns).map((s) => {
    const kept = chosenTarget(index, s.field, s.source);
    return kept ? { field: s.field, source: s.source, ...kept } : s;
  });
}

export function emptyTally(field: ValueField, column: string): ValueTally {
  return { field, column, mapped: 0, other: 0, empty: 0, otherValues: [], emptyValues: [] };
}

/** Counts one occurrence; distinct values are listed once. */
export function countValue(tally: ValueTally, choice: ValueChoiceKind, source: string): void {
  if (choice === 'value') tally.mapped++;
  else if (choice === 'other') {
    tally.other++;
    if (!tally.otherValues.includes(source)) tally.otherValues.push(source);
  } else {
    tally.empty++;
    if (!tally.emptyValues.includes(source)) tally.emptyValues.push(source);
  }
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function quoted(values: string[]): string {
  const shown = values.slice(0, 5).map((v) => `“${v}”`).join(', ');
  return values.length > 5 ? `${shown} and ${values.length - 5} more` : shown;
}

/** One line for a column: "Neglect types: 14 values mapped, 2 kept as other (“Emotional Abuse”), 1 left empty (“Sexual abuse”)." */
export function describeTally(t: ValueTally): string {
  const parts = [plural(t.mapped, 'value mapped', 'values mapped')];
  if (t.other > 0) parts.push(`${t.other.toLocaleString('en-GB')} kept as other (${quoted(t.otherValues)})`);
  if (t.empty > 0) parts.push(`${t.empty.toLocaleString('en-GB')} left empty (${quoted(t.emptyValues)})`);
  return `${fieldLabels[t.field]} (column “${t.column}”): ${parts.join(', ')}.`;
}

/** The tallies' totals, for a one-line summary. */
export function totalTallies(tallies: readonly ValueTally[]): { mapped: number; other: number; empty: number } {
  return tallies.reduce((sum, t) => ({ mapped: sum.mapped + t.mapped, other: sum.other + t.other, empty: sum.empty + t.empty }), { mapped: 0, other: 0, empty: 0 });
}

const fieldByLowerName = new Map(valueFields.map((field) => [field.toLowerCase(), field] as const));

/**
 * CLI `--value "field:Source value=target"` arguments, where target is a vocabulary value, `other`
 * (keep as written) or `empty` (leave out). The first ":" and the last "=" split.
 */
export function parseValueArgs(args: string[]): ValueMapping {
  return args.map((arg) => {
    const colon = arg.indexOf(':');
    const equals = arg.lastIndexOf('=');
    if (colon < 0 || equals < colon) {
      throw new UserError(`--value "${arg}": write it as "field:Value in the file=target", e.g. "neglectTypes:Emotional Abuse=other".`, 'BAD_MAPPING');
    }
    const name = arg.slice(0, colon).trim();
    const field = fieldByLowerName.get(name.toLowerCase());
    if (!field) throw new UserError(`--value "${arg}": "${name}" has no fixed values. Use one of: ${valueFields.join(', ')}.`, 'BAD_MAPPING');
    const source = sourceKey(arg.slice(colon + 1, equals));
    if (!source) throw new UserError(`--value "${arg}": the value in the file, between ":" and "=", is missing.`, 'BAD_MAPPING');
    const target = arg.slice(equals + 1).trim();
    if (!target) throw new UserError(`--value "${arg}": say what it becomes after "=" (a value, other or empty).`, 'BAD_MAPPING');
    if (target === 'other' || target === 'empty') return { field, source, choice: target };
    return { field, source, choice: 'value', value: target };
  });
}
