// Rows of a RawTable to case records, through the mapping. Only mapped columns are read, so a
// value in any other column (a name, an address) can never reach a record. A row with any error
// is refused whole, and every error names its row, column and what to fix.
import { UserError } from '../../../model/errors';
import { ageInYears, ageStage, parseAge } from './age';
import { addMonths, isIsoDate, parseDate } from './dates';
import { todayIso } from '../../../model/dates';
import { ethnicities } from './ethnicity';
import { fieldLabels, type CaseField, type Mapping } from '../../../model/case-fields';
import { splitList } from './normalise';
import { countValue, emptyTally, isValueField, sourceKey, type ValueChoiceKind, type ValueField, type ValueMapping, type ValueTally, type ValueTarget } from '../../../model/value-mapping';
import { valueResolver } from './values';
import type { Normalised } from './result';
import type { CaseRecord, RowError } from '../../contract/types';
import type { RawTable } from './table';

export interface BuildResult {
  records: { row: number; record: CaseRecord }[];
  /** Rows refused, with why. A row appears here once per problem and never in records. */
  errors: RowError[];
  /** Things changed on import that the user should know of; the row is still imported. */
  warnings: RowError[];
  /** Non-empty data rows read. */
  rowsRead: number;
  /** Per mapped value column: how the values of the rows built were taken (mapped, kept as other, left empty). */
  values: ValueTally[];
}

export interface BuildOptions {
  auditDate?: string;
  /** The user's value-mapping choices; a value without one is taken as recognised, or refused. */
  values?: ValueMapping;
  /** The event's agency names: the vocabulary of "agencies involved". */
  agencies?: readonly string[];
}

const ethnicityByCode = new Map(ethnicities.map((e) => [e.code, e]));

export const limits = { reference: 64, listItems: 40, listItem: 100, notes: 2000, maxAge: 25, unbornMonths: 9 } as const;

/** `mapping` has passed validateMapping (the import service checks it before building). */
export function buildRecords(table: RawTable, mapping: Mapping, options: BuildOptions = {}): BuildResult {
  const auditDate = options.auditDate ?? todayIso();
  if (!isIsoDate(auditDate)) throw new UserError(`The audit date "${auditDate}" must be a date written YYYY-MM-DD.`, 'BAD_AUDIT_DATE');

  const columnOf = new Map<CaseField, { header: string; index: number }>(
    mapping.map(({ column, field }) => [field, { header: column, index: table.headers.indexOf(column) }]),
  );
  const overlong = new Set(table.overlongRows ?? []);
  // Exports repeat the same few values in most columns: normalise each distinct text once.
  const dateOf = memo(parseDate);
  const ageOf = memo(parseAge);
  const listOf = memo(splitList);
  const resolve = valueResolver(options.values ?? [], options.agencies ?? []);
  const tallies = new Map<ValueField, ValueTally>();
  for (const { column, field } of mapping) if (isValueField(field)) tallies.set(field, emptyTally(field, column));
  const latestBirth = addMonths(auditDate, limits.unbornMonths);
  const firstRowOf = new Map<string, number>();
  const result: BuildResult = { records: [], errors: [], warnings: [], rowsRead: table.rows.length, values: [...tallies.values()] };

  // The row being read; the helpers below are made once, not once per row.
  let row = 0;
  let cells: string[] = [];
  let errors: RowError[] = [];
  let warnings: RowError[] = [];
  let counted: [ValueField, ValueChoiceKind, string][] = [];
  const error = (field: CaseField | null, message: string): void => {
    errors.push({ row, column: field ? (columnOf.get(field)?.header ?? '') : '', message });
  };
  const cell = (field: CaseField): string => {
    const at = columnOf.get(field);
    return at ? (cells[at.index] ?? '') : '';
  };
  function take<T>(field: CaseField, outcome: Normalised<T>, fallback: T): T {
    if (outcome.ok) return outcome.value;
    error(field, outcome.message);
    return fallback;
  }
  /** A source value through the value mapping: its target, or null (and an error) when it cannot be taken. */
  function valueOf(field: ValueField, source: string): ValueTarget | null {
    const r = resolve(field, source);
    if ('error' in r) {
      error(field, r.error);
      return null;
    }
    if (r.note) warnings.push({ row, column: columnOf.get(field)!.header, message: `"${source}" is ${r.note}, so it was not imported.` });
    counted.push([field, r.target.choice, source]);
    return r.target;
  }
  /** What a single-value field stores: the vocabulary value, the text as written ("other"), or nothing. */
  function single(field: Exclude<ValueField, 'neglectTypes' | 'agencies'>): { target: ValueTarget; source: string } | null {
    const source = sourceKey(cell(field));
    const target = source ? valueOf(field, source) : null;
    return target ? { target, source } : null;
  }
  function list(field: 'neglectTypes' | 'agencies'): string[] {
    const items: string[] = [];
    for (const source of listOf(cell(field))) {
      const target = valueOf(field, source);
      const stored = target ? storedText(target, source) : null;
      if (stored !== null && !items.includes(stored)) items.push(stored);
    }
    return items;
  }

  table.rows.forEach((rowCells, i) => {
    row = table.rowNumbers[i] ?? i + 1;
    cells = rowCells;
    errors = [];
    warnings = [];
    counted = [];

    // Shifted cells would give misleading errors for every column after the shift: report only this.
    if (overlong.has(row)) {
      result.errors.push({
        row,
        column: '',
        message: `This row has more cells than there are columns: a value probably holds an unquoted ${describeDelimiter(table.source.delimiter)}, which shifts the cells after it. Put quotes around that value in the file.`,
      });
      return;
    }

    const reference = cell('reference').trim();
    if (!reference) error('reference', 'Case reference is required.');
    else if (reference.length > limits.reference) error('reference', `The case reference is ${reference.length} characters long; at most ${limits.reference} are allowed.`);
    else {
      const key = reference.toUpperCase();
      const first = firstRowOf.get(key);
      if (first !== undefined) error('reference', `The case reference "${reference}" is already used on row ${first}.`);
      else firstRowOf.set(key, row);
    }

    const sex = stored(single('sex'));
    const dateOfBirth = take('dateOfBirth', dateOf(cell('dateOfBirth')), null);
    const ageAtAudit = take('ageAtAudit', ageOf(cell('ageAtAudit')), null);
    const ethnicity = ethnicityOf(single('ethnicity'));
    const disability = stored(single('disability'));
    const levelOfNeed = stored(single('levelOfNeed'));
    const planStartDate = take('planStartDate', dateOf(cell('planStartDate')), null);

    const neglectTypes = list('neglectTypes');
    // "Neglect; Physical" says no more than "Physical".
    if (neglectTypes.length > 1 && neglectTypes.includes('unspecified')) neglectTypes.splice(neglectTypes.indexOf('unspecified'), 1);

    const vulnerabilities = textList('vulnerabilities', listOf(cell('vulnerabilities')), error);
    const agencies = textList('agencies', list('agencies'), error);

    const notes = cell('notes').trim() || null;
    if (notes && notes.length > limits.notes) error('notes', `The notes are ${notes.length} characters long; at most ${limits.notes} are allowed.`);

    // Checks across fields, only on values that were themselves valid.
    let dateOfBirthPlausible = dateOfBirth !== null;
    if (dateOfBirth) {
      const latest = latestBirth;
      if (dateOfBirth > latest) {
        dateOfBirthPlausible = false;
        error('dateOfBirth', `The date of birth ${dateOfBirth} is more than ${limits.unbornMonths} months after the audit date (${auditDate}); an unborn child's expected date of birth can be at most ${latest}.`);
      } else if (dateOfBirth <= auditDate) {
        const age = ageInYears(dateOfBirth, auditDate);
        if (age > limits.maxAge) {
          dateOfBirthPlausible = false;
          error('dateOfBirth', `The date of birth ${dateOfBirth} gives an age of ${age} at the audit date; children's cases go up to age ${limits.maxAge}.`);
        } else if (ageAtAudit !== null && Math.abs(ageAtAudit - age) > 1) {
          error('ageAtAudit', `The age ${ageAtAudit} does not match the date of birth ${dateOfBirth}, which gives ${age} at the audit date (${auditDate}).`);
        }
      }
    }
    if (planStartDate) {
      if (planStartDate > auditDate) error('planStartDate', `The plan start date ${planStartDate} is after the audit date (${auditDate}).`);
      // Pre-birth plans start before birth, but not before the pregnancy could have been known of.
      else if (dateOfBirth && dateOfBirthPlausible && planStartDate < addMonths(dateOfBirth, -limits.unbornMonths)) {
        error('planStartDate', `The plan start date ${planStartDate} is more than ${limits.unbornMonths} months before the date of birth ${dateOfBirth}.`);
      }
    }

    if (errors.length > 0) {
      result.errors.push(...errors);
      return;
    }
    result.warnings.push(...warnings);
    for (const [field, choice, source] of counted) countValue(tallies.get(field)!, choice, source);
    const record: CaseRecord = {
      reference,
      sex,
      dateOfBirth,
      ageAtAudit,
      ethnicityCode: ethnicity.code,
      ethnicityLabel: ethnicity.label,
      ethnicityGroup: ethnicity.group,
      disability,
      levelOfNeed,
      neglectTypes,
      vulnerabilities: [...vulnerabilities],
      agencies: [...agencies],
      planStartDate,
      notes,
      ageStage: ageStage({ dateOfBirth, ageAtAudit, sex }, auditDate),
    };
    result.records.push({ row, record });
  });
  return result;
}

