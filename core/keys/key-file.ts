// The key file kept beside the database (`<database>.key`): the database key, never in the clear.
// Either sealed by the operating system's keychain (the desktop app, through Electron's
// safeStorage) or wrapped with a passphrase in an age file (scrypt), so `age -d` can recover it too.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../../model/errors';
import { makePrivateFolder, writePrivateFileAtomically } from '../../db/private-files';
import { dirname } from 'node:path';

export const keyFileSchema = z.discriminatedUnion('protection', [
  z.object({
    format: z.literal('scrutineer-database-key'),
    version: z.literal(1),
    protection: z.literal('passphrase'),
    /** The key's 64 hex digits, encrypted with the passphrase (age, scrypt recipient, ASCII armour). */
    age: z.string().min(1),
  }),
  z.object({
    format: z.literal('scrutineer-database-key'),
    version: z.literal(1),
    protection: z.literal('os-keychain'),
    /** Which keychain sealed it (for the Settings page and error messages). */
    sealedBy: z.string(),
    /** The key's bytes as sealed by the keychain, base64. */
    sealed: z.string().min(1),
  }),
]);
export type KeyFile = z.infer<typeof keyFileSchema>;

export const keyFilePathFor = (databasePath: string): string => `${databasePath}.key`;

export function readKeyFile(databasePath: string): KeyFile | undefined {
  const path = keyFilePathFor(databasePath);
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    parsed = undefined;
  }
  const result = keyFileSchema.safeParse(parsed);
  if (!result.success) {
    throw new UserError(`${path} is not a Scrutineer key file (it may be damaged). It has not been changed; restore it from a backup, or give the recovery key with --key-file.`, 'BAD_KEY_FILE');
  }
  return result.data;
}

/** Written in one step (a temporary file renamed into place), readable by its owner only. */
export function writeKeyFile(databasePath: string, file: KeyFile): void {
  // A new database's key is saved before the database is made: its folder may not exist yet.
  if (!existsSync(dirname(databasePath))) makePrivateFolder(dirname(databasePath));
  writePrivateFileAtomically(keyFilePathFor(databasePath), `${JSON.stringify(keyFileSchema.parse(file), null, 2)}\n`);
}
