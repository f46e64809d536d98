// Hands an exported file to the user. In the desktop app the page only names the export call and
// its ids: the core builds the file and main shows the save dialog, writes it and may open it (the
// page never holds or sends the bytes). In the browser the page asks for the file and downloads it
// through a Blob.
import type { CallInput, CallValue } from '@contract/contract';
import type { ExportCall } from '@contract/names';
import { call } from '../api/client';
import { downloadBase64, downloadText } from '../lib/download';

export type SaveOutcome =
  | { kind: 'saved'; path: string; opened: boolean }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'cancelled' };

const mimeTypes: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  json: 'application/json',
  yaml: 'application/yaml',
  txt: 'text/plain;charset=utf-8',
};

export function mimeTypeOf(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return mimeTypes[extension] ?? 'application/octet-stream';
}

/** What the export call returned besides the file (a pack's passphrase, a return's revision...). */
export type Made<C extends ExportCall> = Omit<CallValue<C>, 'base64' | 'text'>;

interface SaveOptions {
  /** From app.info when the page has it; asked for otherwise. */
  transport?: string | null;
  /** Open the file once saved (the desktop app opens only documents and workbooks). */
  open?: boolean;
  /** A file name without extension in place of the export's own. */
  fileStem?: string;
}

export async function saveExport<C extends ExportCall>(name: C, input: CallInput<C>, options: SaveOptions = {}): Promise<{ outcome: SaveOutcome; made: Made<C> }> {
  const transport = options.transport ?? (await call('app.info', {})).transport;
  if (transport === 'electron') {
    const result = await call('files.export', { call: name, input: input as Record<string, unknown>, open: options.open ?? false, ...(options.fileStem ? { name: options.fileStem } : {}) });
    const made = (result.made ?? {}) as Made<C>;
    return { made, outcome: result.saved && result.path ? { kind: 'saved', path: result.path, opened: result.opened } : { kind: 'cancelled' } };
  }
  const { base64, text, ...made } = (await call(name, input)) as { fileName: string; base64?: string; text?: string };
  const fileName = options.fileStem ? `${options.fileStem}.${made.fileName.split('.').pop()}` : made.fileName;
  if (base64 !== undefined) downloadBase64(fileName, base64, mimeTypeOf(fileName));
  else downloadText(fileName, text ?? '', mimeTypeOf(fileName));
  return { made: made as unknown as Made<C>, outcome: { kind: 'downloaded', fileName } };
}