/** What is stored for a value: the vocabulary value, the text as written when kept as other, or nothing. */
function storedText(target: ValueTarget, source: string): string | null {
  if (target.choice === 'value') return target.value ?? null;
  return target.choice === 'other' ? source : null;
}

const stored = (taken: { target: ValueTarget; source: string } | null): string | null => (taken ? storedText(taken.target, taken.source) : null);

/** An ethnicity kept as other keeps its words as the label, with no code and no group. */
function ethnicityOf(taken: { target: ValueTarget; source: string } | null): { code: string | null; label: string | null; group: string | null } {
  const none = { code: null, label: null, group: null };
  if (!taken || taken.target.choice === 'empty') return none;
  if (taken.target.choice === 'other') return { code: null, label: taken.source, group: null };
  const found = ethnicityByCode.get(taken.target.value ?? '');
  return found ? { code: found.code, label: found.label, group: found.majorGroup } : none;
}

/** Caches a pure function of one text; results are shared, so they must not be mutated. */
function memo<R>(fn: (text: string) => R): (text: string) => R {
  const cache = new Map<string, R>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = fn(text);
      if (cache.size < 20_000) cache.set(text, value);
    }
    return value as R;
  };
}

function textList(field: 'vulnerabilities' | 'agencies', items: string[], error: (field: CaseField, message: string) => void): string[] {
  const label = fieldLabels[field].toLowerCase();
  if (items.length > limits.listItems) error(field, `There are ${items.length} ${label}; at most ${limits.listItems} are allowed.`);
  const long = items.find((item) => item.length > limits.listItem);
  if (long) error(field, `"${long.slice(0, 30)}…" is ${long.length} characters long; each of the ${label} can be at most ${limits.listItem}.`);
  return items;
}

function describeDelimiter(delimiter: string | undefined): string {
  if (delimiter === ';') return 'semicolon';
  if (delimiter === '\t') return 'tab';
  return 'comma';
}
