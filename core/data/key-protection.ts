// How the database key is kept, changed from Settings or the CLI: sealed by this computer's
// keychain (the desktop app's default), or wrapped with a passphrase asked at every start (for a
// machine several people share one login on). Either way only the key file changes: the database
// keeps its key. The recovery key (the key's 64 hex digits) can be saved to keep apart.
import { basename } from 'node:path';
import { UserError } from '../../model/errors';
import type { DatabaseKey } from '../../db/cipher';
import type { RecoveryKeyFile } from '../contract/data-types';
import type { HandlerContext } from '../handlers';
import { protectWithKeychain, protectWithPassphrase } from '../keys/unlock';

function keyOf(ctx: HandlerContext): DatabaseKey {
  if (!ctx.store.key) throw new UserError('This database is not encrypted, so it has no key to keep.', 'USER_ERROR');
  return ctx.store.key;
}

/** The first line is the key itself, so the file works as `--key-file` as it is. */
export function recoveryKeyFile(ctx: HandlerContext): RecoveryKeyFile {
  const key = keyOf(ctx);
  const text = [
    key.hex(),
    '',
    `The recovery key of the Scrutineer database ${ctx.store.path}.`,
    'It opens the database and every backup of it without the passphrase or this computer\'s keychain:',
    '  scrutineer --key-file THIS-FILE ...   or, in any SQLCipher 4 tool, PRAGMA key = "x\'<the line above>\'";',
    'Keep it apart from the computer (a password manager, a sealed envelope in a locked drawer); anyone',
    'who has it and a copy of the database can read it.',
    '',
  ].join('\n');
  return { fileName: `${basename(ctx.store.path)}-recovery-key.txt`, text };
}

export async function usePassphrase(ctx: HandlerContext, passphrase: string): Promise<void> {
  await protectWithPassphrase(ctx.store.path, keyOf(ctx), passphrase);
  ctx.protection = 'passphrase';
}

export function useKeychain(ctx: HandlerContext): void {
  if (!ctx.sealer) throw new UserError("Only the desktop app can seal the key with this computer's keychain; keep the passphrase here.", 'KEY_NEEDED');
  protectWithKeychain(ctx.store.path, keyOf(ctx), ctx.sealer);
  ctx.protection = 'os-keychain';
}
