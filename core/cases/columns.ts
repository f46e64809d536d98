// How the canonical import fields map onto stored case columns, and back to the canonical
// shape that `cases list` and the case table show.
import type { CaseColumn, CaseRow } from '../../db/queries/cases';
import type { CaseField } from '../../model/case-fields';
import type { CaseRecord, CaseView } from '../contract/types';

const columnsByField: Record<Exclude<CaseField, 'reference'>, CaseColumn[]> = {
  sex: ['sex'],
  dateOfBirth: ['dateOfBirth', 'ageStage'],
  ageAtAudit: ['ageAtAudit', 'ageStage'],
  ethnicity: ['ethnicityCode', 'ethnicityLabel', 'ethnicityGroup'],
  disability: ['disability'],
  levelOfNeed: ['levelOfNeed'],
  neglectTypes: ['neglectTypes'],
  vulnerabilities: ['vulnerabilities'],
  agencies: ['agencies'],
  planStartDate: ['planStartDate'],
  notes: ['notes'],
};

/** The stored columns an import writes for the mapped fields (data minimisation: no others). */
export function columnsForFields(fields: CaseField[]): CaseColumn[] {
  const set = new Set<CaseColumn>();
  for (const field of fields) if (field !== 'reference') for (const c of columnsByField[field]) set.add(c);
  return [...set];
}

/** One stored column's value for a record (lists as JSON). */
function storedValue(record: CaseRecord, column: CaseColumn): string | number | null {
  switch (column) {
    case 'ethnicityCode':
      return record.ethnicityCode;
    case 'ethnicityLabel':
      return record.ethnicityLabel;
    case 'ethnicityGroup':
      return record.ethnicityGroup;
    case 'neglectTypes':
    case 'vulnerabilities':
    case 'agencies':
      return JSON.stringify(record[column]);
    default:
      return record[column];
  }
}

/** A record's values for the given columns, in column order: what an insert or update binds. */
export function storedValueList(record: CaseRecord, columns: CaseColumn[]): (string | number | null)[] {
  return columns.map((c) => storedValue(record, c));
}

/** A record's values for the given columns, by column, in the stored form. */
export function storedValues(record: CaseRecord, columns: CaseColumn[]): Record<string, string | number | null> {
  return Object.fromEntries(columns.map((c) => [c, storedValue(record, c)]));
}

export function toCaseView(row: CaseRow, documentCount = 0): CaseView {
  return {
    id: row.id,
    reference: row.reference,
    sex: row.sex,
    dateOfBirth: row.dateOfBirth,
    ageAtAudit: row.ageAtAudit,
    ageStage: row.ageStage,
    ethnicity: row.ethnicityCode,
    ethnicityLabel: row.ethnicityLabel,
    ethnicityGroup: row.ethnicityGroup,
    disability: row.disability,
    levelOfNeed: row.levelOfNeed,
    neglectTypes: JSON.parse(row.neglectTypes) as string[],
    vulnerabilities: JSON.parse(row.vulnerabilities) as string[],
    agencies: JSON.parse(row.agencies) as string[],
    planStartDate: row.planStartDate,
    notes: row.notes,
    documentCount,
  };
}
