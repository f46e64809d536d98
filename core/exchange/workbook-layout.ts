// Where things are in an audit workbook: shared by the writer and the reader.
import type { EventFramework } from '../audits/event-framework';

export const INSTRUCTIONS_SHEET = 'Instructions';
export const AUDIT_SHEET = 'Audit';
export const META_SHEET = 'Scrutineer';
export const AUDITOR_CELL = 'B6';
export const OVERALL_KEY = 'overall';
/** The first grade label's row on the instructions sheet (after the 12 lines of text). */
const FIRST_GRADE_ROW = 13;

export const auditColumns = [
  { header: 'Case reference', key: 'reference', width: 16 },
  { header: 'Criterion key', key: 'criterion', width: 22 },
  { header: 'Criterion', key: 'title', width: 40 },
  { header: 'Grade', key: 'grade', width: 22 },
  { header: 'Evidence', key: 'evidence', width: 60 },
  { header: 'Why this judgement (or why not applicable)', key: 'rationale', width: 50 },
] as const;

/** The cells holding the scale's labels and "not applicable": the grade drop-down's source. */
export function scaleRange(fw: EventFramework): string {
  const last = FIRST_GRADE_ROW + fw.framework.scale.levels.length;
  return `${INSTRUCTIONS_SHEET}!$A$${FIRST_GRADE_ROW}:$A$${last}`;
}
