// The figures workbook's sheets, in-process and fast (read back with exceljs): the figures of the
// threshold event at 4 and 5 cases, withheld by default and shown on request with the flag, the
// action plan's columns, the cover's facts and rules, and a marking holding "&" in every sheet's
// printed header and footer. Expected figures are worked by hand from tests/support/threshold-event.ts:
//   child-focus  9 cases: 4 3 3 2 1 (Police) and 3 3 2 1 (Health) -> 1×4, 4×3, 2×2, 2×1; 5 of 9 good
//                (0.56), mean 22/9 = 2.4
//   whole-family 5 cases, all 3 -> 5×3, 100%, mean 3
//   drift        4 cases -> withheld; shown on request: 2 2 3 3 -> 2×3, 2×2, 50%, mean 2.5
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import { buildFiguresWorkbook } from '../../../core/report/xlsx';
import type { Api } from '../../support/api';
import { seedThresholdEvent } from '../../support/threshold-event';
import { seededStore } from '../helpers/seeded-store';

const marking = 'OFFICIAL — Northshire & Eastvale only';
const childFocus = 'Relentless focus on the child; lived experience and voice';
const wholeFamily = 'Whole-family, ecological assessment';
const drift = 'Timeliness and drift';
const withheld = 'fewer than 5 cases';

let store: OpenedDatabase;
let eventId = 0;

async function seed(call: Api) {
  const { eventId, agencyId } = await seedThresholdEvent(call, { classification: marking });
  await call('events.update', { id: eventId, partnership: 'Northshire Safeguarding Children Partnership (fictional)' });
  await call('recommendations.create', {
    eventId,
    text: 'Review plans within 12 weeks.',
    ownerAgencyId: agencyId('Police'),
    dueDate: '2020-01-15',
    criterionKeys: ['drift', 'child-focus'],
    successMeasure: 'Nine in ten plans reviewed on time.',
    progressRating: 'limited',
  });
  await call('recommendations.create', { eventId, text: 'Finished work.', status: 'done', dueDate: '2020-02-01' });
  return { eventId };
}

beforeAll(async () => {
  ({ store, seeded: { eventId } } = await seededStore('report-workbook-sheets', seed));
}, 60_000);

afterAll(() => store.close());

async function workbook(options: { suppressSmallNumbers?: boolean } = {}): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await buildFiguresWorkbook(store, eventId, options)) as unknown as ArrayBuffer);
  return book;
}

const rowsOf = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};
const rowOf = (sheet: ExcelJS.Worksheet, ...first: string[]) => rowsOf(sheet).find((r) => first.every((f, i) => r[i] === f));

