// The PDF copy's parts that need no report, in-process and without LibreOffice: reading the heading
// pages from a PDF's bookmarks, finding LibreOffice, and running the converter and reporting its
// failures (report-pdf.test.ts compares the pages with the Word contents). The PDFs in tests/fixtures/report were made once
// by LibreOffice from Word files with the report's heading styles and a page break before each
// level-1 heading (headings.pdf: a cover, then "Purpose of the audit" on page 2, "Findings by agency"
// > "Police" > "Timeliness" on page 3, "Glossary" > "Terms" on page 4; contents-3-5-6.pdf and
// contents-3-4-6.pdf: the three headings of the short template below on those pages). A converter
// here is a shell script standing in for `soffice`, copying one of those PDFs where LibreOffice would
// write its output; the real conversions are tested with LibreOffice in export-pdf, contents-layout
// and draft (npm test).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToPdf, findLibreOffice } from '../../../core/report/office';
import { pdfHeadings, pdfPageTexts } from '../../../core/report/pdf-headings';
import { makeTempDir } from '../helpers/temp';
import { converter, fixture } from './fake-soffice';


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
