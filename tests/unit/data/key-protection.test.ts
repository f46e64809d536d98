// How the key is kept, on real files: the desktop's passphrase mode for a shared machine (a locked
// start that answers only keys.state and keys.unlock, and touches nothing until the right
// passphrase), switching between the keychain and a passphrase from Settings, and the recovery key.
// The keychain is Electron's safeStorage in the app; here a stand-in with the same interface.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchCore } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import { launchLockedApp, type LockedApp } from '../../../core/locked-app';
import type { KeySealer } from '../../../core/keys/unlock';
import { runCliWith } from '../helpers/cli';
import { makeTempDir, sha256File } from '../helpers/temp';

const host = headlessHost('cli');
const PASSPHRASE = 'fictional shared office passphrase';

/** Stands in for safeStorage: what it seals only it can unseal. */
const testKeychain = (available = true): KeySealer => ({
  name: 'the test keychain',
  available: () => available,
  seal: (secret) => Buffer.concat([Buffer.from('sealed:'), Buffer.from(secret.map((b) => b ^ 0x5a))]),
  unseal: (sealed) => Buffer.from(sealed.subarray('sealed:'.length).map((b) => b ^ 0x5a)),
});

async function call<T>(app: LockedApp | { dispatch: LockedApp['dispatch'] }, name: string, input: unknown = {}): Promise<T> {
  const result = await app.dispatch(name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(app: { dispatch: LockedApp['dispatch'] }, name: string, input: unknown = {}): Promise<{ code: string; message: string }> {
  const result = await app.dispatch(name, input);
  if (result.ok) throw new Error(`${name} was expected to be refused`);
  return result.error;
}

/** The files beside the database with their bytes and modification times. */
function snapshot(path: string): Record<string, string> {
  const dir = dirname(path);
  return Object.fromEntries(readdirSync(dir).map((name) => [name, `${sha256File(join(dir, name))} ${statSync(join(dir, name)).mtimeMs}`]));
}

const keyFileOf = (path: string) => JSON.parse(readFileSync(`${path}.key`, 'utf8')) as { protection: string; sealedBy?: string };

describe("the desktop app's passphrase mode (a shared machine)", () => {
  it('starts locked: only the passphrase is asked for, a wrong one changes nothing, the right one opens the data', async () => {
    const path = join(makeTempDir(), 'scrutineer.db');
    // Made with the keychain, then switched to a passphrase in Settings.
    const first = await launchCore({ databasePath: path, keys: { sealer: testKeychain() }, host });
    expect(keyFileOf(path)).toMatchObject({ protection: 'os-keychain', sealedBy: 'the test keychain' });
    await call(first, 'events.create', { name: 'Shared machine (fictional)', frameworkKey: 'neglect-quick-check' });
    expect((await refusal(first, 'data.protectWithPassphrase', { passphrase: 'short' })).code).toBe('WEAK_PASSPHRASE');
    const status = await call<{ protection: string; keychain: string | null }>(first, 'data.protectWithPassphrase', { passphrase: PASSPHRASE });
    expect(status).toMatchObject({ protection: 'passphrase', keychain: 'the test keychain' });
    expect(keyFileOf(path).protection).toBe('passphrase');
    first.close();

    const before = snapshot(path);
    const app = await launchLockedApp({ databasePath: path, keys: { sealer: testKeychain() }, host });
    expect(await call(app, 'keys.state')).toEqual({ locked: true, databasePath: path, ask: 'passphrase' });
    expect(await refusal(app, 'events.list')).toEqual({ code: 'LOCKED', message: 'The database is locked: type its passphrase or recovery key first.' });
    expect(await refusal(app, 'keys.unlock', { text: 'not the fictional passphrase' })).toEqual({
      code: 'WRONG_PASSPHRASE',
      message: `That passphrase does not open ${path}.key. Nothing was changed; try again, or give the recovery key with --key-file.`,
    });
    expect(app.core).toBeUndefined();
    expect(snapshot(path)).toEqual(before);

    expect(await call(app, 'keys.unlock', { text: PASSPHRASE })).toEqual({ locked: false, databasePath: path });
    expect((await call<{ name: string }[]>(app, 'events.list')).map((e) => e.name)).toEqual(['Shared machine (fictional)']);
    expect(await call(app, 'keys.state')).toEqual({ locked: false, databasePath: path });
    expect((await call<{ protection: string }>(app, 'data.status')).protection).toBe('passphrase');

    // Back to the keychain: the next start opens without asking.
    expect((await call<{ protection: string }>(app, 'data.protectWithKeychain')).protection).toBe('os-keychain');
    app.close();
    const again = await launchLockedApp({ databasePath: path, keys: { sealer: testKeychain() }, host });
    expect(await call(again, 'keys.state')).toEqual({ locked: false, databasePath: path });
    expect(again.core?.unlocked?.protection).toBe('os-keychain');
    again.close();
  }, 120_000);

  it('with no keychain (Linux without a keyring), a new database waits for a passphrase chosen on screen and creates nothing before', async () => {
    const dir = join(makeTempDir(), 'Scrutineer');
    const path = join(dir, 'scrutineer.db');
    const app = await launchLockedApp({ databasePath: path, keys: { sealer: testKeychain(false) }, host });
    expect(await call(app, 'keys.state')).toEqual({ locked: true, databasePath: path, ask: 'new-passphrase' });
    expect((await refusal(app, 'keys.unlock', { text: 'too short' })).code).toBe('WEAK_PASSPHRASE');
    expect(readdirSafe(dir)).toEqual([]);
    await call(app, 'keys.unlock', { text: PASSPHRASE });
    expect(readdirSafe(dir)).toEqual(expect.arrayContaining(['scrutineer.db', 'scrutineer.db.key']));
    expect(keyFileOf(path).protection).toBe('passphrase');
    // Without a keychain, Settings cannot switch to one.
    expect(await call<{ keychain: string | null }>(app, 'data.status')).toMatchObject({ keychain: null, protection: 'passphrase' });
    expect((await refusal(app, 'data.protectWithKeychain')).code).toBe('KEY_NEEDED');
    app.close();
  }, 120_000);

  it('a database whose key only the recovery key opens asks for it, and takes it', async () => {
    const path = join(makeTempDir(), 'scrutineer.db');
    const hex = 'a1'.repeat(32);
    (await launchCore({ databasePath: path, keys: { given: { text: hex, from: 'test' } }, host })).close();
    const app = await launchLockedApp({ databasePath: path, keys: { sealer: testKeychain(false) }, host });
    expect(await call(app, 'keys.state')).toMatchObject({ locked: true, ask: 'recovery-key' });
    expect((await refusal(app, 'keys.unlock', { text: 'b2'.repeat(32) })).code).toBe('WRONG_KEY');
    await call(app, 'keys.unlock', { text: hex });
    expect(await call(app, 'keys.state')).toMatchObject({ locked: false });
    app.close();
  }, 60_000);
});

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).toSorted();
  } catch {
    return [];
  }
}