describe('the figures workbook, sheet by sheet', () => {
  it('has the cover first and the five data sheets, each printed with the marking ("&" doubled) in its header and footer', async () => {
    const book = await workbook();
    expect(book.worksheets.map((s) => s.name)).toEqual(['About', 'Criteria', 'Moderated', 'By agency', 'By group', 'Action plan']);
    for (const sheet of book.worksheets) {
      expect(sheet.headerFooter.oddHeader).toBe('&C&"-,Bold"OFFICIAL — Northshire && Eastvale only');
      expect(sheet.headerFooter.oddFooter).toBe('&C&"-,Bold"OFFICIAL — Northshire && Eastvale only  Page &P of &N');
    }
    expect(book.description).toContain(marking);
  });

  it('gives each criterion its grades at each level, N/A, grades, share and mean, and withholds one from 4 cases in every cell', async () => {
    const sheet = (await workbook()).getWorksheet('Criteria')!;
    expect(rowsOf(sheet)[0]).toEqual(['Criterion', 'Domain', 'Outstanding (4)', 'Good (3)', 'Requires improvement (2)', 'Inadequate (1)', 'Not applicable', 'Grades', '% good or better', 'Mean', 'Small or withheld']);
    expect(rowOf(sheet, childFocus)!.slice(2)).toEqual([1, 4, 2, 2, 0, 9, 0.56, 2.4, '']);
    expect(rowOf(sheet, wholeFamily)!.slice(2)).toEqual([0, 5, 0, 0, 0, 5, 1, 3, '']);
    expect(rowOf(sheet, drift)!.slice(2)).toEqual([...Array<string>(8).fill(withheld), 'withheld']);
    // One row per criterion of the framework (13), under the header.
    expect(rowsOf(sheet)).toHaveLength(14);
  });

  it('shows the figure from 4 cases when suppression is off, flagged in the last column', async () => {
    const book = await workbook({ suppressSmallNumbers: false });
    expect(rowOf(book.getWorksheet('Criteria')!, drift)!.slice(2)).toEqual([0, 2, 2, 0, 0, 4, 0.5, 2.5, `yes: ${withheld}`]);
    expect(rowOf(book.getWorksheet('By agency')!, 'Health', childFocus)!.slice(2)).toEqual([4, 0.5, 4, `yes: ${withheld}`]);
    expect(rowOf(book.getWorksheet('By group')!, 'Level of need', 'Child in need')!.slice(2)).toEqual([4, 4, 0.5, `yes: ${withheld}`]);
    const cover = rowsOf(book.getWorksheet('About')!).map((r) => r.join(' '));
    expect(cover).toContain(' Suppression was turned off for this workbook at the user’s request: small figures are shown, and the last column says "yes: fewer than 5 cases". Do not publish them.');
  });

  it('gives each agency’s grades, share and cases per criterion, withholding those from 4 cases', async () => {
    const sheet = (await workbook()).getWorksheet('By agency')!;
    expect(rowsOf(sheet)[0]).toEqual(['Agency', 'Criterion', 'Grades', '% good or better', 'Cases', 'Small or withheld']);
    expect(rowOf(sheet, 'Police', childFocus)!.slice(2)).toEqual([5, 0.6, 5, '']);
    expect(rowOf(sheet, 'Police', wholeFamily)!.slice(2)).toEqual([5, 1, 5, '']);
    expect(rowOf(sheet, 'Police', drift)!.slice(2)).toEqual([withheld, withheld, withheld, 'withheld']);
    expect(rowOf(sheet, 'Health', childFocus)!.slice(2)).toEqual([withheld, withheld, withheld, 'withheld']);
  });

  it('gives each group of children its cases, grades and share, withholding a group of 4', async () => {
    const sheet = (await workbook()).getWorksheet('By group')!;
    expect(rowsOf(sheet)[0]).toEqual(['Attribute', 'Group', 'Cases', 'Grades', '% good or better', 'Small or withheld']);
    // Child protection: C-1..C-5, Police's 14 grades, 10 good.
    expect(rowOf(sheet, 'Level of need', 'Child protection')!.slice(2)).toEqual([5, 14, 0.71, '']);
    expect(rowOf(sheet, 'Level of need', 'Child in need')!.slice(2)).toEqual([withheld, withheld, withheld, 'withheld']);
  });

  it('lists each action with its criteria in the framework’s order, owner, due date, status, overdue, success measure and progress', async () => {
    const sheet = (await workbook()).getWorksheet('Action plan')!;
    const rows = rowsOf(sheet);
    expect(rows[0]).toEqual(['Recommendation', 'Criteria', 'Owner', 'Due date', 'Status', 'Overdue', 'Carried from', 'Success measure', 'Progress']);
    const review = rows.find((r) => r[0] === 'Review plans within 12 weeks.')!;
    expect(review.slice(1, 3)).toEqual([`${childFocus}; ${drift}`, 'Police']);
    expect((review[3] as Date).toISOString().slice(0, 10)).toBe('2020-01-15');
    expect(review.slice(4)).toEqual(['Open', 'yes', '', 'Nine in ten plans reviewed on time.', 'Limited progress']);
    const done = rows.find((r) => r[0] === 'Finished work.')!;
    expect([done[1], done[2], done[4], done[5], done[8]]).toEqual(['', 'Not yet assigned', 'Done', 'no', 'Not yet rated']);
    expect(sheet.getColumn(4).numFmt).toBe('dd/mm/yyyy');
  });

  it('types its columns: whole counts, whole percentages, means to one decimal, and freezes and filters the header row', async () => {
    const sheet = (await workbook()).getWorksheet('Criteria')!;
    expect([3, 8, 9, 10].map((c) => sheet.getColumn(c).numFmt)).toEqual(['#,##0', '#,##0', '0%', '0.0']);
    expect(sheet.getColumn(1).numFmt).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    // 11 columns (A to K), the header and 13 criteria.
    expect(sheet.autoFilter).toBe('A1:K14');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    // Wide enough for "Outstanding" and three characters; the criterion column as set.
    expect(sheet.getColumn(3).width).toBe(14);
    expect(sheet.getColumn(1).width).toBe(44);
    // The drift row's note wraps onto three lines in the Mean column (8 wide, about 7 characters a
    // line: "fewer" / "than 5" / "cases"): three lines of 15 points.
    const rowNumber = (title: string) => rowsOf(sheet).findIndex((r) => r[0] === title) + 1;
    expect(sheet.getRow(rowNumber(drift)).height).toBe(45);
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it('opens on a cover with the marking, the event’s facts, what each sheet holds and the rules', async () => {
    const rows = rowsOf((await workbook()).getWorksheet('About')!);
    expect(rows[0]).toEqual([marking]);
    expect(rows[1]).toEqual(['Figures and action plan']);
    const fact = (name: string) => rows.find((r) => r[0] === name)?.[1];
    expect(fact('Event')).toBe('Threshold audit');
    expect(fact('Partnership')).toBe('Northshire Safeguarding Children Partnership (fictional)');
    expect((fact('Audit date') as Date).toISOString().slice(0, 10)).toBe('2026-03-01');
    expect(fact('Framework')).toBe('Neglect — what works (version 1)');
    expect(fact('Sample')).toBe('9 cases audited of 9 cases sampled, in 9 audits');
    expect(fact('Produced by')).toBe('Fictional Facilitator, Northshire Safeguarding Children Partnership (fictional)');
    expect(fact('Classification')).toBe(marking);
    expect(fact('Criteria')).toMatch(/^Every criterion of the framework/);
    const text = rows.map((r) => r.join(' ')).join('\n');
    expect(text).toContain('No case references or names');
    expect(text).toContain('% good or better: the grades of Outstanding (4) or Good (3) as a share of all grades');
    expect(text).toContain('Mean: the average of the grade values (Outstanding 4, Good 3, Requires improvement 2, Inadequate 1)');
    expect(text).toContain('"Not applicable" is recorded where a criterion does not apply');
    expect(text).toContain('A figure is small when fewer than 5 distinct cases have a scored (not N/A) grade behind it');
    expect(text).toContain('Small figures are withheld in this workbook: each of their cells says "fewer than 5 cases" and the last column says "withheld".');
  });
});
