// The report's PDF copy, for readers without Word: made by LibreOffice where the computer has it,
// with the same draft marking, disclosure choices and trail record as the Word file. Its contents
// carries the pages LibreOffice laid the headings on (report-pdf.ts), bookmarks for each heading.
import type { OpenedDatabase } from '../../db/open';
import { UserError } from '../../model/errors';
import { exportFileName } from '../disclosure/marking';
import { recordExport } from '../disclosure/export-record';
import type { ExportedFile } from '../contract/types';
import type { ReportOptions } from './content';
import { draftFileName, exportName } from './exports';
import { findLibreOffice } from './office';
import { reportReadiness } from './readiness';
import type { ReportTemplate } from './template';

export async function exportReportPdf(store: OpenedDatabase, template: ReportTemplate, eventId: number, options: ReportOptions = {}): Promise<ExportedFile> {
  const soffice = findLibreOffice();
  if (!soffice) throw new UserError('A PDF copy needs LibreOffice, which is not installed on this computer. The Word report has its contents’ page numbers without it; print it to PDF from Word instead.', 'USER_ERROR');
  const { draft } = reportReadiness(store, template, eventId, options);
  const { reportPdf } = await import('./report-pdf');
  const { pdf } = await reportPdf(store, template, eventId, soffice, { ...options, draft });
  const includeIdentifiers = options.includeIdentifiers ?? false;
  const fileName = draftFileName(exportFileName(exportName(store, eventId, 'report', 'pdf'), includeIdentifiers), draft);
  const { sha256 } = recordExport(store.db, { eventId, what: 'report', fileName, bytes: pdf, includeIdentifiers, suppressSmallNumbers: options.suppressSmallNumbers ?? true });
  return { fileName, base64: pdf.toString('base64'), sha256, ...(draft ? { draft } : {}) };
}
