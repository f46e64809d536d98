// Hands an exported file to the user. In the desktop app the core shows the system's save dialog,
// writes the file and opens it; the browser transport declines (saved: false), so the page then
// downloads the bytes itself through a Blob.
import { call } from '../api/client';
import { downloadBase64 } from '../lib/download';

export type SaveOutcome =
  | { kind: 'saved'; path: string; opened: boolean }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'cancelled' };

const mimeTypes: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mimeTypeOf(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return mimeTypes[extension] ?? 'application/octet-stream';
}

/** `transport` comes from app.info; in the desktop app "not saved" means the dialog was cancelled. */
export async function saveOrDownload(file: { fileName: string; base64: string }, transport: string | null, open = true): Promise<SaveOutcome> {
  const result = await call('files.saveAs', { fileName: file.fileName, base64: file.base64, open });
  if (result.saved && result.path) return { kind: 'saved', path: result.path, opened: result.opened };
  if (transport === 'electron') return { kind: 'cancelled' };
  downloadBase64(file.fileName, file.base64, mimeTypeOf(file.fileName));
  return { kind: 'downloaded', fileName: file.fileName };
}
