// Encryption for exchange files, all in the standard age format through the maintained
// age-encryption package (no cryptography written here), and HMAC-SHA-256 from node:crypto.
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * scrypt work factors (log2 N). A generated passphrase has about 77 bits of entropy, so a lower
 * factor keeps packs quick to make and open while staying far beyond brute force; a passphrase
 * the user chose may be weaker and gets age's default.
 */
export const GENERATED_WORK_FACTOR = 14;
export const CHOSEN_WORK_FACTOR = 18;

export async function newIdentity(): Promise<{ secretKey: string; recipient: string }> {
  const secretKey = await generateX25519Identity();
  return { secretKey, recipient: await identityToRecipient(secretKey) };
}

export async function encryptWithPassphrase(plain: Uint8Array, passphrase: string, workFactor: number): Promise<Uint8Array> {
  const e = new Encrypter();
  e.setScryptWorkFactor(workFactor);
  e.setPassphrase(passphrase);
  return e.encrypt(plain);
}

export async function encryptToRecipient(plain: Uint8Array, recipient: string): Promise<Uint8Array> {
  const e = new Encrypter();
  e.addRecipient(recipient);
  return e.encrypt(plain);
}

export type DecryptFailure = 'not-age' | 'no-match' | 'damaged';

/** Decrypts with a passphrase or an identity; failures are classified, never thrown raw. */
export async function decrypt(bytes: Uint8Array, key: { passphrase: string } | { identity: string }): Promise<{ ok: true; plain: Uint8Array } | { ok: false; why: DecryptFailure }> {
  if (!startsWithAgeHeader(bytes)) return { ok: false, why: 'not-age' };
  const d = new Decrypter();
  if ('passphrase' in key) d.addPassphrase(key.passphrase);
  else d.addIdentity(key.identity);
  try {
    return { ok: true, plain: await d.decrypt(bytes) };
  } catch (error) {
    const message = (error as Error).message ?? '';
    return { ok: false, why: /no identity matched|scrypt recipient is not the only one/.test(message) ? 'no-match' : 'damaged' };
  }
}

const AGE_MAGIC = new TextEncoder().encode('age-encryption.org/v1\n');

/** The age header's first line: tells "not an exchange file at all" from a damaged one. */
export function startsWithAgeHeader(bytes: Uint8Array): boolean {
  if (bytes.length < AGE_MAGIC.length) return false;
  return AGE_MAGIC.every((b, i) => bytes[i] === b);
}

export function hmacHex(secretHex: string, text: string): string {
  return createHmac('sha256', Buffer.from(secretHex, 'hex')).update(text, 'utf8').digest('hex');
}

export function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
