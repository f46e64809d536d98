// Documents attached before this version were stored in the clear: on start each is encrypted
// under its new name, the rows are pointed at it in one transaction, and the plain file removed.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenedDatabase } from '../../db/open';
import { writePrivateFileAtomically } from '../../db/private-files';
import { writeTransactionRaw } from '../../db/write';
import { documentKeys, encryptDocument, isEncryptedDocument, storedNameFor } from './document-crypto';

export async function encryptPlainDocuments(store: OpenedDatabase, documentsDir: string): Promise<number> {
  const names = (store.sqlite.prepare('SELECT DISTINCT stored_name AS name FROM case_documents').all() as { name: string }[]).map((r) => r.name);
  let converted = 0;
  for (const name of names) {
    const path = join(documentsDir, name);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    if (isEncryptedDocument(bytes)) continue;
    const keys = await documentKeys(store.db);
    const storedName = storedNameFor(keys, bytes);
    writePrivateFileAtomically(join(documentsDir, storedName), await encryptDocument(keys, bytes));
    writeTransactionRaw(store.sqlite, () => store.sqlite.prepare('UPDATE case_documents SET stored_name = ? WHERE stored_name = ?').run(storedName, name));
    rmSync(path, { force: true });
    converted++;
  }
  return converted;
}
