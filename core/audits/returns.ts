// Audit returns that agencies still keep in spreadsheets: one row per grade with the columns
// reference, agency, auditor, criterion, grade, evidence. Validated like the case import: every
// bad row explained, and nothing imported if any row is bad. Several auditors grading the same
// case, agency and criterion make a double audit.
import type { Db, Queryable } from '../../db/open';
import { writeTransaction } from '../../db/write';
import * as q from '../../db/queries/audits';
import { caseRowsForEvent } from '../../db/queries/cases';
import { appendTrail, type NewTrailEntry } from '../../db/queries/trail';
import type { RawTable } from '../cases/import/read';
import { readTableFile } from '../files/read-table';
import type { ReturnsOutcome, RowError } from '../contract/types';
import { toCsv, unescapeText } from '../export/cells';
import { UserError } from '../../model/errors';
import { getEvent } from '../events/service';
import { requireActor } from './actor';
import { describeGrade, frameworkForEvent, type EventFramework } from './event-framework';

export const returnColumns = ['reference', 'agency', 'auditor', 'criterion', 'grade', 'evidence'] as const;
const requiredColumns = ['reference', 'agency', 'auditor', 'criterion', 'grade'] as const;
const notApplicableWords = new Set(['n/a', 'na', 'not applicable', 'n.a.']);

interface ParsedRow {
  caseId: number;
  agencyId: number;
  auditor: string;
  criterionKey: string;
  value: number | null;
  notApplicable: boolean;
  evidence: string;
}

function parseGrade(fw: EventFramework, text: string): { value: number | null; notApplicable: boolean } | string {
  const t = text.trim().toLowerCase();
  if (!t) return 'A grade is required.';
  if (notApplicableWords.has(t) || t === fw.notApplicableLabel.toLowerCase()) return { value: null, notApplicable: true };
  const byLabel = fw.framework.scale.levels.find((l) => l.label.toLowerCase() === t);
  if (byLabel) return { value: byLabel.value, notApplicable: false };
  if (/^\d+$/.test(t) && fw.levelByValue.has(Number(t))) return { value: Number(t), notApplicable: false };
  const scale = fw.framework.scale.levels.map((l) => `${l.label} (${l.value})`).join(', ');
  return `"${text.trim()}" is not on the scale. Use ${scale} or N/A.`;
}

export async function importReturns(db: Db, input: { eventId: number; fileName: string; bytes: Uint8Array }): Promise<ReturnsOutcome> {
  const table = await readTableFile(input.fileName, input.bytes);
  // Checked and written under one write lock: a second import of the same file waits, then sees
  // the first one's audits, exactly as if it had run afterwards.
  return writeTransaction(db, (tx) => applyReturns(tx, input, table));
}

function applyReturns(db: Queryable, input: { eventId: number; fileName: string }, table: RawTable): ReturnsOutcome {
  const checked = checkReturns(db, input, table);
  if (checked.errors.length > 0) return { imported: 0, errors: checked.errors, audits: 0 };
  return writeGrades(db, { ...input, actor: checked.actor, fw: checked.fw, audits: checked.audits }, checked.parsed);
}

export interface SpreadsheetAudit {
  reference: string;
  agency: string;
  auditor: string;
  change: 'new' | 'changed' | 'unchanged';
  grades: number;
}

/** What importing the spreadsheet would do, per audit: nothing is written. */
export async function previewSpreadsheetReturns(db: Db, input: { eventId: number; fileName: string; bytes: Uint8Array }): Promise<{ errors: RowError[]; audits: SpreadsheetAudit[] }> {
  const table = await readTableFile(input.fileName, input.bytes);
  const checked = checkReturns(db, input, table);
  if (checked.errors.length > 0) return { errors: checked.errors, audits: [] };
  const previous = new Map(q.gradesOfEvent(db, input.eventId).map((g) => [`${g.auditId}:${g.criterionKey}`, g]));
  const cases = new Map(caseRowsForEvent(db, input.eventId).map((c) => [c.id, c.reference]));
  const agencies = new Map(getEvent(db, input.eventId).agencies.map((a) => [a.id, a.name]));
  const byAudit = new Map<string, SpreadsheetAudit>();
  for (const r of checked.parsed) {
    const key = AuditIndex.key(r.caseId, r.agencyId, r.auditor);
    const existing = checked.audits.get(r.caseId, r.agencyId, r.auditor);
    const entry = byAudit.get(key) ?? { reference: cases.get(r.caseId) ?? '', agency: agencies.get(r.agencyId) ?? '', auditor: r.auditor, change: existing ? ('unchanged' as const) : ('new' as const), grades: 0 };
    entry.grades++;
    const before = existing ? previous.get(`${existing.id}:${r.criterionKey}`) : undefined;
    if (existing && (!before || before.value !== r.value || before.notApplicable !== r.notApplicable || before.evidence !== r.evidence)) entry.change = 'changed';
    byAudit.set(key, entry);
  }
  return { errors: [], audits: [...byAudit.values()] };
}

