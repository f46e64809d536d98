// Backups hold the case documents too. A database backup is one encrypted file; the documents are
// already encrypted (age) and named by their content, so they are kept once, in a folder beside
// the documents folder (`documents-backup/`, or `<file>.documents/` beside a backup written to a
// file of the user's choosing), and each backup copies in only what that folder lacks. A document
// deleted from the app (case or event deleted, purge, removed from its case) goes from the
// rotation's folder too: deleting is deleting. A restore brings back every document the restored
// database refers to that the documents folder lacks.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenedDatabase } from '../../db/open';
import { copyPrivateFileAtomically, makePrivateFolder, syncFolder } from '../../db/private-files';

/** The rotation's documents, beside the documents folder. */
export const documentsBackupDirFor = (documentsDir: string): string => `${documentsDir}-backup`;

/** The documents of a backup written to a file of the user's choosing. */
export const documentsBesideBackup = (backupPath: string): string => `${backupPath}.documents`;

const storedFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((name) => !name.startsWith('.') && !name.endsWith('.partial'));
  } catch {
    return [];
  }
};

/** Copies into `backupDir` the documents it lacks (each once; they never change); returns how many. */
export function backUpDocuments(documentsDir: string, backupDir: string): number {
  const have = new Set(storedFiles(backupDir));
  const missing = storedFiles(documentsDir).filter((name) => !have.has(name));
  if (missing.length === 0) return 0;
  makePrivateFolder(backupDir);
  // Each under a temporary name first: a copy cut short never passes for the document.
  for (const name of missing) copyPrivateFileAtomically(join(documentsDir, name), join(backupDir, name));
  syncFolder(backupDir);
  return missing.length;
}

/** After a deletion: the named documents go from the rotation's folder too. */
export function forgetBackedUpDocuments(documentsDir: string, storedNames: readonly string[]): void {
  const dir = documentsBackupDirFor(documentsDir);
  for (const name of storedNames) rmSync(join(dir, name), { force: true });
}

export interface DocumentsRestored {
  /** Documents copied back into the documents folder. */
  restored: number;
  /** Documents the restored database refers to that no backup holds (deleted since). */
  missing: number;
}

/** Brings back from the given backup folders every document the database refers to and lacks. */
export function restoreDocuments(store: OpenedDatabase, documentsDir: string, from: readonly string[]): DocumentsRestored {
  const wanted = (store.sqlite.prepare('SELECT DISTINCT stored_name AS name FROM case_documents').all() as { name: string }[]).map((r) => r.name);
  const have = new Set(storedFiles(documentsDir));
  let restored = 0;
  let missing = 0;
  for (const name of wanted.filter((n) => !have.has(n))) {
    const source = from.map((dir) => join(dir, name)).find((path) => existsSync(path));
    if (!source) {
      missing++;
      continue;
    }
    makePrivateFolder(documentsDir);
    copyPrivateFileAtomically(source, join(documentsDir, name));
    restored++;
  }
  if (restored) syncFolder(documentsDir);
  return { restored, missing };
}
