// Case documents are encrypted on disk with age (X25519), to an identity kept inside the encrypted
// database: a document file is no more readable than the database that lists it, and the age tool
// can decrypt one with that identity (the format is age's own, not ours). Stored names are an
// HMAC of the contents under a second key in the database, so a name gives nothing away and the
// same file attached twice is still stored once.
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/open';
import { dataKeys } from '../../db/schema';
import { writeTransaction } from '../../db/write';

const AGE_HEADER = 'age-encryption.org/v1\n';

export interface DocumentKeys {
  identity: string;
  recipient: string;
  naming: Buffer;
}

const cache = new WeakMap<object, DocumentKeys>();

/** The documents' keys, made on first use. */
export async function documentKeys(db: Queryable): Promise<DocumentKeys> {
  const cached = cache.get(db);
  if (cached) return cached;
  const read = () => {
    const identity = db.select().from(dataKeys).where(eq(dataKeys.purpose, 'documents')).get()?.secret;
    const naming = db.select().from(dataKeys).where(eq(dataKeys.purpose, 'document names')).get()?.secret;
    return identity && naming ? { identity, naming } : undefined;
  };
  let stored = read();
  if (!stored) {
    const identity = await generateX25519Identity();
    const naming = randomBytes(32).toString('hex');
    writeTransaction(db, (tx) => {
      tx.insert(dataKeys).values({ purpose: 'documents', secret: identity }).onConflictDoNothing().run();
      tx.insert(dataKeys).values({ purpose: 'document names', secret: naming }).onConflictDoNothing().run();
    });
    stored = read()!;
  }
  const keys = { identity: stored.identity, recipient: await identityToRecipient(stored.identity), naming: Buffer.from(stored.naming, 'hex') };
  cache.set(db, keys);
  return keys;
}

export function storedNameFor(keys: DocumentKeys, bytes: Uint8Array): string {
  return `${createHmac('sha256', keys.naming).update(bytes).digest('hex')}.age`;
}

export async function encryptDocument(keys: DocumentKeys, bytes: Uint8Array): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(keys.recipient);
  return encrypter.encrypt(bytes);
}

export function isEncryptedDocument(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, AGE_HEADER.length)).toString('latin1') === AGE_HEADER;
}

/** The document's bytes; a file from before encryption is returned as it is. */
export async function decryptDocument(keys: DocumentKeys, bytes: Uint8Array): Promise<Uint8Array> {
  if (!isEncryptedDocument(bytes)) return bytes;
  const decrypter = new Decrypter();
  decrypter.addIdentity(keys.identity);
  return decrypter.decrypt(bytes);
}
