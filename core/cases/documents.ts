// Case documents: encrypted into the app's data folder (age, to an identity held in the encrypted
// database; see document-crypto), checked for type and size, stored once however often attached,
// and opened through a decrypted copy in a private folder.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { makePrivateFolder, writePrivateFileAtomically } from '../../db/private-files';
import { decryptDocument, documentKeys, encryptDocument, storedNameFor } from './document-crypto';
import type { Db } from '../../db/open';
import { caseRowById } from '../../db/queries/cases';
import * as q from '../../db/queries/documents';
import { writeTransaction } from '../../db/write';
import { UserError } from '../../model/errors';
import type { CaseDocument } from '../contract/types';
import { forgetBackedUpDocuments } from '../data/document-backups';

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

/** Checks the file, encrypts it into the documents folder (age, see document-crypto) and lists it on the case. */
export async function addDocument(db: Db, documentsDir: string, input: { caseId: number; fileName: string; bytes: Uint8Array }): Promise<CaseDocument> {
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
  const keys = await documentKeys(db);
  const storedName = storedNameFor(keys, input.bytes);
  const path = join(documentsDir, storedName);
  if (!existsSync(path)) {
    makePrivateFolder(documentsDir);
    // Written under a temporary name and renamed: a crash never leaves half a document under its name.
    writePrivateFileAtomically(path, await encryptDocument(keys, input.bytes));
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
  if (!unused) return;
  rmSync(documentPath(documentsDir, unused), { force: true });
  forgetBackedUpDocuments(documentsDir, [unused]);
}

/** The document's file path, refused unless it lies inside the documents folder. */
export function documentPath(documentsDir: string, storedName: string): string {
  const root = resolve(documentsDir);
  const path = resolve(root, storedName);
  if (!path.startsWith(root + sep)) throw new UserError('That document path is outside the documents folder.', 'BAD_PATH');
  return path;
}

/** Where decrypted copies are put for the system's viewer: beside the documents, the owner's only. */
export const openedDirFor = (documentsDir: string): string => join(dirname(resolve(documentsDir)), 'opened');

/**
 * Decrypts the document into a private folder for the system's viewer (which cannot read age);
 * the copies are removed when Scrutineer closes or next starts (clearOpenedCopies).
 */
export async function decryptForOpening(db: Db, documentsDir: string, id: number): Promise<{ path: string; fileName: string }> {
  const doc = q.findDocument(db, id);
  if (!doc) throw new UserError(`No document has the id ${id}.`, 'NOT_FOUND');
  const stored = documentPath(documentsDir, doc.storedName);
  if (!existsSync(stored)) throw new UserError(`The file for ${doc.fileName} is missing from the data folder.`, 'FILE_MISSING');
  const plain = await decryptDocument(await documentKeys(db), readFileSync(stored));
  // Checked again before the system's viewer gets it: the bytes are the ones attached, and still
  // the type their name says (the viewer is chosen by the extension).
  const kind = kinds[extname(doc.fileName).toLowerCase()];
  if (createHash('sha256').update(plain).digest('hex') !== doc.sha256 || !kind?.looksRight(plain)) {
    throw new UserError(`${doc.fileName} is not the file that was attached: it is damaged or was replaced, so it will not be opened.`, 'DAMAGED_FILE');
  }
  const folder = join(openedDirFor(documentsDir), randomUUID());
  makePrivateFolder(folder);
  const path = join(folder, basename(doc.fileName));
  writePrivateFileAtomically(path, plain);
  return { path, fileName: doc.fileName };
}

export function clearOpenedCopies(documentsDir: string): void {
  rmSync(openedDirFor(documentsDir), { recursive: true, force: true });
}
