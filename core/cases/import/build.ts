// Rows of a RawTable to case records, through the mapping. Only mapped columns are read, so a
// value in any other column (a name, an address) can never reach a record. A row with any error
// is refused whole, and every error names its row, column and what to fix.
import { UserError } from '../../../model/errors';
import { ageInYears, ageStage, parseAge } from './age';
import { addMonths, isIsoDate, parseDate } from './dates';
import { todayIso } from '../../../model/dates';
import { normaliseEthnicity } from './ethnicity';
import { fieldLabels, type CaseField, type Mapping } from '../../../model/case-fields';
import {
  isAbuseCategory,
  normaliseLevelOfNeed,
  normaliseNeglectType,
  normaliseSex,
  normaliseYesNo,
  splitList,
  type NeglectType,
} from './normalise';
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
}

export const limits = { reference: 64, listItems: 40, listItem: 100, notes: 2000, maxAge: 25, unbornMonths: 9 } as const;

/** `mapping` has passed validateMapping (the import service checks it before building). */
export function buildRecords(table: RawTable, mapping: Mapping, options: { auditDate?: string } = {}): BuildResult {
  const auditDate = options.auditDate ?? todayIso();
  if (!isIsoDate(auditDate)) throw new UserError(`The audit date "${auditDate}" must be a date written YYYY-MM-DD.`, 'BAD_AUDIT_DATE');

  const columnOf = new Map<CaseField, { header: string; index: number }>(
    mapping.map(({ column, field }) => [field, { header: column, index: table.headers.indexOf(column) }]),
  );
  const overlong = new Set(table.overlongRows ?? []);
  // Exports repeat the same few values in most columns: normalise each distinct text once.
  const sexOf = memo(normaliseSex);
  const dateOf = memo(parseDate);
  const ageOf = memo(parseAge);
  const ethnicityOf = memo(normaliseEthnicity);
  const yesNoOf = memo(normaliseYesNo);
  const levelOf = memo(normaliseLevelOfNeed);
  const neglectOf = memo(normaliseNeglectType);
  const abuseOf = memo(isAbuseCategory);
  const listOf = memo(splitList);
  const latestBirth = addMonths(auditDate, limits.unbornMonths);
  const firstRowOf = new Map<string, number>();
  const result: BuildResult = { records: [], errors: [], warnings: [], rowsRead: table.rows.length };

  // The row being read; the helpers below are made once, not once per row.
  let row = 0;
  let cells: string[] = [];
  let errors: RowError[] = [];
  let warnings: RowError[] = [];
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

  table.rows.forEach((rowCells, i) => {
    row = table.rowNumbers[i] ?? i + 1;
    cells = rowCells;
    errors = [];
    warnings = [];

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

    const sex = take('sex', sexOf(cell('sex')), null);
    const dateOfBirth = take('dateOfBirth', dateOf(cell('dateOfBirth')), null);
    const ageAtAudit = take('ageAtAudit', ageOf(cell('ageAtAudit')), null);
    const ethnicity = take('ethnicity', ethnicityOf(cell('ethnicity')), null);
    const disability = take('disability', yesNoOf(cell('disability')), null);
    const levelOfNeed = take('levelOfNeed', levelOf(cell('levelOfNeed')), null);
    const planStartDate = take('planStartDate', dateOf(cell('planStartDate')), null);

    const neglectTypes: NeglectType[] = [];
    for (const item of listOf(cell('neglectTypes'))) {
      if (abuseOf(item)) {
        warnings.push({ row, column: columnOf.get('neglectTypes')!.header, message: `"${item}" is a category of abuse, not a type of neglect, so it was not imported.` });
        continue;
      }
      const type = take('neglectTypes', neglectOf(item), null);
      if (type && !neglectTypes.includes(type)) neglectTypes.push(type);
    }
    // "Neglect; Physical" says no more than "Physical".
    if (neglectTypes.length > 1 && neglectTypes.includes('unspecified')) neglectTypes.splice(neglectTypes.indexOf('unspecified'), 1);

    const vulnerabilities = textList('vulnerabilities', listOf(cell('vulnerabilities')), error);
    const agencies = textList('agencies', listOf(cell('agencies')), error);

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
    const record: CaseRecord = {
      reference,
      sex,
      dateOfBirth,
      ageAtAudit,
      ethnicityCode: ethnicity?.code ?? null,
      ethnicityLabel: ethnicity?.label ?? null,
      ethnicityGroup: ethnicity?.majorGroup ?? null,
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
