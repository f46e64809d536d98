// Settings: the user's name (stamped on their changes in audits), where the data lives and how it is
// protected, backups, retention and deletion.
import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { toShownError, type ShownError } from '../lib/errors';
import { useLoad } from '../lib/useLoad';
import { FormActions } from '../forms/FormActions';
import { DataPanel } from './DataPanel';
import { RetentionPanel } from './RetentionPanel';

export function SettingsPage() {
  const [settings] = useLoad(() => call('settings.get', {}), []);
  const [info] = useLoad(() => call('app.info', {}), []);
  const [userName, setUserName] = useState('');
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ShownError | null>(null);

  useEffect(() => {
    if (settings.state === 'ready') setUserName(settings.value.userName);
  }, [settings]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setStatus('');
    setError(null);
    try {
      const saved = await call('settings.update', { userName });
      setUserName(saved.userName);
      setStatus('Saved');
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <PageTitle text="Settings">Settings</PageTitle>
      <section aria-labelledby="you-heading" className="panel">
        <h2 id="you-heading">You</h2>
        {settings.state === 'loading' && <Loading />}
        {settings.state === 'error' && <ErrorBanner error={settings.error} />}
        {settings.state === 'ready' && (
          <form onSubmit={save} className="stack">
            <div className="field">
              <label htmlFor="user-name">Your name</label>
              <p className="hint" id="user-name-hint">
                Stamped on every change you make in audits, so the audit trail shows who did what.
              </p>
              <input
                id="user-name"
                className="input input-medium"
                type="text"
                autoComplete="name"
                maxLength={120}
                aria-describedby="user-name-hint"
                value={userName}
                onChange={(e) => {
                  setUserName(e.target.value);
                  setStatus('');
                }}
              />
            </div>
            <FormActions submitLabel="Save" busyLabel="Saving…" busy={saving} />
            <ErrorBanner error={error} />
            <StatusMessage>{status}</StatusMessage>
          </form>
        )}
      </section>
      <DataPanel />
      <RetentionPanel />
      <section aria-labelledby="about-heading" className="panel">
        <h2 id="about-heading">About this installation</h2>
        {info.state === 'loading' && <Loading />}
        {info.state === 'error' && <ErrorBanner error={info.error} />}
        {info.state === 'ready' && (
          <dl className="facts">
            <dt>Database location</dt>
            <dd>
              <code className="path">{info.value.databasePath}</code>
            </dd>
            {info.value.backupPath && (
              <>
                <dt>Backups</dt>
                <dd>
                  <code className="path">{info.value.backupPath}</code>
                </dd>
              </>
            )}
            <dt>Schema version</dt>
            <dd>{info.value.schemaVersion}</dd>
            <dt>App version</dt>
            <dd>{info.value.appVersion}</dd>
            <dt>Transport</dt>
            <dd>{info.value.transport === 'electron' ? 'Desktop app (Electron)' : 'Web (local test server)'}</dd>
          </dl>
        )}
      </section>
    </>
  );
}