describe('the recovery key', () => {
  it('is saved from Settings or `key recovery --out`, opens the database on its own, and `key passphrase` wraps the key anew', async () => {
    const path = join(makeTempDir(), 'scrutineer.db');
    const core = await launchCore({ databasePath: path, keys: { sealer: testKeychain() }, host });
    await call(core, 'events.create', { name: 'Recovery (fictional)', frameworkKey: 'neglect-quick-check' });
    const fromSettings = await call<{ fileName: string; text: string }>(core, 'data.recoveryKey');
    expect(fromSettings.fileName).toBe('scrutineer.db-recovery-key.txt');
    const hex = fromSettings.text.split('\n')[0]!;
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    expect(core.store.key?.hex()).toBe(hex);
    core.close();

    // The keychain is only the desktop's: the CLI needs the recovery key.
    const noKey = await runCliWith({ env: { SCRUTINEER_DB_KEY: '' } }, '--db', path, 'event', 'list');
    expect(noKey.stderr).toMatch(/sealed by the test keychain, which only the desktop app can open/);
    const saved = join(makeTempDir(), 'recovery.txt');
    const written = await runCliWith({ env: { SCRUTINEER_DB_KEY: hex } }, '--db', path, 'key', 'recovery', '--out', saved);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(saved, 'utf8')).toBe(fromSettings.text);
    expect(statSync(saved).mode & 0o777).toBe(0o600);
    const twice = await runCliWith({ env: { SCRUTINEER_DB_KEY: hex } }, '--db', path, 'key', 'recovery', '--out', saved);
    expect(twice.stderr).toBe(`scrutineer: ${saved} already exists; choose a new file name.\n`);
    const listed = await runCliWith({ env: { SCRUTINEER_DB_KEY: '' } }, '--db', path, '--key-file', saved, 'event', 'list');
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('Recovery (fictional)');

    const passphraseFile = join(makeTempDir(), 'new-passphrase.txt');
    writeFileSync(passphraseFile, `${PASSPHRASE}\n`);
    const wrapped = await runCliWith({ env: { SCRUTINEER_DB_KEY: hex } }, '--db', path, 'key', 'passphrase', '--passphrase-file', passphraseFile);
    expect(wrapped.code, wrapped.stderr).toBe(0);
    expect(wrapped.stdout).toBe(`The key of ${path} is now protected by the passphrase, in ${path}.key.\n`);
    const byPassphrase = await runCliWith({ env: { SCRUTINEER_DB_KEY: PASSPHRASE } }, '--db', path, 'event', 'list');
    expect(byPassphrase.stdout).toContain('Recovery (fictional)');
    const noTerminal = await runCliWith({ env: { SCRUTINEER_DB_KEY: hex } }, '--db', path, 'key', 'passphrase');
    expect(noTerminal.stderr).toBe('scrutineer: Give the new passphrase with --passphrase-file FILE, or run the command in a terminal to type it.\n');
  }, 120_000);
});
