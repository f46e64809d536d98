// Finds the database key before the database is opened, from what the host has: a key or
// passphrase given (the CLI's --key-file or SCRUTINEER_DB_KEY), the key file beside the database
// (sealed by the OS keychain, or wrapped with a passphrase), and a person to ask (a terminal).
// A new or still-unencrypted database gets a new random key here, saved before it is used.
import { existsSync, statSync } from 'node:fs';
import { DatabaseKey, isPlainSqliteFile } from '../../db/cipher';
import { UserError } from '../../model/errors';
import { keyFilePathFor, readKeyFile, writeKeyFile, type KeyFile } from './key-file';
import { unwrapWithPassphrase, wrapWithPassphrase } from './passphrase';

/** Seals secrets with the operating system's keychain; only the desktop shell has one (Electron's safeStorage). */
export interface KeySealer {
  /** Shown in Settings, e.g. "the macOS Keychain". */
  readonly name: string;
  available(): boolean;
  seal(secret: Buffer): Buffer;
  unseal(sealed: Buffer): Buffer;
}

export interface KeyInputs {
  /** Text from --key-file or SCRUTINEER_DB_KEY: 64 hex digits are the key itself, anything else a passphrase. */
  given?: { text: string; from: string };
  /** Asks the person at the keyboard (a terminal); confirm asks twice, for a new passphrase. */
  ask?: (question: string, options: { confirm: boolean }) => Promise<string>;
  sealer?: KeySealer;
}

export type KeyProtection = 'given-key' | 'passphrase' | 'os-keychain';

export interface UnlockedKey {
  key: DatabaseKey;
  protection: KeyProtection;
  /** The key file beside the database, when the key is kept in one. */
  keyFile: string | null;
}

type DatabaseState = 'new' | 'plain' | 'encrypted';

function databaseState(path: string): DatabaseState {
  if (!existsSync(path) || !statSync(path).isFile() || statSync(path).size === 0) return 'new';
  return isPlainSqliteFile(path) ? 'plain' : 'encrypted';
}

const howToGiveAKey = 'give its key with --key-file FILE or the SCRUTINEER_DB_KEY environment variable, or run the command in a terminal to type it';

/** What a person must be asked for the key: the desktop's unlock screen and the terminal ask the same. */
export interface KeyQuestion {
  /** passphrase: the key file is wrapped with one; new-passphrase: none yet (asked twice); recovery-key: only the key itself opens it. */
  kind: 'passphrase' | 'new-passphrase' | 'recovery-key';
  databasePath: string;
  text: string;
}

/** The question to ask, or null when the key is given or the keychain holds it (or will). */
export function keyQuestion(databasePath: string, inputs: Omit<KeyInputs, 'ask'>): KeyQuestion | null {
  if (databasePath === ':memory:' || inputs.given) return null;
  const state = databaseState(databasePath);
  const keyFile = readKeyFile(databasePath);
  const keychain = inputs.sealer?.available() === true;
  if (keychain && (keyFile?.protection === 'os-keychain' || (!keyFile && state !== 'encrypted'))) return null;
  if (keyFile?.protection === 'passphrase') return { kind: 'passphrase', databasePath, text: `Passphrase (or recovery key) for ${databasePath}: ` };
  if (!keyFile && state !== 'encrypted') {
    return { kind: 'new-passphrase', databasePath, text: state === 'new' ? `Choose a passphrase for the new database ${databasePath}: ` : `Choose a passphrase to encrypt ${databasePath}: ` };
  }
  return { kind: 'recovery-key', databasePath, text: `Recovery key for ${databasePath} (64 hex digits): ` };
}

