// A host whose user types the key in its own window (the desktop app; the browser UI when no key
// was given and there is no terminal) starts here. While the key is unknown, only two calls are
// answered: keys.state (what to ask: a passphrase, a new passphrase, or the recovery key) and
// keys.unlock (the typed text). A wrong passphrase is an error as data and the question stays; the
// right one opens the core, and from then on every call goes to it. Nothing is opened, created or
// written before the key is known, so a wrong passphrase never touches the files.
import { launchCore, type CoreApp } from './app';
import type { Dispatch } from './contract/dispatcher';
import type { CallResult } from './contract/names';
import type { KeyState } from './contract/data-types';
import { keyQuestion, type KeyQuestion, type UnlockedKey } from './keys/unlock';
import { isUserError } from '../model/errors';

type LaunchOptions = Parameters<typeof launchCore>[0];
type OpenedCore = CoreApp & { unlocked: UnlockedKey | null };

export interface LockedApp {
  dispatch: Dispatch;
  /** The core once unlocked (undefined while the question is open). */
  readonly core: OpenedCore | undefined;
  close(): void;
}

const MAX_TEXT = 1000;

/** Opens the core at once when no one needs to be asked; else waits for keys.unlock. */
export async function launchLockedApp(options: LaunchOptions): Promise<LockedApp> {
  const question = options.keys.ask ? null : keyQuestion(options.databasePath, options.keys);
  let core: OpenedCore | undefined = question ? undefined : await launchCore(options);
  let opening: Promise<CallResult<KeyState>> | undefined;

  const stateOf = (q: KeyQuestion | null): KeyState =>
    core || !q ? { locked: false, databasePath: options.databasePath } : { locked: true, databasePath: options.databasePath, ask: q.kind };

  async function unlock(text: string): Promise<CallResult<KeyState>> {
    try {
      core = await launchCore({ ...options, keys: { ...options.keys, given: { text, from: 'the unlock screen' } } });
      return { ok: true, value: stateOf(null) };
    } catch (error) {
      if (isUserError(error)) return { ok: false, error: { code: error.code, message: error.message } };
      options.onInternalError?.(error, null);
      return { ok: false, error: { code: 'INTERNAL', message: 'Scrutineer hit an internal error while opening the database; nothing was changed.' } };
    }
  }

  const dispatch: Dispatch = async (name, input) => {
    if (core) return core.dispatch(name, input);
    if (name === 'keys.state') return { ok: true, value: stateOf(question) };
    if (name === 'keys.unlock') {
      const text = (input as { text?: unknown } | null)?.text;
      if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_TEXT) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'Type the passphrase or the recovery key.' } };
      }
      // One attempt at a time: a second click waits for the first rather than opening twice.
      opening ??= unlock(text).finally(() => (opening = undefined));
      return opening;
    }
    return { ok: false, error: { code: 'LOCKED', message: 'The database is locked: type its passphrase or recovery key first.' } };
  };

  return {
    dispatch,
    get core() {
      return core;
    },
    close: () => core?.close(),
  };
}
