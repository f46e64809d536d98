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
import { summarise, type Summary } from '../../../core/analysis/summary';
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
  core = openCore({ databasePath: join(dir, 'threshold.db'), host: headlessHost('cli') });
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

describe('the summary at the small-number threshold', () => {
  let s: Summary;
  beforeAll(() => {
    s = summarise(core.store, eventId);
  });
  const agency = (name: string) => s.byAgency.find((a) => a.agencyName === name)!;
  const cell = (name: string, key: string) => agency(name).criteria.find((c) => c.key === key)!;

  it('marks an agency cell from 4 cases small and one from 5 not', () => {
    expect(cell('Police', 'child-focus')).toMatchObject({ cases: 5, n: 5, goodOrBetter: 0.6, small: false });
    expect(cell('Police', 'drift')).toMatchObject({ cases: 4, n: 4, goodOrBetter: 0.5, small: true });
    expect(cell('Health', 'child-focus')).toMatchObject({ cases: 4, n: 4, goodOrBetter: 0.5, small: true });
    expect(agency('Police').overall).toMatchObject({ cases: 5, n: 14, small: false });
    expect(agency('Health').overall).toMatchObject({ cases: 4, n: 4, small: true });
  });

  it('marks a group of 4 cases small and one of 5 not', () => {
    const groups = s.byAttribute.find((a) => a.attribute === 'levelOfNeed')!.groups;
    expect(groups.find((g) => g.group === 'child-protection')).toMatchObject({ cases: 5, n: 14, small: false });
    expect(groups.find((g) => g.group === 'child-in-need')).toMatchObject({ cases: 4, n: 4, goodOrBetter: 0.5, small: true });
  });

  it('marks a criterion from 4 cases small and one from 5 not', () => {
    const criterion = (key: string) => s.criteria.find((c) => c.key === key)!;
    expect(criterion('drift')).toMatchObject({ cases: 4, small: true });
    expect(criterion('whole-family')).toMatchObject({ cases: 5, goodOrBetter: 1, small: false });
    expect(criterion('child-focus')).toMatchObject({ cases: 9, n: 9, small: false });
    expect(s.smallNumberThreshold).toBe(5);
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
    for (const [i, section] of doc.sections.entries()) {
      expect({ i, linked: section.headerLinked || section.footerLinked }).toEqual({ i, linked: false });
      expect(section.header.filter((t) => t.trim())).toEqual([marking]);
      expect(section.footer[0]).toBe(marking);
    }
    expect(doc.text).not.toContain('OFFICIAL-SENSITIVE');
    expect(doc.text).toContain(`Classification: ${marking}`);
  });
});

describe('the figures workbook at the threshold', () => {
  const sheet = (book: XlsxReadBack, name: string) => book.sheets.find((s) => s.name === name)!.rows;
  const find = (rows: XlsxReadBack['sheets'][number]['rows'], a: string, b: string) => rows.find((r) => r[0] === a && r[1] === b);

  withOpenpyxl('suppresses agency and group figures from 4 cases and keeps those from 5 by default', () => {
    const book = readXlsx(files.xlsx);
    const agencies = sheet(book, 'By agency');
    expect(agencies[0]).toEqual(['Agency', 'Criterion key', 'Grades', '% good or better', 'Cases']);
    expect(find(agencies, 'Police', 'child-focus')).toEqual(['Police', 'child-focus', 5, 0.6, 5]);
    expect(find(agencies, 'Police', 'whole-family')).toEqual(['Police', 'whole-family', 5, 1, 5]);
    expect(find(agencies, 'Police', 'drift')).toEqual(['Police', 'drift', hidden, hidden, hidden]);
    expect(find(agencies, 'Health', 'child-focus')).toEqual(['Health', 'child-focus', hidden, hidden, hidden]);
    const groups = sheet(book, 'By group');
    expect(find(groups, 'Level of need', 'Child protection')!.slice(2, 4)).toEqual([5, 14]);
    expect(find(groups, 'Level of need', 'Child protection')![4]).toBeCloseTo(10 / 14, 10);
    expect(find(groups, 'Level of need', 'Child in need')).toEqual(['Level of need', 'Child in need', hidden, hidden, hidden]);
  });

  withOpenpyxl('shows every figure when suppression is turned off', () => {
    const book = readXlsx(files.xlsxShown);
    expect(find(sheet(book, 'By agency'), 'Health', 'child-focus')).toEqual(['Health', 'child-focus', 4, 0.5, 4]);
    expect(find(sheet(book, 'By agency'), 'Police', 'drift')).toEqual(['Police', 'drift', 4, 0.5, 4]);
    expect(find(sheet(book, 'By group'), 'Level of need', 'Child in need')).toEqual(['Level of need', 'Child in need', 4, 4, 0.5]);
    expect(book.sheets.flatMap((s) => s.rows.flat())).not.toContain(hidden);
  });
});
