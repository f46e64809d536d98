// Word and Excel files read back by real clients: python-docx (tests/support/read_docx.py) and
// openpyxl (tests/support/read_xlsx.py). Tests that call these need those clients (itWith).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { python } from './clients';

export interface DocxReadBack {
  headings: { level: string; text: string }[];
  headers: string[];
  footers: string[];
  sections: { header: string[]; footer: string[]; headerLinked: boolean; footerLinked: boolean; landscape: boolean }[];
  paragraphs: string[];
  tables: { header: string[]; rows: number; repeatHeader: boolean; merged: boolean; emptyCells: number; cells: string[][] }[];
  altTexts: (string | null)[];
  languages: string[];
  properties: { title: string; author: string; subject: string };
  text: string;
}

export interface XlsxReadBack {
  sheets: { name: string; rows: (string | number | boolean | null)[][] }[];
}

function run<T>(script: string, path: string): T {
  return JSON.parse(execFileSync(python, [script, path], { encoding: 'utf8', maxBuffer: 50_000_000 })) as T;
}

export function readDocx(path: string): DocxReadBack {
  return run<DocxReadBack>('tests/support/read_docx.py', path);
}

export function readXlsx(path: string): XlsxReadBack {
  return run<XlsxReadBack>('tests/support/read_xlsx.py', path);
}

/** Reads bytes (not yet on disk) through a temporary file. */
export function readBytes<T>(bytes: Uint8Array, extension: 'docx' | 'xlsx'): T {
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-readback-'));
  try {
    const path = join(dir, `file.${extension}`);
    writeFileSync(path, bytes);
    return (extension === 'docx' ? readDocx(path) : readXlsx(path)) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