function checkReturns(db: Queryable, input: { eventId: number; fileName: string }, table: RawTable) {
  const actor = requireActor(db);
  const event = getEvent(db, input.eventId);
  const fw = frameworkForEvent(db, input.eventId);
  const index = new Map(table.headers.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = requiredColumns.filter((c) => !index.has(c));
  if (missing.length) throw new UserError(`${input.fileName}: missing column(s) ${missing.join(', ')}. A return has the columns ${returnColumns.join(', ')}.`, 'BAD_FILE');
  const header = (c: (typeof returnColumns)[number]) => table.headers[index.get(c)!] ?? c;

  const casesByRef = new Map(caseRowsForEvent(db, input.eventId).map((c) => [c.reference.toLowerCase(), c]));
  const agenciesByName = new Map(event.agencies.map((a) => [a.name.toLowerCase(), a]));
  const criterionBy = new Map<string, string>();
  for (const c of fw.criteria) {
    criterionBy.set(c.key.toLowerCase(), c.key);
    criterionBy.set(c.title.toLowerCase(), c.key);
  }
  const audits = new AuditIndex(q.auditsOfEvent(db, input.eventId));
  const errors: RowError[] = [];
  const parsed: ParsedRow[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 1;
    const cell = (c: (typeof returnColumns)[number]) => (index.has(c) ? (cells[index.get(c)!] ?? '').trim() : '');
    const rowErrors: RowError[] = [];
    const fail = (c: (typeof returnColumns)[number], message: string) => rowErrors.push({ row, column: header(c), message });
    const caseRow = casesByRef.get(cell('reference').toLowerCase());
    if (!cell('reference')) fail('reference', 'A case reference is required.');
    else if (!caseRow) fail('reference', `No case with the reference "${cell('reference')}" is in this event.`);
    const agency = agenciesByName.get(cell('agency').toLowerCase());
    if (!cell('agency')) fail('agency', 'An agency is required.');
    else if (!agency) fail('agency', `"${cell('agency')}" does not take part in this event (${event.agencies.map((a) => a.name).join(', ') || 'no agencies yet'}).`);
    const auditor = cell('auditor');
    if (!auditor) fail('auditor', "The auditor's name is required.");
    const criterionKey = criterionBy.get(cell('criterion').toLowerCase());
    if (!criterionKey) fail('criterion', `"${cell('criterion')}" is not a criterion of ${fw.framework.name} (use its key, e.g. ${fw.criteria[0]?.key}, or its title).`);
    const grade = parseGrade(fw, cell('grade'));
    if (typeof grade === 'string') fail('grade', grade);
    if (rowErrors.length === 0 && caseRow && agency && criterionKey && typeof grade !== 'string') {
      const key = `${AuditIndex.key(caseRow.id, agency.id, auditor)}:${criterionKey}`;
      const first = seen.get(key);
      if (first !== undefined) fail('criterion', `Row ${first} already grades this criterion for the same case, agency and auditor.`);
      else {
        seen.set(key, row);
        const existing = audits.get(caseRow.id, agency.id, auditor);
        if (existing && (existing.status === 'submitted' || existing.status === 'moderated')) {
          fail('auditor', `${auditor}'s audit of ${caseRow.reference} for ${agency.name} is already ${existing.status}; reopen it first.`);
        } else parsed.push({ caseId: caseRow.id, agencyId: agency.id, auditor, criterionKey, ...grade, evidence: unescapeText(cell('evidence')) });
      }
    }
    errors.push(...rowErrors);
  });
  return { errors, parsed, actor, fw, audits };
}

/** The event's audits by case, agency and auditor, read once: SQLite's lower() folds ASCII only, and so does this. */
class AuditIndex {
  private readonly byKey = new Map<string, { id: number; status: q.AuditRow['status'] }>();

