// A passphrase protects the database key with age's scrypt recipient (the age format's own
// passphrase mode): no cryptography of our own, and `age -d` on the armoured text gives the key back.
import { armor, Decrypter, Encrypter } from 'age-encryption';
import { DatabaseKey } from '../../db/cipher';
import { UserError } from '../../model/errors';

export const MIN_PASSPHRASE_LENGTH = 10;

export function checkNewPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new UserError(`A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters; a few unrelated words are easier to remember than symbols.`, 'WEAK_PASSPHRASE');
  }
}

export async function wrapWithPassphrase(key: DatabaseKey, passphrase: string): Promise<string> {
  checkNewPassphrase(passphrase);
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  return armor.encode(await encrypter.encrypt(key.hex()));
}

export async function unwrapWithPassphrase(armoured: string, passphrase: string, keyFilePath: string): Promise<DatabaseKey> {
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  let text: string;
  try {
    text = await decrypter.decrypt(armor.decode(armoured), 'text');
  } catch {
    throw new UserError(`That passphrase does not open ${keyFilePath}. Nothing was changed; try again, or give the recovery key with --key-file.`, 'WRONG_PASSPHRASE');
  }
  const key = DatabaseKey.fromHex(text);
  if (!key) throw new UserError(`${keyFilePath} does not hold a database key. It has not been changed.`, 'BAD_KEY_FILE');
  return key;
}
