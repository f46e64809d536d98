// The facilitator's age identity: made on first use, kept in this install's database (which
// issue-13 encryption at rest will cover), exported only on request, never put in a pack.
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/write';
import { findIdentity, insertIdentity } from '../../db/queries/exchange';
import { newIdentity } from './crypto';

export async function ensureIdentity(db: Db): Promise<{ secretKey: string; recipient: string }> {
  const existing = findIdentity(db);
  if (existing) return existing;
  const made = await newIdentity();
  // Another writer may have made one meanwhile: the first one stays.
  writeTransaction(db, (tx) => insertIdentity(tx, made));
  return findIdentity(db)!;
}

/** The identity file as age-keygen writes it, so `age -d -i` reads it. */
export async function identityFile(db: Db): Promise<{ fileName: string; text: string; recipient: string }> {
  const id = await ensureIdentity(db);
  const text = [`# created: ${new Date().toISOString()} by Scrutineer (facilitator key)`, `# public key: ${id.recipient}`, id.secretKey, ''].join('\n');
  return { fileName: 'scrutineer-facilitator-identity.txt', text, recipient: id.recipient };
}
