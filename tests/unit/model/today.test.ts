// "Overdue" has one meaning on the screen, in the Word report and in the workbook: an open action
// whose due date is before today on the user's own calendar. Pinned across midnight in British
// Summer Time, when the UTC date still says yesterday.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { todayIso } from '../../../model/dates';
import { createRecommendation } from '../../../core/recommendations/service';
import { buildReport } from '../../../core/report/build-report';
import { buildFiguresWorkbook } from '../../../core/report/xlsx';
import { loadReportTemplate } from '../../../core/report/template';
import { defaultAppPaths } from '../../../core/paths';
import { createDispatcher } from '../../../core/contract/dispatcher';
import { handlers } from '../../../core/handlers';
import { headlessHost } from '../../../core/headless-host';
import { auditReadyEvent } from '../helpers/audit-setup';

// 23:30 UTC on 14 June 2026 is 00:30 on 15 June in London (BST is UTC+1).
const justAfterMidnightBst = new Date('2026-06-14T23:30:00Z');
const justBeforeMidnightBst = new Date('2026-06-14T22:30:00Z');

const zoneBefore = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('todayIso', () => {
  it('is the local calendar date, not the UTC one, in the first hour after midnight in BST', () => {
    expect(todayIso(justAfterMidnightBst)).toBe('2026-06-15');
    expect(justAfterMidnightBst.toISOString().slice(0, 10)).toBe('2026-06-14');
    expect(todayIso(justBeforeMidnightBst)).toBe('2026-06-14');
  });

  it('pads months, days and years', () => {
    expect(todayIso(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
    expect(todayIso(new Date(999, 11, 31, 12))).toBe('0999-12-31');
  });
});

async function actionPlanSeenEverywhere() {
  const { core, db, eventId } = await auditReadyEvent();
  const yesterday = createRecommendation(db, eventId, { text: 'Due on 14 June.', dueDate: '2026-06-14' });
  const dueToday = createRecommendation(db, eventId, { text: 'Due on 15 June.', dueDate: '2026-06-15' });
  const done = createRecommendation(db, eventId, { text: 'Done before its date passed.', dueDate: '2026-06-01', status: 'done' });

  // The screen shows what the contract returns.
  const dispatch = createDispatcher(handlers, { ...core.context, host: headlessHost('web'), documentsDir: '', templatesDir: defaultAppPaths().templatesDir });
  const listed = await dispatch('recommendations.list', { eventId });
  if (!listed.ok) throw new Error(listed.error.message);
  const screen = new Map((listed.value as { id: number; overdue: boolean }[]).map((r) => [r.id, r.overdue]));

  // The Word report's action plan marks overdue rows "(overdue)".
  const docx = await buildReport(core.store, loadReportTemplate(defaultAppPaths().templatesDir), eventId);
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const paragraphs = xml.split('</w:tc>').map((cell) => cell.replace(/<[^>]+>/g, ''));
  // Recommendation, success measure, owner, due, status: the status is four cells on.
  const statusAfter = (text: string) => paragraphs[paragraphs.findIndex((p) => p === text) + 4] ?? '';
  const report = new Map([yesterday, dueToday, done].map((r) => [r.id, statusAfter(r.text).includes('(overdue)')]));

  // The workbook's action plan has an Overdue column.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await buildFiguresWorkbook(core.store, eventId)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Action plan')!;
  const rows = (sheet.getSheetValues() as unknown[][]).filter(Boolean).slice(1);
  const workbookRows = new Map(rows.map((row) => [String(row[1]), row[6] === 'yes']));
  const workbook = new Map([yesterday, dueToday, done].map((r) => [r.id, workbookRows.get(r.text)!]));

  return { ids: [yesterday.id, dueToday.id, done.id], screen, report, workbook };
}

describe('overdue across midnight in British Summer Time', () => {
  it('at 00:30 BST an action due the day before is overdue on the screen, in the report and in the workbook', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(justAfterMidnightBst);
    const { ids, screen, report, workbook } = await actionPlanSeenEverywhere();
    const expected = [true, false, false];
    expect(ids.map((id) => screen.get(id))).toEqual(expected);
    expect(ids.map((id) => report.get(id))).toEqual(expected);
    expect(ids.map((id) => workbook.get(id))).toEqual(expected);
  }, 30_000);

  it('at 23:30 BST the same action is not yet overdue anywhere', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(justBeforeMidnightBst);
    const { ids, screen, report, workbook } = await actionPlanSeenEverywhere();
    const expected = [false, false, false];
    expect(ids.map((id) => screen.get(id))).toEqual(expected);
    expect(ids.map((id) => report.get(id))).toEqual(expected);
    expect(ids.map((id) => workbook.get(id))).toEqual(expected);
  }, 30_000);
});
