// Saving an export in the desktop app. The page names an export call and its ids; the core builds
// the file itself and only then asks the shell where to put it. The page never supplies the bytes
// or the extension: the extension is the built file's, and must be on the allow-list; the shell
// opens afterwards only a file it has just written, and only a document or a workbook.
import { basename } from 'node:path';
import { UserError } from '../../model/errors';
export { exportCalls, type ExportCall } from '../contract/names';

/** What the save dialog may write. Longest first, so ".scrutineer-pack" is never read as ".pack". */
export const savableExtensions = ['.scrutineer-return', '.scrutineer-pack', '.docx', '.xlsx', '.yaml', '.json', '.csv', '.svg', '.png', '.txt', '.pdf'] as const;
export type SavableExtension = (typeof savableExtensions)[number];

/** What the shell may open once saved: the report and the workbooks, which the user asked to see. */
export const openableExtensions: readonly SavableExtension[] = ['.docx', '.xlsx'];

export function savableExtension(fileName: string): SavableExtension | null {
  const lower = fileName.toLowerCase();
  return savableExtensions.find((extension) => lower.endsWith(extension) && lower.length > extension.length) ?? null;
}

/** The path the shell writes: the chosen one, with the file's extension added if the user left it off or changed it. */
export function pathWithExtension(chosen: string, extension: SavableExtension): string {
  return chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
}

/** The save dialog's one filter: the file's own type, so no other can be picked. */
export function dialogFilter(extension: SavableExtension): { name: string; extensions: string[] } {
  return { name: `${extension.slice(1).toUpperCase()} file`, extensions: [extension.slice(1)] };
}

/** The shell opens a path only if it wrote it in this session and its type may be opened. */
export function mayOpenSaved(path: string, written: ReadonlySet<string>): boolean {
  const extension = savableExtension(path);
  return written.has(path) && extension !== null && openableExtensions.includes(extension);
}

export interface FileToSave {
  suggestedName: string;
  extension: SavableExtension;
  bytes: Buffer;
}

/**
 * The file an export call built, ready for the shell: its name (the page may suggest another stem,
 * but not the extension) and its bytes. What else the call returned (a pack's passphrase, a
 * return's revision) is handed back to the page without the bytes.
 */
export function fileFromExport(result: unknown, stem?: string): { file: FileToSave; made: Record<string, unknown> } {
  const { fileName, base64, text, ...made } = result as { fileName?: unknown; base64?: unknown; text?: unknown };
  if (typeof fileName !== 'string') throw new Error('An export call returned no file name.');
  const extension = savableExtension(fileName);
  if (!extension) throw new UserError(`${basename(fileName)} cannot be saved: only ${savableExtensions.join(', ')} files are.`, 'BAD_FILE_TYPE');
  const bytes = typeof base64 === 'string' ? Buffer.from(base64, 'base64') : typeof text === 'string' ? Buffer.from(text, 'utf8') : null;
  if (!bytes) throw new Error(`The export ${fileName} had no content.`);
  const name = stem ? `${basename(stem).replace(/[^\p{L}\p{N} ._-]/gu, '').trim() || 'export'}${extension}` : basename(fileName);
  return { file: { suggestedName: name, extension, bytes }, made: { fileName, ...made } };
}

export interface SaveDialog {
  /** The system's save dialog: a path, or null if cancelled. */
  choosePath(options: { defaultName: string; filter: { name: string; extensions: string[] } }): Promise<string | null>;
  writeFile(path: string, bytes: Buffer): Promise<void>;
  /** The system's viewer for a file. */
  openPath(path: string): Promise<boolean>;
}

/**
 * The desktop shell's saving, without Electron: the dialog offers only the file's type, the path
 * gets the file's extension, and a path is opened only if this shell wrote it and may open its type.
 */
export function savingShell(dialog: SaveDialog): { saveFileAs(file: FileToSave): Promise<string | null>; openSaved(path: string): Promise<boolean> } {
  const written = new Set<string>();
  return {
    async saveFileAs(file) {
      const chosen = await dialog.choosePath({ defaultName: file.suggestedName, filter: dialogFilter(file.extension) });
      if (!chosen) return null;
      const path = pathWithExtension(chosen, file.extension);
      await dialog.writeFile(path, file.bytes);
      written.add(path);
      return path;
    },
    async openSaved(path) {
      return mayOpenSaved(path, written) ? dialog.openPath(path) : false;
    },
  };
}