/** The key for the database at path; null for an in-memory database, which never touches the disk. */
export async function unlockDatabaseKey(databasePath: string, inputs: KeyInputs): Promise<UnlockedKey | null> {
  if (databasePath === ':memory:') return null;
  const state = databaseState(databasePath);
  const keyFile = readKeyFile(databasePath);
  const keyFilePath = keyFilePathFor(databasePath);
  if (inputs.given) return fromText(databasePath, state, keyFile, inputs.given.text);
  const question = keyQuestion(databasePath, inputs);
  if (!question && keyFile?.protection === 'os-keychain') return { key: unseal(inputs.sealer!, keyFile, keyFilePath), protection: 'os-keychain', keyFile: keyFilePath };
  if (!question) return sealNewKey(databasePath, inputs.sealer!);
  if (inputs.ask) return fromText(databasePath, state, keyFile, await inputs.ask(question.text, { confirm: question.kind === 'new-passphrase' }));
  if (keyFile?.protection === 'os-keychain') {
    throw new UserError(`The key of ${databasePath} is sealed by ${keyFile.sealedBy}, which only the desktop app can open: ${howToGiveAKey} (the recovery key saved from Settings).`, 'KEY_NEEDED');
  }
  if (state === 'new') throw new UserError(`A new database needs a key: ${howToGiveAKey.replace('its key', 'a key or passphrase')}.`, 'KEY_NEEDED');
  if (state === 'plain') throw new UserError(`${databasePath} is not encrypted yet, and encrypting it needs a key: ${howToGiveAKey.replace('its key', 'a key or passphrase')}.`, 'KEY_NEEDED');
  throw new UserError(`${databasePath} is encrypted: ${howToGiveAKey}.`, 'KEY_NEEDED');
}

async function fromText(databasePath: string, state: DatabaseState, keyFile: KeyFile | undefined, text: string): Promise<UnlockedKey> {
  const keyFilePath = keyFilePathFor(databasePath);
  const hex = DatabaseKey.fromHex(text);
  if (hex) return { key: hex, protection: 'given-key', keyFile: keyFile ? keyFilePath : null };
  const passphrase = text.replace(/\r?\n$/, '');
  if (keyFile?.protection === 'passphrase') {
    return { key: await unwrapWithPassphrase(keyFile.age, passphrase, keyFilePath), protection: 'passphrase', keyFile: keyFilePath };
  }
  if (keyFile?.protection === 'os-keychain') {
    throw new UserError(`The key of ${databasePath} is sealed by ${keyFile.sealedBy}, not by a passphrase: give the recovery key (64 hex digits) saved from Settings instead.`, 'WRONG_PASSPHRASE');
  }
  if (state === 'encrypted') {
    throw new UserError(`${databasePath} has no key file beside it (${keyFilePath}), so a passphrase cannot open it: give its recovery key (64 hex digits) instead.`, 'KEY_NEEDED');
  }
  const key = DatabaseKey.random();
  writeKeyFile(databasePath, { format: 'scrutineer-database-key', version: 1, protection: 'passphrase', age: await wrapWithPassphrase(key, passphrase) });
  return { key, protection: 'passphrase', keyFile: keyFilePath };
}

function unseal(sealer: KeySealer, keyFile: Extract<KeyFile, { protection: 'os-keychain' }>, keyFilePath: string): DatabaseKey {
  try {
    return DatabaseKey.fromBytes(sealer.unseal(Buffer.from(keyFile.sealed, 'base64')));
  } catch {
    throw new UserError(
      `${sealer.name} could not open the database key in ${keyFilePath} (it was sealed by another user account or computer). Nothing was changed; start Scrutineer with the recovery key saved from Settings.`,
      'WRONG_KEY',
    );
  }
}

function sealNewKey(databasePath: string, sealer: KeySealer): UnlockedKey {
  const key = DatabaseKey.random();
  writeKeyFile(databasePath, {
    format: 'scrutineer-database-key',
    version: 1,
    protection: 'os-keychain',
    sealedBy: sealer.name,
    sealed: sealer.seal(key.raw()).toString('base64'),
  });
  return { key, protection: 'os-keychain', keyFile: keyFilePathFor(databasePath) };
}

/** Protects the database's key with a new passphrase (Settings, `key passphrase`): only the key file changes. */
export async function protectWithPassphrase(databasePath: string, key: DatabaseKey, passphrase: string): Promise<void> {
  writeKeyFile(databasePath, { format: 'scrutineer-database-key', version: 1, protection: 'passphrase', age: await wrapWithPassphrase(key, passphrase) });
}

/** Seals the database's key with the OS keychain instead (desktop app only). */
export function protectWithKeychain(databasePath: string, key: DatabaseKey, sealer: KeySealer): void {
  if (!sealer.available()) throw new UserError(`${sealer.name} is not available on this computer; keep the passphrase instead.`, 'KEY_NEEDED');
  writeKeyFile(databasePath, { format: 'scrutineer-database-key', version: 1, protection: 'os-keychain', sealedBy: sealer.name, sealed: sealer.seal(key.raw()).toString('base64') });
}
