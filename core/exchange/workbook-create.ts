// The Excel route for agencies without the app: one workbook per agency from the same
// allocation. A row per case and criterion (plus the overall judgement), the reference and
// criterion columns locked, a grade drop-down from the scale, an instructions sheet, the marking
// in header and footer, and sheet protection without a password (to prevent slips, not people).
import { randomBytes, randomUUID } from 'node:crypto';
import type ExcelJS from 'exceljs';
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/write';
import { ensureExchange } from '../../db/queries/allocation';
import { insertPack, supersedePacks } from '../../db/queries/exchange';
import { appendTrail } from '../../db/queries/trail';
import { requireActor } from '../audits/actor';
import { frameworkForEvent, type EventFramework } from '../audits/event-framework';
import { safeFileName } from './names';
import { escapeWorkbook } from '../export/cells';
import { agencyShare, previousReturns, recordBaselines } from './pack-create';
import { AUDIT_SHEET, AUDITOR_CELL, INSTRUCTIONS_SHEET, META_SHEET, OVERALL_KEY, auditColumns, scaleRange } from './workbook-layout';

export interface CreatedWorkbook {
  fileName: string;
  bytes: Buffer;
  rows: number;
}

function marking(sheet: ExcelJS.Worksheet, classification: string) {
  const text = `&C&"Arial,Bold"${classification.replace(/&/g, '&&')}`;
  sheet.headerFooter.oddHeader = text;
  sheet.headerFooter.oddFooter = text;
}

function instructions(book: ExcelJS.Workbook, fw: EventFramework, facts: { event: string; agency: string; deadline: string | null; classification: string; auditor: string; cases: number }) {
  const sheet = book.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [{ width: 34 }, { width: 90 }];
  const lines: [string, string][] = [
    [facts.classification, ''],
    ['Audit workbook', `${facts.event}: ${facts.agency}`],
    ['Cases', `${facts.cases} allocated to ${facts.agency}`],
    ['Return by', facts.deadline ?? 'ask the facilitator'],
    ['', ''],
    ['Your name (auditor)', facts.auditor],
    ['', ''],
    ['How to fill it in', `On the "${AUDIT_SHEET}" sheet, for each case and criterion choose a grade from the drop-down, and write the evidence you found in your agency's records and why you gave the grade. A grade below good needs a reason; "${fw.notApplicableLabel}" needs a reason too (in the same column). Give an overall judgement for each case on its "Overall judgement" row.`],
    ['', 'Do not change the case reference or criterion columns: they are locked, and a workbook whose locked columns were changed is refused. Leave a case blank if you have not audited it.'],
    ['', 'Save the file as .xlsx (Excel or LibreOffice Calc) and send it back by your partnership’s secure route. It holds case references: handle it at its marking.'],
    ['', ''],
    ['Grades', ''],
  ];
  for (const [a, b] of lines) sheet.addRow([a, b]);
  sheet.getRow(1).font = { bold: true };
  sheet.getCell('A2').font = { bold: true, size: 14 };
  for (const label of [...fw.framework.scale.levels.map((l) => l.label), fw.notApplicableLabel]) sheet.addRow([label]);
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.getCell(AUDITOR_CELL).protection = { locked: false };
  sheet.getCell(AUDITOR_CELL).border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  marking(sheet, facts.classification);
  return sheet;
}

export async function createWorkbook(db: Db, input: { eventId: number; agencyId: number }): Promise<CreatedWorkbook> {
  const actor = requireActor(db);
  const share = agencyShare(db, input.eventId, input.agencyId);
  const fw = frameworkForEvent(db, input.eventId);
  const exchange = ensureExchange(db, input.eventId);
  const packId = randomUUID();
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'Scrutineer';
  book.title = `${share.event.name}: audit workbook for ${share.agency.name}`;
  const info = instructions(book, fw, { event: share.event.name, agency: share.agency.name, deadline: exchange.deadline, classification: share.event.classification, auditor: share.auditor, cases: share.rows.length });

  const sheet = book.addWorksheet(AUDIT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = auditColumns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  const gradeList = scaleRange(fw);
  let rows = 0;
  for (const c of share.rows) {
    for (const item of [...fw.criteria.map((x) => ({ key: x.key, title: x.title })), { key: OVERALL_KEY, title: 'Overall judgement' }]) {
      const row = sheet.addRow([c.reference, item.key, item.title, null, '', '']);
      rows++;
      for (const col of [4, 5, 6]) row.getCell(col).protection = { locked: false };
      row.getCell(4).dataValidation = { type: 'list', allowBlank: true, formulae: [gradeList], showErrorMessage: true, errorTitle: 'Grade', error: 'Choose a grade from the list.' };
      row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
      row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  marking(sheet, share.event.classification);
  const meta = book.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRow(['workbook', packId]);
  meta.addRow(['event', exchange.uid]);
  meta.addRow(['agency', share.agency.name]);
  meta.addRow(['cases', ...share.rows.map((r) => r.reference)]);
  await info.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  await meta.protect('', {});
  escapeWorkbook(book);
  const bytes = Buffer.from(await book.xlsx.writeBuffer());

  writeTransaction(db, (tx) => {
    const previous = previousReturns(tx, input.eventId, input.agencyId, 'workbook');
    supersedePacks(tx, input.eventId, input.agencyId, 'workbook');
    insertPack(tx, { id: packId, eventId: input.eventId, agencyId: input.agencyId, kind: 'workbook', secret: randomBytes(32).toString('hex'), auditor: share.auditor, deadline: exchange.deadline, caseCount: share.rows.length, createdBy: actor });
    recordBaselines(tx, packId, share.audits, previous);
    appendTrail(tx, [{ eventId: input.eventId, caseId: null, actor, entity: 'pack', entityId: null, field: 'workbook', oldValue: null, newValue: `Audit workbook for ${share.agency.name}: ${share.rows.length} cases`, note: `workbook ${packId}; the case references of ${share.agency.name}'s allocated cases leave this install in it` }]);
  });
  return { fileName: `${safeFileName(share.event.name)}-${safeFileName(share.agency.name)}-workbook.xlsx`, bytes, rows };
}