  constructor(rows: { id: number; caseId: number; agencyId: number; auditor: string; status: q.AuditRow['status'] }[]) {
    for (const row of rows) this.add(row);
  }

  static key(caseId: number, agencyId: number, auditor: string): string {
    return `${caseId}:${agencyId}:${auditor.replace(/[A-Z]+/g, (upper) => upper.toLowerCase())}`;
  }

  get(caseId: number, agencyId: number, auditor: string) {
    return this.byKey.get(AuditIndex.key(caseId, agencyId, auditor));
  }

  add(row: { id: number; caseId: number; agencyId: number; auditor: string; status: q.AuditRow['status'] }) {
    const entry = { id: row.id, status: row.status };
    this.byKey.set(AuditIndex.key(row.caseId, row.agencyId, row.auditor), entry);
    return entry;
  }
}

function writeGrades(db: Queryable, input: { eventId: number; fileName: string; actor: string; fw: EventFramework; audits: AuditIndex }, parsed: ParsedRow[]): ReturnsOutcome {
  const { eventId, fileName, actor, fw, audits } = input;
  const previous = new Map(q.gradesOfEvent(db, eventId).map((g) => [`${g.auditId}:${g.criterionKey}`, g]));
  const touched = new Set<number>();
  const entries: NewTrailEntry[] = [];
  for (const r of parsed) {
    let audit = audits.get(r.caseId, r.agencyId, r.auditor);
    if (!audit) {
      audit = audits.add(q.insertAudit(db, { eventId, caseId: r.caseId, agencyId: r.agencyId, auditor: r.auditor }));
      entries.push({ eventId, caseId: r.caseId, actor, entity: 'audit', entityId: audit.id, field: 'created', oldValue: null, newValue: `${r.auditor} (from ${fileName})` });
    }
    if (audit.status === 'not-started') {
      q.updateAudit(db, audit.id, { status: 'in-progress' });
      audit.status = 'in-progress';
    }
    touched.add(audit.id);
    const before = previous.get(`${audit.id}:${r.criterionKey}`);
    const grade = q.upsertGrade(db, audit.id, r.criterionKey, {
      value: r.value,
      notApplicable: r.notApplicable,
      notApplicableReason: r.notApplicable ? `Recorded as not applicable in the return ${fileName}.` : '',
      evidence: r.evidence,
    });
    const oldGrade = before ? describeGrade(fw, before.value, before.notApplicable) : '';
    const newGrade = describeGrade(fw, grade.value, grade.notApplicable);
    if (oldGrade !== newGrade) entries.push({ eventId, caseId: r.caseId, actor, entity: 'grade', entityId: grade.id, field: 'grade', oldValue: oldGrade, newValue: newGrade, note: r.criterionKey });
  }
  entries.push({ eventId, caseId: null, actor, entity: 'import', entityId: null, field: 'audit returns', oldValue: null, newValue: `${parsed.length} grades in ${touched.size} audits`, note: fileName });
  appendTrail(db, entries);
  return { imported: parsed.length, errors: [], audits: touched.size };
}

/** Every recorded grade of the event as a return: the same columns the import reads. */
export function exportReturns(db: Db, eventId: number): string {
  getEvent(db, eventId);
  const fw = frameworkForEvent(db, eventId);
  const list = q.auditsOfEvent(db, eventId);
  const byId = new Map(list.map((a) => [a.id, a]));
  const order = new Map(fw.criteria.map((c, i) => [c.key, i]));
  const grades = q
    .gradesOf(db, list.map((a) => a.id))
    .filter((g) => g.value !== null || g.notApplicable)
    .sort((a, b) => a.auditId - b.auditId || (order.get(a.criterionKey) ?? 0) - (order.get(b.criterionKey) ?? 0));
  const rows = grades.map((g) => {
    const a = byId.get(g.auditId)!;
    return {
      reference: a.reference,
      agency: a.agencyName,
      auditor: a.auditor,
      criterion: g.criterionKey,
      grade: g.notApplicable ? 'N/A' : (fw.levelByValue.get(g.value!)?.label ?? String(g.value)),
      evidence: g.evidence,
    };
  });
  // fields + data always writes the header row, even for an event with no grades yet.
  return toCsv(returnColumns, rows.map((r) => returnColumns.map((c) => r[c])));
}

