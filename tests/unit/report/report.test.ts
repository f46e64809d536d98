// The Word report checked with real clients: python-docx reads back the headings, the header
// marking, the tables and the alt text; LibreOffice converts it to PDF. Identifiers stay out
// unless the user opts in. A missing client skips its tests on a hand run and fails them in CI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../../core/demo/demo';
import { listCases } from '../../../core/cases/service';
import { listFindings } from '../../../core/findings/service';
import { buildReport } from '../../../core/report/build-report';
import { loadReportTemplate } from '../../../core/report/template';
import { buildFiguresWorkbook } from '../../../core/report/xlsx';
import ExcelJS from 'exceljs';
import { defaultAppPaths } from '../../../core/paths';
import { updateSettings } from '../../../core/settings/service';
import { tempCore } from '../helpers/core';
import { itWith, sofficePath } from '../../support/clients';
import { readDocx } from '../../support/read-back';

const withDocx = itWith('python-docx');
const withLibreOffice = itWith('libreoffice');


let dir = '';
let reportPath = '';
let withIdsPath = '';
let chosenPath = '';
let references: string[] = [];
let hiddenFinding = '';
let workbook: Buffer;

beforeAll(async () => {
  // One report for all the checks below, in a folder kept until they are done.
  dir = mkdtempSync(join(tmpdir(), 'scrutineer-report-'));
  const core = tempCore(join(dir, 'demo.db'));
  updateSettings(core.store.db, { userName: 'Fictional QA Officer' });
  const { id } = await createDemo(core.store);
  references = listCases(core.store.db, id).map((c) => c.reference);
  const template = loadReportTemplate(defaultAppPaths().templatesDir);
  reportPath = join(dir, 'report.docx');
  writeFileSync(reportPath, await buildReport(core.store, template, id));
  withIdsPath = join(dir, 'report-with-identifiers.docx');
  writeFileSync(withIdsPath, await buildReport(core.store, template, id, { includeIdentifiers: true }));
  hiddenFinding = 'Fathers and male carers were rarely part of assessments.';
  const hiddenId = listFindings(core.store.db, id).find((f) => f.text === hiddenFinding)!.id;
  chosenPath = join(dir, 'report-with-a-chosen-finding.docx');
  writeFileSync(chosenPath, await buildReport(core.store, template, id, { includeIdentifiers: true, findingIds: [hiddenId] }));
  // Without identifiers a chosen finding that is not cleared is ignored.
  writeFileSync(join(dir, 'ignored.docx'), await buildReport(core.store, template, id, { findingIds: [hiddenId] }));
  workbook = await buildFiguresWorkbook(core.store, id);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('Word report', () => {
  withDocx('has real headings, the marking in every header and footer, accessible tables and alt text', () => {
    const doc = readDocx(reportPath);
    const h1 = doc.headings.filter((h) => h.level === 'Heading 1').map((h) => h.text);
    expect(h1).toEqual([
      'Document control',
      'Executive summary',
      'Purpose of the audit',
      'Scope and method',
      'How the sample was chosen',
      'Sample profile',
      'Overall judgements',
      'Findings by criterion',
      'Findings by agency',
      'Agreement between auditors',
      'The difference made to the child',
      'Voice of the child, family and practitioners',
      'Good practice',
      'Areas for development',
      'Themes',
      'Safeguarding escalations',
      'Progress on the previous action plan',
      'Recommendations and action plan',
      'Comparison with the previous audit',
      'Limitations',
      'Conclusions',
      'Next steps',
      'Glossary',
      'Appendix: the audit framework',
    ]);
    expect(doc.headings.filter((h) => h.level === 'Heading 2').map((h) => h.text)).toContain('Timeliness and drift');
    // Every Word section (portrait and landscape) carries the marking in its header and footer.
    expect(doc.headers.length).toBeGreaterThanOrEqual(3);
    expect(doc.headers.every((t) => t === 'OFFICIAL-SENSITIVE')).toBe(true);
    expect(doc.footers.filter((t) => t === 'OFFICIAL-SENSITIVE')).toHaveLength(doc.headers.length);
    expect(doc.tables.length).toBeGreaterThan(15);
    for (const t of doc.tables) {
      expect(t.repeatHeader, t.header.join('|')).toBe(true);
      expect(t.merged).toBe(false);
      expect(t.emptyCells).toBe(0);
    }
    expect(doc.tables.some((t) => t.header[0] === 'Recommendation' && t.header.includes('Owner') && t.header.includes('Due'))).toBe(true);
    // The agency table heads its columns by short forms, with a key naming each agency in full and a key to its shading.
    expect(doc.tables.some((t) => t.header[0] === 'Criterion' && t.header.includes('Const.'))).toBe(true);
    expect(doc.tables.some((t) => t.header[0] === 'Short form' && t.cells.some((r) => r[0] === 'Const.' && r[1] === 'Anyshire Constabulary'))).toBe(true);
    expect(doc.tables.some((t) => t.header[0] === 'Shading: % good or better' && t.cells.at(-1)?.[0] === '85% or more')).toBe(true);
    expect(doc.altTexts.length).toBeGreaterThanOrEqual(14);
    for (const alt of doc.altTexts) expect(alt && alt.length > 40).toBe(true);
    expect(doc.languages).toContain('en-GB');
    expect(doc.properties).toMatchObject({ author: 'Fictional QA Officer, Anyshire Safeguarding Children Partnership (fictional)', title: expect.stringContaining('Neglect MACFA — spring 2026') });
    expect(doc.properties.subject).toMatch(/Multi-agency case file audit/);
  });

  withDocx('holds no case reference or unchosen finding without the opt-in; with it, the references and only the findings chosen', () => {
    const plain = readDocx(reportPath).text;
    for (const ref of references) expect(plain).not.toContain(ref);
    expect(plain).not.toContain(hiddenFinding);
    expect(plain).toContain('I can tell my teacher when there is no food at home');
    expect(readDocx(join(dir, 'ignored.docx')).text).not.toContain(hiddenFinding);
    const opened = readDocx(withIdsPath).text;
    expect(references.filter((r) => opened.includes(r)).length).toBe(references.length);
    // The flag adds no findings of its own: only those the user chose.
    expect(opened).not.toContain(hiddenFinding);
    expect(readDocx(chosenPath).text).toContain(hiddenFinding);
  });

  it('never holds a case reference anywhere in the file, not even in its XML', async () => {
    const zip = await JSZip.loadAsync(readFileSync(reportPath));
    const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
    const xml = parts.join('\n');
    expect(xml).toContain('OFFICIAL-SENSITIVE');
    for (const ref of references) expect(xml).not.toContain(ref);
  });

  withLibreOffice('converts to PDF with LibreOffice, marked on every page', () => {
    execFileSync(sofficePath()!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, reportPath], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(dir, 'report.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(8);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text.split('\f').filter((p) => p.trim()).every((page) => page.includes('OFFICIAL-SENSITIVE'))).toBe(true);
    expect(text).toContain(`Page 1 of ${pages}`);
  }, 150_000);

  it('the figures workbook has the criteria, moderated, agency, group and action-plan sheets without identifiers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['About', 'Criteria', 'Moderated', 'By agency', 'By group', 'Action plan']);
    const criteria = book.getWorksheet('Criteria')!;
    expect(criteria.rowCount).toBe(14);
    expect(criteria.getRow(2).getCell(1).value).toBe('Relentless focus on the child; lived experience and voice');
    expect(book.getWorksheet('Action plan')!.rowCount).toBeGreaterThan(2);
    const all = book.worksheets.flatMap((w) => w.getSheetValues().flat().map(String)).join(' ');
    for (const ref of references) expect(all).not.toContain(ref);
  });
});
