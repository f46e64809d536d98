// Case documents: copied into the app's data folder under their SHA-256 (so the same file is
// stored once), checked for type and size, opened only through a path checked to be inside it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { Db } from '../../db/open';
import { caseRowById } from '../../db/queries/cases';
import * as q from '../../db/queries/documents';
import { writeTransaction } from '../../db/write';
import { UserError } from '../../model/errors';
import type { CaseDocument } from '../contract/types';

export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

const kinds: Record<string, { mimeType: string; looksRight: (b: Uint8Array) => boolean }> = {
  '.pdf': { mimeType: 'application/pdf', looksRight: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46]) },
  '.docx': { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', looksRight: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) },
  '.png': { mimeType: 'image/png', looksRight: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47]) },
  '.jpg': { mimeType: 'image/jpeg', looksRight: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  '.jpeg': { mimeType: 'image/jpeg', looksRight: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  '.txt': { mimeType: 'text/plain', looksRight: (b) => !b.includes(0) },
};

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((value, i) => bytes[i] === value);
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function addDocument(db: Db, documentsDir: string, input: { caseId: number; fileName: string; bytes: Uint8Array }): CaseDocument {
  const fileName = basename(input.fileName.replace(/\\/g, '/')).trim();
  if (!caseRowById(db, input.caseId)) throw new UserError(`No case has the id ${input.caseId}.`, 'NOT_FOUND');
  const ext = extname(fileName).toLowerCase();
  const kind = kinds[ext];
  if (!kind) throw new UserError(`${fileName}: only PDF, Word (.docx), image (.png, .jpg) and text (.txt) files can be attached.`, 'BAD_FILE_TYPE');
  if (input.bytes.length === 0) throw new UserError(`${fileName} is empty.`, 'EMPTY_FILE');
  if (input.bytes.length > MAX_DOCUMENT_BYTES) {
    throw new UserError(`${fileName} is ${formatMegabytes(input.bytes.length)}; the limit for one document is ${formatMegabytes(MAX_DOCUMENT_BYTES)}.`, 'TOO_LARGE');
  }
  if (!kind.looksRight(input.bytes)) throw new UserError(`${fileName} does not look like a ${ext.slice(1).toUpperCase()} file.`, 'BAD_FILE_TYPE');
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const storedName = `${sha256}${ext}`;
  const path = join(documentsDir, storedName);
  if (!existsSync(path)) {
    mkdirSync(documentsDir, { recursive: true });
    // Write then rename (atomic): a crash never leaves a half-written document under its final name.
    writeFileSync(`${path}.partial`, input.bytes);
    renameSync(`${path}.partial`, path);
  }
  return writeTransaction(db, (tx) => {
    if (!caseRowById(tx, input.caseId)) throw new UserError(`No case has the id ${input.caseId}.`, 'NOT_FOUND');
    const id = q.insertDocument(tx, { caseId: input.caseId, fileName, storedName, mimeType: kind.mimeType, size: input.bytes.length, sha256 });
    return toCaseDocument(q.findDocument(tx, id)!);
  });
}

/** A document as the screens see it: the name it is stored under stays in core. */
export function toCaseDocument({ storedName: _internal, ...document }: q.DocumentRow): CaseDocument {
  return document;
}

export function removeDocument(db: Db, documentsDir: string, id: number): void {
  const unused = writeTransaction(db, (tx) => {
    const doc = q.findDocument(tx, id);
    if (!doc) throw new UserError(`No document has the id ${id}.`, 'NOT_FOUND');
    q.deleteDocument(tx, id);
    return q.countByStoredName(tx, doc.storedName) === 0 ? doc.storedName : null;
  });
  if (unused) rmSync(documentPath(documentsDir, unused), { force: true });
}

/** The document's file path, refused unless it lies inside the documents folder. */
export function documentPath(documentsDir: string, storedName: string): string {
  const root = resolve(documentsDir);
  const path = resolve(root, storedName);
  if (!path.startsWith(root + sep)) throw new UserError('That document path is outside the documents folder.', 'BAD_PATH');
  return path;
}

export function resolveDocumentForOpening(db: Db, documentsDir: string, id: number): { path: string; fileName: string } {
  const doc = q.findDocument(db, id);
  if (!doc) throw new UserError(`No document has the id ${id}.`, 'NOT_FOUND');
  const path = documentPath(documentsDir, doc.storedName);
  if (!existsSync(path)) throw new UserError(`The file for ${doc.fileName} is missing from the data folder.`, 'FILE_MISSING');
  return { path, fileName: doc.fileName };
}
