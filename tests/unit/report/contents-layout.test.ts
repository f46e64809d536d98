// The Word report as a reader gets it, through LibreOffice to PDF: every section of report.yaml in
// order, no placeholder text, DRAFT on every page of a draft, a contents whose page numbers are the
// pages the headings are really on (read from the PDF's text, not from the code that wrote them),
// and, read back with python-docx, the cover in the Title style and the document properties. The
// demo is an event with a previous audit. One LibreOffice conversion per document.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createDemo } from '../../../core/demo/demo';
import { defaultAppPaths } from '../../../core/paths';
import { exportReport } from '../../../core/report/exports';
import { writeNarrative } from '../../../core/report/narratives';
import { docxToPdf } from '../../../core/report/office';
import { reportPdf, type ReportPdf } from '../../../core/report/report-pdf';
import { loadReportTemplate } from '../../../core/report/template';
import { updateSettings } from '../../../core/settings/service';
import { itWith, python, sofficePath } from '../../support/clients';
import { tempCore } from '../helpers/core';

const withLibreOffice = itWith('libreoffice', 'python-docx');

// The section headings as report.yaml lists them, read here with a YAML parser, not the app's loader.
const sectionHeadings = (YAML.parse(readFileSync('templates/report/report.yaml', 'utf8')) as { sections: { heading: string }[] }).sections.map((s) => s.heading);

let dir = '';
let final: ReportPdf;
let finalPages: string[] = [];
let draftPages: string[] = [];

function pdfPages(pdf: Buffer, name: string): string[] {
  const path = join(dir, name);
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', maxBuffer: 50_000_000 }).split('\f').slice(0, -1);
}

beforeAll(async () => {
  if (!sofficePath()) return;
  dir = mkdtempSync(join(tmpdir(), 'scrutineer-contents-'));
  const core = tempCore(join(dir, 'demo.db'));
  updateSettings(core.store.db, { userName: 'Fictional QA Officer' });
  const { id } = await createDemo(core.store);
  const template = loadReportTemplate(defaultAppPaths().templatesDir);
  final = await reportPdf(core.store, template, id, sofficePath()!);
  finalPages = pdfPages(final.pdf, 'final.pdf');
  writeFileSync(join(dir, 'final.docx'), final.docx);
  // A section left empty: the export is a draft.
  writeNarrative(core.store.db, template, { eventId: id, sectionKey: 'conclusions', text: '' });
  const draft = await exportReport(core.store, template, id);
  expect(draft.draft).toBe(true);
  draftPages = pdfPages(await docxToPdf(sofficePath()!, Buffer.from(draft.base64, 'base64')), 'draft.pdf');
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The contents' entries as printed ("Timeliness and drift ....... 16"), from the pages after the cover up to the first section. */
function contentsEntries(pages: string[]): { title: string; page: number }[] {
  const entries: { title: string; page: number }[] = [];
  for (const page of pages.slice(1)) {
    const found = [...page.matchAll(/^(.+?)\s*\.{3,}\s*(\d+)\s*$/gm)].map((m) => ({ title: m[1]!.trim(), page: Number(m[2]) }));
    if (found.length === 0) break;
    entries.push(...found);
  }
  return entries;
}

/** The page (from 1) a heading is printed on: the first page after `from` with a line (or two lines run together) that is the heading. */
function pageOfHeading(pages: string[], title: string, from: number): number | null {
  for (let p = from; p <= pages.length; p++) {
    const lines = pages[p - 1]!.split('\n').map((l) => l.trim());
    if (lines.some((line, i) => line === title || `${line} ${lines[i + 1] ?? ''}` === title)) return p;
  }
  return null;
}

function checkContents(pages: string[]): void {
  const entries = contentsEntries(pages);
  expect(entries.map((e) => e.title).filter((t) => sectionHeadings.includes(t))).toEqual(sectionHeadings);
  let from = 3;
  const placed = entries.map((e) => {
    const page = pageOfHeading(pages, e.title, from);
    from = page ?? from;
    return { title: e.title, page };
  });
  expect(placed).toEqual(entries);
}

describe('the Word report through LibreOffice', () => {
  withLibreOffice('lists every section of report.yaml in the contents, in order, each with the page it is printed on', () => {
    checkContents(finalPages);
    checkContents(draftPages);
    // The Word file's numbers (Word's layout, from docx/layout) are LibreOffice's too: nothing needed a second pass.
    expect(final.differences).toEqual([]);
  });

  withLibreOffice('prints no placeholder text; a draft says DRAFT on every page, a final one nowhere', () => {
    for (const pages of [finalPages, draftPages]) expect(pages.join('\n')).not.toMatch(/not been written|written yet|Nothing recorded yet/i);
    draftPages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain('DRAFT — OFFICIAL-SENSITIVE'));
    expect(finalPages.join('\n')).not.toContain('DRAFT');
  });

  withLibreOffice('has the cover title in the Title style and the document properties, read back by python-docx', () => {
    const script = [
      'import docx, json, sys',
      'd = docx.Document(sys.argv[1])',
      'p = d.core_properties',
      'first = next(x for x in d.paragraphs if x.text.strip())',
      "print(json.dumps({'style': first.style.name, 'text': first.text, 'title': p.title, 'subject': p.subject, 'author': p.author, 'keywords': p.keywords, 'language': p.language,",
      "  'body': d.styles.element.xpath('string(//w:docDefaults//w:sz/@w:val)')}))",
    ].join('\n');
    const read = JSON.parse(execFileSync(python, ['-c', script, join(dir, 'final.docx')], { encoding: 'utf8' })) as Record<string, string>;
    expect(read).toEqual({
      style: 'Title',
      text: 'Multi-agency case file audit',
      title: 'Multi-agency case file audit: Neglect MACFA — spring 2026 (demo)',
      subject: 'Multi-agency case file audit: Neglect: drift and the child’s lived experience',
      author: 'Fictional QA Officer, Anyshire Safeguarding Children Partnership (fictional)',
      keywords: expect.stringContaining('neglect; multi-agency case file audit'),
      language: 'en-GB',
      // 12 pt, in half-points.
      body: '24',
    });
    expect(finalPages[0]).toContain('Author: Fictional QA Officer, Anyshire Safeguarding Children Partnership (fictional)');
    expect(finalPages.join('\n')).not.toContain('Author: Scrutineer');
  });
});
