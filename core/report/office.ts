// LibreOffice, where the computer has it: converts a Word file to PDF headless, with a profile of
// its own (so it never clashes with a LibreOffice the user has open, or another conversion) and
// headings exported as PDF bookmarks (how report-pdf.ts reads the page each heading is on).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../model/errors';

const installed = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/**
 * LibreOffice's `soffice`: SCRUTINEER_SOFFICE if set (empty or "none" means "act as if it is not
 * installed"), else the usual install places, else the PATH. Null when it is not found.
 */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.SCRUTINEER_SOFFICE;
  if (chosen !== undefined) return chosen === '' || chosen === 'none' ? null : existsSync(chosen) ? chosen : null;
  const onPath = (env.PATH ?? '').split(delimiter).flatMap((dir) => [join(dir, 'soffice'), join(dir, 'soffice.exe')]);
  return [...installed, ...onPath].find((p) => existsSync(p)) ?? null;
}

// Bookmarks from the headings; the PDF/UA-style tagging makes it a better copy for screen readers too.
const pdfFilter = `pdf:writer_pdf_Export:${JSON.stringify({ ExportBookmarks: { type: 'boolean', value: 'true' }, UseTaggedPDF: { type: 'boolean', value: 'true' } })}`;

/** Converts a .docx to PDF with LibreOffice. Takes seconds: conversions run one at a time. */
export function docxToPdf(soffice: string, docx: Buffer): Promise<Buffer> {
  const run = queue.then(() => convert(soffice, docx));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function convert(soffice: string, docx: Buffer): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'scrutineer-office-'));
  try {
    const input = join(dir, 'report.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await new Promise<void>((resolve, reject) =>
      execFile(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', pdfFilter, '--outdir', dir, input], { timeout: 180_000 }, (error) =>
        error ? reject(new UserError(`LibreOffice could not convert the report to PDF: ${error.message}`, 'USER_ERROR')) : resolve(),
      ),
    );
    const pdf = join(dir, 'report.pdf');
    if (!existsSync(pdf)) throw new UserError('LibreOffice ran but wrote no PDF.', 'USER_ERROR');
    return await readFile(pdf);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
