// The PDF copy's own logic, in-process and without LibreOffice: reading the heading pages from a PDF's
// bookmarks, comparing them with the Word contents and building again with LibreOffice's pages, and
// running the converter and reporting its failures. The PDFs in tests/fixtures/report were made once
// by LibreOffice from Word files with the report's heading styles and a page break before each
// level-1 heading (headings.pdf: a cover, then "Purpose of the audit" on page 2, "Findings by agency"
// > "Police" > "Timeliness" on page 3, "Glossary" > "Terms" on page 4; contents-3-5-6.pdf and
// contents-3-4-6.pdf: the three headings of the short template below on those pages). A converter
// here is a shell script standing in for `soffice`, copying one of those PDFs where LibreOffice would
// write its output; the real conversions are tested with LibreOffice in export-pdf, contents-layout
// and draft (npm test).
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import { defaultAppPaths } from '../../../core/paths';
import { docxToPdf, findLibreOffice } from '../../../core/report/office';
import { pdfHeadings, pdfPageTexts } from '../../../core/report/pdf-headings';
import { reportPdf } from '../../../core/report/report-pdf';
import { buildReportFile } from '../../../core/report/build-report';
import { loadReportTemplate, type ReportTemplate } from '../../../core/report/template';
import { seedThresholdEvent } from '../../support/threshold-event';
import { readDocx } from '../helpers/office';
import { seededStore } from '../helpers/seeded-store';
import { makeTempDir } from '../helpers/temp';

const fixture = (name: string) => resolve('tests/fixtures/report', name);
const shipped = loadReportTemplate(defaultAppPaths().templatesDir);
const template: ReportTemplate = { ...shipped, sections: ['purpose', 'findings-by-agency', 'glossary'].map((key) => shipped.sections.find((s) => s.key === key)!) };

/**
 * A stand-in for soffice: logs its arguments, then copies the n-th of `pdfs` (the last once they
 * run out) to report.pdf in the --outdir folder, or exits with `exit` and writes nothing.
 */
function converter(pdfs: string[], options: { exit?: number } = {}): { path: string; calls: () => string[][] } {
  const dir = makeTempDir('scrutineer-fake-soffice-');
  const log = join(dir, 'calls.log');
  const path = join(dir, 'soffice');
  const list = pdfs.map((p) => `'${fixture(p)}'`).join(' ');
  writeFileSync(
    path,
    `#!/bin/sh
printf '%s\\t' "$@" >> '${log}'; echo >> '${log}'
${options.exit ? `exit ${options.exit}` : ''}
n=$(wc -l < '${log}'); i=0; pick=''
for pdf in ${list}; do i=$((i + 1)); pick="$pdf"; [ "$i" -ge "$n" ] && break; done
[ -n "$pick" ] || exit 0
while [ "$#" -gt 0 ]; do [ "$1" = --outdir ] && out="$2"; shift; done
cp "$pick" "$out/report.pdf"
`,
  );
  chmodSync(path, 0o755);
  return { path, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split('\t').filter(Boolean)) : []) };
}

let store: OpenedDatabase;
let eventId = 0;

beforeAll(async () => {
  ({ store, seeded: { eventId } } = await seededStore('report-threshold', (call) => seedThresholdEvent(call)));
}, 60_000);

afterAll(() => store.close());

describe('a PDF’s headings', () => {
  it('are read from its bookmarks with their level and the page each starts on', async () => {
    expect(await pdfHeadings(readFileSync(fixture('headings.pdf')))).toEqual([
      { title: 'Purpose of the audit', level: 1, page: 2 },
      { title: 'Findings by agency', level: 1, page: 3 },
      { title: 'Police', level: 2, page: 3 },
      { title: 'Timeliness', level: 3, page: 3 },
      { title: 'Glossary', level: 1, page: 4 },
      { title: 'Terms', level: 2, page: 4 },
    ]);
  });

  it('and its text page by page', async () => {
    const pages = await pdfPageTexts(readFileSync(fixture('headings.pdf')));
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain('Cover page, no heading.');
    expect(pages[3]).toContain('Text on page four.');
  });
});

describe('finding LibreOffice', () => {
  it('takes SCRUTINEER_SOFFICE when it names a file, and none when it is empty, "none" or missing', () => {
    const fake = converter([]).path;
    expect(findLibreOffice({ SCRUTINEER_SOFFICE: fake, PATH: '' })).toBe(fake);
    expect(findLibreOffice({ SCRUTINEER_SOFFICE: '', PATH: '' })).toBeNull();
    expect(findLibreOffice({ SCRUTINEER_SOFFICE: 'none', PATH: '' })).toBeNull();
    expect(findLibreOffice({ SCRUTINEER_SOFFICE: join(makeTempDir(), 'soffice'), PATH: '' })).toBeNull();
  });
});

