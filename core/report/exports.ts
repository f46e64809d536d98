// The files that leave the app, each built, named and recorded in one step: the Word report, the
// briefing, the workbook, the returns CSV and the trail CSV. Every host (desktop shell, CLI, web
// transport) gets its files from here through the contract, so every export is in the trail with
// its SHA-256, and an identifiable one is marked in its name as well as on its pages.
import type { OpenedDatabase } from '../../db/open';
import { slugify } from '../../model/slug';
import { exportReturns } from '../audits/returns';
import { exportFileName } from '../disclosure/marking';
import { recordExport, type ExportKind } from '../disclosure/export-record';
import { getEvent } from '../events/service';
import { listTrail, trailCsv } from '../trail/service';
import type { ExportedFile } from '../contract/types';
import type { ReportOptions } from './content';
import type { ReportTemplate } from './template';
import { DRAFT, reportReadiness } from './readiness';


/** A file name for an export: the event's name made safe, then what it holds. */
export function exportName(store: OpenedDatabase, eventId: number, what: string, extension = 'csv'): string {
  const slug = slugify(getEvent(store.db, eventId).name, 60) || `event-${eventId}`;
  return `${slug}-${what}.${extension}`;
}

// docx and exceljs load on first use, so a CLI command or the app's start-up does not pay for them.
const documents = () => Promise.all([import('./build-report'), import('./briefing'), import('./xlsx')]).then(([r, b, x]) => ({ ...r, ...b, ...x }));

function recorded(store: OpenedDatabase, eventId: number, what: ExportKind, name: string, bytes: Buffer, options: { includeIdentifiers?: boolean; suppressSmallNumbers?: boolean }, draft = false): ExportedFile {
  const includeIdentifiers = options.includeIdentifiers ?? false;
  const fileName = draftFileName(exportFileName(name, includeIdentifiers), draft);
  const { sha256 } = recordExport(store.db, { eventId, what, fileName, bytes, includeIdentifiers, suppressSmallNumbers: options.suppressSmallNumbers ?? true });
  return { fileName, base64: bytes.toString('base64'), sha256, ...(draft ? { draft } : {}) };
}

/** "spring-report.docx" → "spring-report-DRAFT.docx". */
export function draftFileName(fileName: string, draft: boolean): string {
  if (!draft) return fileName;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)}-${DRAFT}${fileName.slice(dot)}` : `${fileName}-${DRAFT}`;
}

export async function exportReport(store: OpenedDatabase, template: ReportTemplate, eventId: number, options: ReportOptions = {}): Promise<ExportedFile> {
  // The check runs first: refused exports (identifiers) fail in the build before anything is recorded.
  const { draft } = reportReadiness(store, template, eventId, options);
  const { bytes, contents } = await (await documents()).buildReportFile(store, template, eventId, { ...options, draft });
  const file = recorded(store, eventId, 'report', exportName(store, eventId, 'report', 'docx'), bytes, options, draft);
  return contents.numbers === 'written' ? file : { ...file, contentsUpdatedOnOpen: true };
}

export async function exportBriefing(store: OpenedDatabase, template: ReportTemplate, eventId: number, options: ReportOptions = {}): Promise<ExportedFile> {
  const bytes = await (await documents()).buildBriefing(store, template, eventId, options);
  return recorded(store, eventId, 'briefing', exportName(store, eventId, '7-minute-briefing', 'docx'), bytes, options);
}

export async function exportWorkbook(store: OpenedDatabase, eventId: number, options: { suppressSmallNumbers?: boolean; includeIdentifiers?: boolean } = {}): Promise<ExportedFile> {
  const bytes = await (await documents()).buildFiguresWorkbook(store, eventId, options);
  return recorded(store, eventId, 'workbook', exportName(store, eventId, 'figures-and-action-plan', 'xlsx'), bytes, options);
}

/** Returns hold case references and evidence: identifiable by design, and recorded so. */
export function exportReturnsCsv(store: OpenedDatabase, eventId: number): { fileName: string; text: string; sha256: string } {
  const text = exportReturns(store.db, eventId);
  const fileName = exportName(store, eventId, 'audit-returns');
  return { fileName, text, ...recordExport(store.db, { eventId, what: 'returns CSV', fileName, bytes: text, includeIdentifiers: true }) };
}

/** The trail as it is now (redactions applied); the export's own record comes after it. */
export function exportTrailCsv(store: OpenedDatabase, filter: { eventId: number; caseId?: number }): { fileName: string; text: string; sha256: string } {
  const text = trailCsv(listTrail(store.db, filter));
  const fileName = exportName(store, filter.eventId, 'audit-trail');
  return { fileName, text, ...recordExport(store.db, { eventId: filter.eventId, what: 'trail CSV', fileName, bytes: text, includeIdentifiers: true }) };
}
