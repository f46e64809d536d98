// Spreadsheet returns in the older column format (reference, agency, auditor, criterion, grade,
// evidence) on the same import screen: previewed per audit, applied through `audits import`.
import type { Db } from '../../db/open';
import { importReturns, previewSpreadsheetReturns } from '../audits/returns';
import type { FilePreview } from './returns-import';

const describeErrors = (file: string, errors: { row: number; column: string; message: string }[]) =>
  `${file}: nothing imported, ${new Set(errors.map((e) => e.row)).size} row(s) are invalid: ${errors
    .slice(0, 5)
    .map((e) => `row ${e.row}, ${e.column}: ${e.message}`)
    .join('; ')}${errors.length > 5 ? `; and ${errors.length - 5} more` : ''}`;

export async function previewSpreadsheet(db: Db, eventId: number, file: string, bytes: Uint8Array, sha256: string): Promise<FilePreview> {
  const base = { file, sha256, kind: 'spreadsheet' as const, agency: '', auditor: '', revision: null, new: 0, changed: 0, unchanged: 0, conflicts: [], audits: [] };
  const preview = await previewSpreadsheetReturns(db, { eventId, fileName: file, bytes });
  if (preview.errors.length > 0) return { ...base, status: 'refused', message: describeErrors(file, preview.errors) };
  const audits = preview.audits.map((a) => ({ key: `${a.reference}|${a.agency}|${a.auditor.toLowerCase()}`, reference: a.reference, caseId: 0, auditor: `${a.auditor} (${a.agency})`, change: a.change, reason: '', differences: [] }));
  const count = (c: string) => audits.filter((a) => a.change === c).length;
  const counts = { new: count('new'), changed: count('changed'), unchanged: count('unchanged') };
  const status = counts.new + counts.changed === 0 ? ('unchanged' as const) : ('ready' as const);
  return { ...base, ...counts, audits, status, message: `${file}: spreadsheet return, ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged audits.` };
}

export async function applySpreadsheet(db: Db, eventId: number, file: string, bytes: Uint8Array, sha256: string): Promise<FilePreview> {
  const preview = await previewSpreadsheet(db, eventId, file, bytes, sha256);
  if (preview.status !== 'ready') return preview;
  const outcome = await importReturns(db, { eventId, fileName: file, bytes });
  if (outcome.errors.length > 0) return { ...preview, status: 'refused', message: describeErrors(file, outcome.errors) };
  return { ...preview, status: 'applied', message: `${file}: ${outcome.imported} grades imported into ${outcome.audits} audits.` };
}