describe('converting with LibreOffice', () => {
  const docx = Buffer.from('not really a Word file');

  it('runs it headless with a profile of its own and bookmarks from the headings, and returns the PDF it writes', async () => {
    const soffice = converter(['headings.pdf']);
    const pdf = await docxToPdf(soffice.path, docx);
    expect(pdf.equals(readFileSync(fixture('headings.pdf')))).toBe(true);
    const [args] = soffice.calls();
    expect(args![0]).toMatch(/^-env:UserInstallation=file:\/\/\/.+\/profile$/);
    expect(args!.slice(1, 4)).toEqual(['--headless', '--norestore', '--convert-to']);
    expect(JSON.parse(args![4]!.replace(/^pdf:writer_pdf_Export:/, ''))).toEqual({ ExportBookmarks: { type: 'boolean', value: 'true' }, UseTaggedPDF: { type: 'boolean', value: 'true' } });
    expect(args![5]).toBe('--outdir');
    expect(args![6]).toBe(args![0]!.replace(/^-env:UserInstallation=file:\/\//, '').replace(/\/profile$/, ''));
    expect(args![7]).toBe(join(args![6]!, 'report.docx'));
    // Its folder is removed afterwards.
    expect(existsSync(args![6]!)).toBe(false);
  });

  it('says so when LibreOffice fails, and when it writes no PDF', async () => {
    await expect(docxToPdf(converter([], { exit: 3 }).path, docx)).rejects.toThrow(/^LibreOffice could not convert the report to PDF: Command failed/);
    await expect(docxToPdf(converter([]).path, docx)).rejects.toThrow('LibreOffice ran but wrote no PDF.');
    // A failure does not stop the next conversion.
    expect((await docxToPdf(converter(['headings.pdf']).path, docx)).length).toBeGreaterThan(0);
  });
});

describe('the PDF copy of the report', () => {
  it('keeps Word’s file when LibreOffice lays the headings on the same pages', async () => {
    // Word's layout of this template (report-build.test.ts): cover, contents, then the purpose on
    // page 3, the landscape agency table from page 4 (two pages), the glossary on page 6.
    const word = await buildReportFile(store, template, eventId, { draft: false });
    expect(word.contents).toEqual({ numbers: 'written', pages: [3, 4, 6] });
    const soffice = converter(['contents-3-4-6.pdf']);
    const copy = await reportPdf(store, template, eventId, soffice.path, { draft: false });
    expect(copy.differences).toEqual([]);
    expect(soffice.calls()).toHaveLength(1);
    expect(copy.pdf.equals(readFileSync(fixture('contents-3-4-6.pdf')))).toBe(true);
  });

  it('builds again with LibreOffice’s pages where they differ, listing each difference, until they hold', async () => {
    const soffice = converter(['contents-3-5-6.pdf']);
    const copy = await reportPdf(store, template, eventId, soffice.path, { draft: false });
    expect(copy.differences).toEqual([{ title: 'Findings by agency', word: 4, libreOffice: 5 }]);
    // Converted twice: Word's pages, then LibreOffice's written into the contents.
    expect(soffice.calls()).toHaveLength(2);
    const doc = await readDocx(copy.docx);
    const entries = doc.paragraphs.filter((p) => /^(Purpose of the audit|Findings by agency|Glossary)\s*\d+$/.test(p));
    expect(entries.map((e) => Number(e.replace(/^\D+/, '')))).toEqual([3, 5, 6]);
  });

  it('gives up when the pages do not settle after two passes', async () => {
    // LibreOffice's pages alternate with every conversion, starting away from Word's (3, 4, 6).
    const soffice = converter(['contents-3-5-6.pdf', 'contents-3-4-6.pdf', 'contents-3-5-6.pdf', 'contents-3-4-6.pdf']);
    await expect(reportPdf(store, template, eventId, soffice.path, { draft: false })).rejects.toThrow('LibreOffice’s page numbers for the contents did not settle after two passes.');
    expect(soffice.calls()).toHaveLength(3);
  });

  it('is refused when the PDF’s headings at levels 1 and 2 are not the contents’ entries', async () => {
    // headings.pdf has five at levels 1 and 2 (and one at level 3) where the contents lists three.
    await expect(reportPdf(store, template, eventId, converter(['headings.pdf']).path, { draft: false })).rejects.toThrow(
      'The PDF has 5 headings at levels 1 and 2 but the contents lists 3: LibreOffice did not export the headings as bookmarks.',
    );
  });
});
