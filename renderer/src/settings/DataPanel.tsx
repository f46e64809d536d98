// Settings → "Your data": where it is kept, that it is encrypted and how the key is kept, the
// backups (Back up now, how many are kept, restore one), for the information governance questions.
import { useState } from 'react';
import type { BackupInfo, DataStatus } from '@contract/types';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { StatusMessage } from '../components/StatusMessage';
import { useActions } from '../lib/useActions';
import { documentsRestoredWords } from '@model/words';
import { useLoad } from '../lib/useLoad';
import { KeyPanel } from './KeyPanel';

const protectionWords: Record<NonNullable<DataStatus['protection']>, string> = {
  'os-keychain': "sealed by this computer's keychain (Windows DPAPI, the macOS Keychain or the desktop keyring)",
  passphrase: 'protected by a passphrase',
  'given-key': 'given when Scrutineer was started (a key file or SCRUTINEER_DB_KEY)',
};

const kindWords: Record<BackupInfo['kind'], string> = {
  closed: 'on closing',
  daily: 'daily',
  manual: 'Back up now',
  'before-restore': 'before a restore',
  'before-migration': 'before an update',
};

export const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function DataPanel() {
  const [status, reload] = useLoad(() => call('data.status', {}), []);
  const [info] = useLoad(() => call('app.info', {}), []);
  const { busy, status: message, error, act } = useActions();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  /** Shared with the key panel: the message it returns (or the error), then the status again. */
  async function run(work: () => Promise<string>) {
    if (await act('Could not finish', work)) reload();
  }

  return (
    <section aria-labelledby="data-heading" className="panel">
      <h2 id="data-heading">Your data</h2>
      {status.state === 'loading' && <Loading />}
      {status.state === 'error' && <ErrorBanner error={status.error} />}
      {status.state === 'ready' && (
        <div className="stack">
          <dl className="facts">
            <dt>Database</dt>
            <dd>
              <code className="path">{status.value.databasePath}</code>
            </dd>
            <dt>Documents</dt>
            <dd>
              <code className="path">{status.value.documentsDir}</code>
              {status.value.documentsEncrypted ? ' (encrypted with a key kept inside the database)' : ''}
            </dd>
            <dt>Encryption</dt>
            <dd>{status.value.encrypted ? status.value.cipher : 'Not encrypted'}</dd>
            <dt>Key</dt>
            <dd>
              {status.value.protection ? `A random 256-bit key, ${protectionWords[status.value.protection]}` : 'A random 256-bit key'}
              {status.value.keyFile && (
                <>
                  {' '}
                  in <code className="path">{status.value.keyFile}</code>
                </>
              )}
            </dd>
            <dt>Last backup</dt>
            <dd>{status.value.lastBackup ? `${when(status.value.lastBackup.at)} (${kindWords[status.value.lastBackup.kind]})` : 'None yet'}</dd>
          </dl>
          <KeyPanel status={status.value} transport={info.state === 'ready' ? info.value.transport : null} busy={busy} run={run} />
          <h3>Backups</h3>
          <div className="actions">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => run(async () => `Backed up to ${(await call('data.backupNow', {})).path}`)}>
              Back up now
            </button>
            <label htmlFor="backups-kept">Backups kept</label>
            <input
              id="backups-kept"
              className="input input-short"
              type="number"
              min={1}
              max={100}
              defaultValue={status.value.backupsKept}
              onBlur={(e) => {
                const keep = Number(e.target.value);
                if (keep !== status.value.backupsKept) void run(async () => `Keeping the newest ${(await call('data.setBackupsKept', { keep })).backupsKept} backups`);
              }}
            />
          </div>
          <p className="hint">
            Backups are encrypted copies with the same key, made when Scrutineer closes after a change, daily while it is open, and
            here on request; they stay beside the database. Keep a copy of the recovery key somewhere safe: without it, no copy
            can be opened on another computer.
          </p>
          {status.value.backups.length > 0 && (
            <table className="data-table">
              <caption>Backups beside the database, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Made</th>
                  <th scope="col">When</th>
                  <th scope="col">Size</th>
                  <th scope="col">
                    <span className="visually-hidden">Restore</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {status.value.backups.map((b) => (
                  <tr key={b.path}>
                    <td>{when(b.at)}</td>
                    <td>{kindWords[b.kind]}</td>
                    <td>{(b.bytes / (1024 * 1024)).toFixed(1)} MB</td>
                    <td>
                      <button type="button" className="button" disabled={busy} onClick={() => setConfirming(b)} aria-label={`Restore the backup made ${when(b.at)}`}>
                        Restore…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {confirming && (
            <div className="banner banner-warning" role="alertdialog" aria-labelledby="restore-title">
              <p className="banner-title" id="restore-title">
                Restore the backup made {when(confirming.at)}?
              </p>
              <p>Everything changed since then is replaced. The database as it is now is kept as a backup first.</p>
              <div className="actions">
                <button
                  type="button"
                  className="button button-danger"
                  disabled={busy}
                  onClick={() =>
                    run(async () => {
                      const restored = await call('data.restore', { path: confirming.path });
                      setConfirming(null);
                      return [`Restored. The database as it was is kept in ${restored.keptAs}.`, documentsRestoredWords(restored.documents)].filter(Boolean).join(' ');
                    })
                  }
                >
                  Restore this backup
                </button>
                <button type="button" className="button" onClick={() => setConfirming(null)}>
                  Cancel
                </button>
              </div>
            </div>
          )}
          <ErrorBanner error={error} />
          <StatusMessage>{message}</StatusMessage>
        </div>
      )}
    </section>
  );
}
