// Settings → "Your data" → the key: save the recovery key to keep apart, protect the key with a
// passphrase asked at every start (a computer several people share one account on), or go back to
// this computer's keychain. Only the key file changes; the database keeps its key.
import { useState, type FormEvent } from 'react';
import type { DataStatus } from '@contract/types';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import type { ShownError } from '../lib/errors';
import { saveExport } from '../report/saveFile';

const MIN_PASSPHRASE = 10;

/** run is the Settings panel's: it shows the message it returns (or the error) and reloads the status. */
export function KeyPanel({ status, transport, busy, run }: { status: DataStatus; transport: string | null; busy: boolean; run: (work: () => Promise<string>) => Promise<void> }) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState<ShownError | null>(null);

  const saveRecoveryKey = () =>
    run(async () => {
      const { outcome } = await saveExport('data.recoveryKey', {}, { transport });
      if (outcome.kind === 'saved') return `Recovery key saved to ${outcome.path}. Keep it apart from this computer.`;
      if (outcome.kind === 'downloaded') return `Recovery key downloaded as ${outcome.fileName}. Keep it apart from this computer.`;
      return '';
    });

  function protect(event: FormEvent) {
    event.preventDefault();
    if (passphrase !== again) {
      setMismatch({ message: 'The two passphrases are not the same; type them again.', code: null, problems: [] });
      return;
    }
    setMismatch(null);
    void run(async () => {
      await call('data.protectWithPassphrase', { passphrase });
      setPassphrase('');
      setAgain('');
      return 'The key is now protected by the passphrase: Scrutineer asks for it each time it starts.';
    });
  }

  const usingPassphrase = status.protection === 'passphrase';
  return (
    <div className="stack" aria-labelledby="key-heading" role="group">
      <h3 id="key-heading">The key</h3>
      <div className="actions">
        <button type="button" className="button" disabled={busy || !status.encrypted} onClick={saveRecoveryKey}>
          Save the recovery key…
        </button>
        {usingPassphrase && status.keychain && (
          <button type="button" className="button" disabled={busy} onClick={() => run(async () => {
            await call('data.protectWithKeychain', {});
            return `The key is now sealed by ${status.keychain}: Scrutineer opens without asking on this account.`;
          })}>
            Use {status.keychain} instead
          </button>
        )}
      </div>
      <form className="stack" onSubmit={protect}>
        <p className="hint" id="passphrase-hint">
          {usingPassphrase ? 'Change the passphrase asked at every start.' : 'On a computer several people share one account on, ask for a passphrase at every start instead of using the keychain.'}{' '}
          At least {MIN_PASSPHRASE} characters; without it or the recovery key the data cannot be opened.
        </p>
        <div className="field">
          <label htmlFor="new-passphrase">{usingPassphrase ? 'New passphrase' : 'Passphrase'}</label>
          <input id="new-passphrase" className="input input-medium" type="password" autoComplete="new-password" aria-describedby="passphrase-hint" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="new-passphrase-again">Type it again</label>
          <input id="new-passphrase-again" className="input input-medium" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy || passphrase === '' || !status.encrypted}>
            {usingPassphrase ? 'Change the passphrase' : 'Ask for this passphrase at every start'}
          </button>
        </div>
      </form>
      <ErrorBanner error={mismatch} />
    </div>
  );
}
