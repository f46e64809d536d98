// Small-number suppression at the boundary, in the summary and inside the files that leave the
// app: figures drawn from exactly 4 cases are suppressed by default, from exactly 5 they are shown,
// and with suppression turned off both are shown. The Word report is read back with python-docx,
// the workbook with openpyxl. Expected figures are worked by hand in tests/support/threshold-event.ts.
// The same report carries a non-default classification marking in every section's header and
// footer.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKey } from '../../support/test-key';
import { disclosedSummary } from '../../../core/disclosure/figures';
import type { DisclosedSummary } from '../../../core/contract/types';
import { defaultAppPaths } from '../../../core/paths';
import { buildReport } from '../../../core/report/build-report';
import { loadReportTemplate } from '../../../core/report/template';
import { buildFiguresWorkbook } from '../../../core/report/xlsx';
import { openCore, type CoreApp } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import { itWith } from '../../support/clients';
import { readDocx, readXlsx, type DocxReadBack, type XlsxReadBack } from '../../support/read-back';
import { seedThresholdEvent } from '../../support/threshold-event';
import { dispatchApi } from '../helpers/dispatch-api';

const marking = 'OFFICIAL — Northshire partnership only';
const childFocus = 'Relentless focus on the child; lived experience and voice';
const wholeFamily = 'Whole-family, ecological assessment';
const drift = 'Timeliness and drift';
const hidden = 'fewer than 5';

let dir = '';
let core: CoreApp;
let eventId = 0;
const files = { docx: '', docxShown: '', xlsx: '', xlsxShown: '' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scrutineer-threshold-'));
  core = openCore({ databasePath: join(dir, 'threshold.db'), key: testKey(), host: headlessHost('cli') });
  ({ eventId } = await seedThresholdEvent(dispatchApi(core), { classification: marking }));
  const template = loadReportTemplate(defaultAppPaths().templatesDir);
  files.docx = join(dir, 'report.docx');
  files.docxShown = join(dir, 'report-shown.docx');
  files.xlsx = join(dir, 'figures.xlsx');
  files.xlsxShown = join(dir, 'figures-shown.xlsx');
  writeFileSync(files.docx, await buildReport(core.store, template, eventId));
  writeFileSync(files.docxShown, await buildReport(core.store, template, eventId, { suppressSmallNumbers: false }));
  writeFileSync(files.xlsx, await buildFiguresWorkbook(core.store, eventId));
  writeFileSync(files.xlsxShown, await buildFiguresWorkbook(core.store, eventId, { suppressSmallNumbers: false }));
}, 120_000);

afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the figures that may leave the app, at the small-number threshold', () => {
  // disclosedSummary is what every output reads (dashboard, charts, report, workbook, summary --json).
  let s: DisclosedSummary;
  let shown: DisclosedSummary;
  beforeAll(() => {
    s = disclosedSummary(core.store, eventId);
    shown = disclosedSummary(core.store, eventId, { suppressSmallNumbers: false });
  });
  const withheld = { suppressed: true, small: true };
  const cell = (d: DisclosedSummary, name: string, key: string) => d.byAgency.find((a) => a.agencyName === name)!.criteria.find((c) => c.key === key)!;
  const overall = (d: DisclosedSummary, name: string) => d.byAgency.find((a) => a.agencyName === name)!.overall;
  const group = (d: DisclosedSummary, key: string) => d.byAttribute.find((a) => a.attribute === 'levelOfNeed')!.groups.find((g) => g.group === key)!;
  const criterion = (d: DisclosedSummary, key: string) => d.criteria.find((c) => c.key === key)!;

  it('withholds an agency cell from 4 cases and shows one from 5', () => {
    expect(cell(s, 'Police', 'child-focus')).toMatchObject({ suppressed: false, small: false, scoredCases: 5, n: 5, goodOrBetter: 0.6 });
    expect(cell(s, 'Police', 'drift')).toEqual({ key: 'drift', ...withheld });
    expect(cell(s, 'Health', 'child-focus')).toEqual({ key: 'child-focus', ...withheld });
    expect(overall(s, 'Police')).toMatchObject({ suppressed: false, small: false, scoredCases: 5, n: 14 });
    expect(overall(s, 'Health')).toEqual(withheld);
  });

  it('withholds a group of 4 cases and shows one of 5', () => {
    expect(group(s, 'child-protection')).toMatchObject({ suppressed: false, small: false, scoredCases: 5, n: 14 });
    expect(group(s, 'child-in-need')).toEqual({ group: 'child-in-need', label: 'Child in need', ...withheld });
  });

  it('withholds a criterion from 4 cases and shows one from 5', () => {
    expect(criterion(s, 'drift')).toMatchObject(withheld);
    expect(criterion(s, 'drift')).not.toHaveProperty('n');
    expect(criterion(s, 'whole-family')).toMatchObject({ suppressed: false, small: false, scoredCases: 5, goodOrBetter: 1 });
    expect(criterion(s, 'child-focus')).toMatchObject({ suppressed: false, small: false, scoredCases: 9, n: 9 });
    expect(s.smallNumberThreshold).toBe(5);
  });

  it('shows the figures from 4 cases, marked small, when the user turns suppression off', () => {
    expect(cell(shown, 'Health', 'child-focus')).toMatchObject({ suppressed: false, small: true, scoredCases: 4, n: 4, goodOrBetter: 0.5 });
    expect(cell(shown, 'Police', 'drift')).toMatchObject({ suppressed: false, small: true, scoredCases: 4, n: 4, goodOrBetter: 0.5 });
    expect(group(shown, 'child-in-need')).toMatchObject({ suppressed: false, small: true, scoredCases: 4, n: 4, goodOrBetter: 0.5 });
    expect(cell(shown, 'Police', 'child-focus')).toMatchObject({ suppressed: false, small: false });
  });
});

const withDocx = itWith('python-docx');
const withOpenpyxl = itWith('openpyxl');

describe('the Word report at the threshold', () => {
  let doc: DocxReadBack;
  let shown: DocxReadBack;
  const table = (d: DocxReadBack, firstHeader: string) => d.tables.filter((t) => t.header[0] === firstHeader);
  const row = (t: DocxReadBack['tables'][number], first: string) => t.cells.find((r) => r[0] === first);

  withDocx('suppresses the agency cells from 4 cases and shows those from 5 by default', () => {
    doc ??= readDocx(files.docx);
    const [agencies] = table(doc, 'Criterion').filter((t) => t.header.includes('Police'));
    // Agencies in alphabetical order.
    expect(agencies!.header).toEqual(['Criterion', 'Health', 'Police']);
    expect(row(agencies!, childFocus)).toEqual([childFocus, hidden, '60% (5)']);
    expect(row(agencies!, wholeFamily)).toEqual([wholeFamily, 'no grades', '100% (5)']);
    expect(row(agencies!, drift)).toEqual([drift, 'no grades', hidden]);
  });

  withDocx('suppresses a sample-profile group of 4 cases and shows one of 5 by default', () => {
    doc ??= readDocx(files.docx);
    const [levels] = table(doc, 'Level of need');
    expect(row(levels!, 'Child protection')).toEqual(['Child protection', '5', '14', '71%']);
    expect(row(levels!, 'Child in need')).toEqual(['Child in need', hidden, hidden, hidden]);
  });

  withDocx('leaves out the figures of a criterion from 4 cases and shows those of one from 5', () => {
    doc ??= readDocx(files.docx);
    const afterHeading = (title: string) => doc.paragraphs.slice(doc.paragraphs.indexOf(title) + 1, doc.paragraphs.indexOf(title) + 3).join('\n');
    expect(afterHeading(drift)).toContain('The grades for this criterion come from fewer than 5 cases, so the figures are not shown.');
    expect(afterHeading(wholeFamily)).not.toContain('fewer than 5 cases');
    expect(doc.text).toContain('Figures drawn from fewer than 5 cases are suppressed.');
  });

  withDocx('shows every figure when suppression is turned off', () => {
    shown ??= readDocx(files.docxShown);
    const [agencies] = table(shown, 'Criterion').filter((t) => t.header.includes('Police'));
    expect(row(agencies!, childFocus)).toEqual([childFocus, '50% (4)', '60% (5)']);
    expect(row(agencies!, drift)).toEqual([drift, 'no grades', '50% (4)']);
    const [levels] = table(shown, 'Level of need');
    expect(row(levels!, 'Child in need')).toEqual(['Child in need', '4', '4', '50%']);
    expect(shown.tables.flatMap((t) => t.cells.flat())).not.toContain(hidden);
    expect(shown.text).not.toContain('so the figures are not shown');
    expect(shown.text).toContain('Figures drawn from fewer than 5 cases are shown but should be read with care.');
  });

  withDocx('carries a non-default classification marking in every section’s own header and footer', () => {
    doc ??= readDocx(files.docx);
    // The report has portrait and landscape parts: at least three Word sections.
    expect(doc.sections.length).toBeGreaterThanOrEqual(3);
    expect(doc.sections.some((s) => s.landscape)).toBe(true);
    // Nothing is written for this event, so it is a draft: the marking follows DRAFT.
    for (const [i, section] of doc.sections.entries()) {
      expect({ i, linked: section.headerLinked || section.footerLinked }).toEqual({ i, linked: false });
      expect(section.header.filter((t) => t.trim())).toEqual([`DRAFT — ${marking}`]);
      expect(section.footer[0]).toBe(`DRAFT — ${marking}`);
    }
    expect(doc.text).not.toContain('OFFICIAL-SENSITIVE');
    expect(doc.text).toContain(`Classification: ${marking}`);
  });
});

