// Reading a filled audit workbook back as incoming audits for the same preview and merge as a
// return. The locked columns must be as written (rows named if not); grades by their labels.
import type { Queryable } from '../../db/open';
import { findExchange } from '../../db/queries/allocation';
import { findPack, type PackRow } from '../../db/queries/exchange';
import { completenessGaps } from '../audits/completeness';
import { frameworkForEvent, type EventFramework } from '../audits/event-framework';
import { unescapeText } from '../export/cells';
import { readBounded } from '../files/bounded-reader';
import { cellAt, type WorkbookSheets } from '../files/workbook-sheets';
import { isUserError, UserError } from '../../model/errors';
import { getEvent } from '../events/service';
import type { AuditContent, GradeContent } from './formats';
import { readBytes } from './read';
import { AUDIT_SHEET, AUDITOR_CELL, INSTRUCTIONS_SHEET, META_SHEET, OVERALL_KEY } from './workbook-layout';

interface Row {
  row: number;
  reference: string;
  key: string;
  grade: string;
  evidence: string;
  rationale: string;
}

/** A cell as the person typed it: the apostrophe the writer put before formula-like text is undone. */
const typed = (text: string | undefined) => unescapeText(text ?? '').trim();

const notAWorkbook = (file: string) => new UserError(`${file} is not a Scrutineer return or audit workbook.`, 'NOT_EXCHANGE_FILE');

/** Every sheet as text, read in the bounded reader's worker after its zip checks. */
async function load(file: string, bytes: Uint8Array): Promise<WorkbookSheets> {
  try {
    return await readBounded('workbook', { bytes });
  } catch (error) {
    if (!isUserError(error)) throw error;
    throw error.code === 'BAD_FILE_TYPE' ? notAWorkbook(file) : new UserError(`${file}: ${error.message}`, error.code);
  }
}

function gradeOf(fw: EventFramework, text: string): { value: number | null; notApplicable: boolean } | null {
  const t = text.trim().toLowerCase();
  if (!t) return { value: null, notApplicable: false };
  if (t === fw.notApplicableLabel.toLowerCase()) return { value: null, notApplicable: true };
  const level = fw.framework.scale.levels.find((l) => l.label.toLowerCase() === t);
  return level ? { value: level.value, notApplicable: false } : null;
}

/** The rows as the workbook was made: each case's criteria in order, then its overall row. */
function expectedRows(fw: EventFramework, references: string[]): { reference: string; key: string }[] {
  return references.flatMap((reference) => [...fw.criteria.map((c) => ({ reference, key: c.key })), { reference, key: OVERALL_KEY }]);
}

export async function readWorkbookReturn(db: Queryable, eventId: number, file: string, bytes: Uint8Array): Promise<{ pack: PackRow; auditor: string; audits: AuditContent[] }> {
  const book = await load(file, readBytes(file, bytes));
  const meta = book[META_SHEET];
  const audit = book[AUDIT_SHEET];
  const info = book[INSTRUCTIONS_SHEET];
  if (!meta || !audit || !info) throw notAWorkbook(file);
  const metaValue = (n: number) => typed(meta[n - 1]?.[1]);
  const pack = findPack(db, metaValue(1));
  if (!pack || pack.kind !== 'workbook') throw new UserError(`${file} is an audit workbook this install did not make.`, 'UNKNOWN_PACK');
  if (pack.eventId !== eventId || findExchange(db, eventId)?.uid !== metaValue(2)) throw new UserError(`${file} is a workbook for another event ("${getEvent(db, pack.eventId).name}"), not this one.`, 'OTHER_EVENT');
  if (pack.supersededAt) throw new UserError(`${file} is an older workbook for ${metaValue(3)}: a newer one replaced it.`, 'SUPERSEDED_PACK');
  const references = (meta[3] ?? []).slice(1).map(typed).filter(Boolean);
  const fw = frameworkForEvent(db, eventId);
  const expected = expectedRows(fw, references);

  const rows: Row[] = [];
  const width = 6;
  audit.forEach((r, i) => {
    if (i === 0) return;
    const cells = Array.from({ length: width }, (_, c) => typed(r[c]));
    if (cells.every((c) => !c)) return;
    rows.push({ row: i + 1, reference: cells[0]!, key: cells[1]!, grade: cells[3]!, evidence: cells[4]!, rationale: cells[5]! });
  });
  const edited: number[] = [];
  expected.forEach((e, i) => {
    const r = rows[i];
    if (!r || r.reference !== e.reference || r.key !== e.key || r.row !== i + 2) edited.push(r?.row ?? i + 2);
  });
  if (rows.length > expected.length) edited.push(...rows.slice(expected.length).map((r) => r.row));
  if (edited.length > 0) {
    const shown = edited.slice(0, 10).join(', ') + (edited.length > 10 ? ` and ${edited.length - 10} more` : '');
    throw new UserError(`${file}: the locked reference or criterion columns were changed on row(s) ${shown} of the "${AUDIT_SHEET}" sheet; nothing was imported.`, 'WORKBOOK_EDITED');
  }
  const auditor = typed(cellAt(info, AUDITOR_CELL)) || pack.auditor;
  const problems: string[] = [];
  const audits: AuditContent[] = [];
  for (const reference of references) {
    const mine = rows.filter((r) => r.reference === reference);
    if (mine.every((r) => !r.grade && !r.evidence && !r.rationale)) continue;
    const grades: GradeContent[] = [];
    let overallValue: number | null = null;
    let overallRationale = '';
    for (const r of mine) {
      const g = gradeOf(fw, r.grade);
      if (!g) {
        problems.push(`row ${r.row}: "${r.grade}" is not on the scale`);
        continue;
      }
      if (r.key === OVERALL_KEY) {
        if (g.notApplicable) problems.push(`row ${r.row}: the overall judgement cannot be "${fw.notApplicableLabel}"`);
        overallValue = g.value;
        overallRationale = r.rationale;
        continue;
      }
      grades.push({ criterionKey: r.key, value: g.value, notApplicable: g.notApplicable, notApplicableReason: g.notApplicable ? r.rationale : '', rationale: g.notApplicable ? '' : r.rationale, evidence: r.evidence });
    }
    const content: AuditContent = { reference, auditor, status: 'in-progress', overallValue, overallRationale, strengths: '', areasForDevelopment: '', differenceMade: '', actions: '', grades };
    const gradeRows = new Map(grades.map((g) => [g.criterionKey, { ...g, id: 0, auditId: 0, createdAt: '', updatedAt: null }]));
    if (completenessGaps(fw, { overallValue }, gradeRows).length === 0) content.status = 'submitted';
    audits.push(content);
  }
  if (problems.length > 0) throw new UserError(`${file}: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? ` and ${problems.length - 10} more` : ''}; nothing was imported.`, 'BAD_WORKBOOK');
  if (audits.length > 0 && !auditor) throw new UserError(`${file}: the auditor's name (cell ${AUDITOR_CELL} of the "${INSTRUCTIONS_SHEET}" sheet) is empty; fill it in and send the workbook again.`, 'BAD_WORKBOOK');
  return { pack, auditor, audits };
}
