// Shown instead of the app while the database key is still to be typed (core/locked-app): the
// passphrase on a shared machine, a new passphrase where there is no keychain, or the recovery key.
// Nothing is opened or written until the core accepts what is typed.
import { useState, type FormEvent } from 'react';
import type { KeyState } from '@contract/types';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageTitle } from '../components/PageTitle';
import { toShownError, type ShownError } from '../lib/errors';

const MIN_PASSPHRASE = 10;

const headings: Record<NonNullable<KeyState['ask']>, string> = {
  passphrase: 'Scrutineer is locked',
  'new-passphrase': 'Choose a passphrase',
  'recovery-key': 'The recovery key is needed',
};

const explanations: Record<NonNullable<KeyState['ask']>, string> = {
  passphrase: 'The data on this computer is protected by a passphrase. Type it to open Scrutineer; the recovery key (64 hex digits) works too.',
  'new-passphrase': `This computer has no keychain Scrutineer can use, so the database key is protected by a passphrase you choose (at least ${MIN_PASSPHRASE} characters; a few unrelated words are easiest to remember). It is asked each time Scrutineer starts.`,
  'recovery-key': "The key of this database is not kept on this computer (or this computer's keychain cannot open it). Type the recovery key saved from Settings: 64 hex digits.",
};

export function UnlockScreen({ state, onUnlocked }: { state: KeyState; onUnlocked: () => void }) {
  const ask = state.ask ?? 'passphrase';
  const [text, setText] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (ask === 'new-passphrase' && text !== again) {
      setError({ message: 'The two passphrases are not the same; type them again.', code: null, problems: [] });
      return;
    }
    setBusy(true);
    try {
      await call('keys.unlock', { text });
      onUnlocked();
    } catch (e) {
      setError(toShownError(e));
      setBusy(false);
    }
  }

  const label = ask === 'recovery-key' ? 'Recovery key' : ask === 'new-passphrase' ? 'New passphrase' : 'Passphrase or recovery key';
  return (
    <main id="main" className="main unlock" tabIndex={-1}>
      <PageTitle text={headings[ask]}>{headings[ask]}</PageTitle>
      <form className="panel stack" onSubmit={submit}>
        <p>{explanations[ask]}</p>
        <p className="hint">
          Database: <code className="path">{state.databasePath}</code>
        </p>
        <div className="field">
          <label htmlFor="unlock-text">{label}</label>
          <input
            id="unlock-text"
            className="input input-medium"
            type="password"
            autoComplete={ask === 'new-passphrase' ? 'new-password' : 'current-password'}
            autoFocus
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        {ask === 'new-passphrase' && (
          <div className="field">
            <label htmlFor="unlock-again">Type it again</label>
            <input id="unlock-again" className="input input-medium" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
          </div>
        )}
        <ErrorBanner error={error} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy || text.trim() === ''}>
            {ask === 'new-passphrase' ? 'Create the database' : 'Unlock'}
          </button>
          {busy && <span className="hint">Opening… (the passphrase takes a few seconds to check)</span>}
        </div>
      </form>
    </main>
  );
}
