// A PDF copy of the report, made by LibreOffice where the computer has it, whose contents shows the
// pages LibreOffice laid the headings on. The Word file's contents carries Word's layout (docx/layout);
// LibreOffice lays pages out nearly, not exactly, as Word does, so the copy is checked: the heading
// pages read back from the PDF's bookmarks are compared with the contents' numbers, and where they
// differ the report is built again with LibreOffice's pages and converted again.
import type { OpenedDatabase } from '../../db/open';
import { UserError } from '../../model/errors';
import { buildReportFile, type ReportOptionsWithDraft } from './build-report';
import { docxToPdf } from './office';
import { pdfHeadings } from './pdf-headings';
import type { ReportTemplate } from './template';

export interface ReportPdf {
  pdf: Buffer;
  /** The Word file the PDF was made from: the exported one, or one with LibreOffice's page numbers in its contents. */
  docx: Buffer;
  /** Contents entries whose page in LibreOffice's layout differs from Word's, as the Word file says them. */
  differences: { title: string; word: number; libreOffice: number }[];
}

/** The headings the contents lists (levels 1 and 2), as the PDF's bookmarks place them. */
async function listedPages(pdf: Buffer, expected: number): Promise<{ title: string; page: number }[]> {
  const listed = (await pdfHeadings(pdf)).filter((h) => h.level <= 2);
  if (listed.length !== expected) throw new UserError(`The PDF has ${listed.length} headings at levels 1 and 2 but the contents lists ${expected}: LibreOffice did not export the headings as bookmarks.`, 'USER_ERROR');
  return listed;
}

export async function reportPdf(store: OpenedDatabase, template: ReportTemplate, eventId: number, soffice: string, options: ReportOptionsWithDraft = {}): Promise<ReportPdf> {
  const word = await buildReportFile(store, template, eventId, options);
  if (word.contents.numbers !== 'written') throw new UserError('The report’s contents has no page numbers to check: its layout could not be worked out.', 'USER_ERROR');
  const wordPages = word.contents.pages;
  let docx = word.bytes;
  let pdf = await docxToPdf(soffice, docx);
  let laidOut = await listedPages(pdf, wordPages.length);
  const differences = laidOut.flatMap((h, i) => (h.page === wordPages[i] ? [] : [{ title: h.title, word: wordPages[i]!, libreOffice: h.page }]));
  // Writing different numbers can move a line, and so a heading: lay out again until the numbers hold (twice is plenty).
  for (let written = wordPages, pass = 0; laidOut.some((h, i) => h.page !== written[i]); pass++) {
    if (pass === 2) throw new UserError('LibreOffice’s page numbers for the contents did not settle after two passes.', 'USER_ERROR');
    written = laidOut.map((h) => h.page);
    docx = (await buildReportFile(store, template, eventId, { ...options, contentsPages: written })).bytes;
    pdf = await docxToPdf(soffice, docx);
    laidOut = await listedPages(pdf, written.length);
  }
  return { pdf, docx, differences };
}