describe('the figures workbook at the threshold', () => {
  const note = 'fewer than 5 cases';
  const sheet = (book: XlsxReadBack, name: string) => book.sheets.find((s) => s.name === name)!.rows;
  const find = (rows: XlsxReadBack['sheets'][number]['rows'], a: string, b: string) => rows.find((r) => r[0] === a && r[1] === b);

  withOpenpyxl('withholds agency and group figures from 4 cases and keeps those from 5 by default', () => {
    const book = readXlsx(files.xlsx);
    const agencies = sheet(book, 'By agency');
    expect(agencies[0]).toEqual(['Agency', 'Criterion', 'Grades', '% good or better', 'Cases', 'Small or withheld']);
    expect(find(agencies, 'Police', childFocus)!.slice(0, 5)).toEqual(['Police', childFocus, 5, 0.6, 5]);
    expect(find(agencies, 'Police', wholeFamily)!.slice(0, 5)).toEqual(['Police', wholeFamily, 5, 1, 5]);
    expect(find(agencies, 'Police', drift)).toEqual(['Police', drift, note, note, note, 'withheld']);
    expect(find(agencies, 'Health', childFocus)).toEqual(['Health', childFocus, note, note, note, 'withheld']);
    const groups = sheet(book, 'By group');
    expect(find(groups, 'Level of need', 'Child protection')!.slice(2, 4)).toEqual([5, 14]);
    // 10 of 14 good or better: 71%, stored as the whole percentage the report prints.
    expect(find(groups, 'Level of need', 'Child protection')![4]).toBe(0.71);
    expect(find(groups, 'Level of need', 'Child in need')).toEqual(['Level of need', 'Child in need', note, note, note, 'withheld']);
  });

  withOpenpyxl('shows every figure, flagged small, when suppression is turned off', () => {
    const book = readXlsx(files.xlsxShown);
    const flag = 'yes: fewer than 5 cases';
    expect(find(sheet(book, 'By agency'), 'Health', childFocus)).toEqual(['Health', childFocus, 4, 0.5, 4, flag]);
    expect(find(sheet(book, 'By agency'), 'Police', drift)).toEqual(['Police', drift, 4, 0.5, 4, flag]);
    expect(find(sheet(book, 'By group'), 'Level of need', 'Child in need')).toEqual(['Level of need', 'Child in need', 4, 4, 0.5, flag]);
    expect(find(sheet(book, 'By agency'), 'Police', childFocus)![5]).not.toBe(flag);
    expect(book.sheets.flatMap((s) => s.rows.flat())).not.toContain('withheld');
  });
});
