// "Open audit pack" on an auditor's install: the pack file, its passphrase and your name make a
// local event with your agency's cases. A pack already opened here is offered as an update.
import { useState, type FormEvent } from 'react';
import { ApiError, call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { FileButton } from '../components/FileButton';
import { PageTitle } from '../components/PageTitle';
import { toShownError, type ShownError } from '../lib/errors';
import type { ReadFile } from '../lib/files';
import { href, navigate } from '../router';
import { FormActions } from '../forms/FormActions';

export function OpenPackPage() {
  const [file, setFile] = useState<ReadFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [auditor, setAuditor] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [offerUpdate, setOfferUpdate] = useState(false);

  async function open(update: boolean) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const opened = await call('packs.open', { fileName: file.fileName, data: file.data, passphrase, auditor: auditor.trim() || undefined, update });
      navigate(href.event(opened.eventId));
    } catch (e) {
      setOfferUpdate(e instanceof ApiError && e.code === 'PACK_ALREADY_OPEN');
      setError(toShownError(e));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void open(false);
  }

  return (
    <>
      <p className="breadcrumb">
        <a href={href.events()}>All events</a>
      </p>
      <PageTitle text="Open audit pack">Open audit pack</PageTitle>
      <p className="lead">The facilitator sent you a .scrutineer-pack file and, by another route (often a phone call), its passphrase.</p>
      <form className="panel stack" onSubmit={submit}>
        <div className="field">
          <span className="field-label">Pack file</span>
          <div className="actions">
            <FileButton label="Choose pack file…" inputLabel="Audit pack file" accept=".scrutineer-pack" onRead={(read) => { setFile(read); setOfferUpdate(false); setError(null); }} onFailed={(e) => setError(e)} />
            {file && <span>{file.fileName}</span>}
          </div>
        </div>
        <div className="field">
          <label htmlFor="pack-passphrase">Passphrase</label>
          <input id="pack-passphrase" className="input input-wide" type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="pack-auditor">Your name</label>
          <p className="hint" id="pack-auditor-hint">
            Stamped on your grades and on the return. Leave it empty to use the name the facilitator gave, or your name in Settings.
          </p>
          <input id="pack-auditor" className="input input-medium" maxLength={120} aria-describedby="pack-auditor-hint" value={auditor} onChange={(e) => setAuditor(e.target.value)} />
        </div>
        <FormActions submitLabel="Open pack" busyLabel="Opening…" busy={busy} disabled={!file || !passphrase} />
        <ErrorBanner title="The pack was not opened" error={error} />
        {offerUpdate && (
          <div className="banner banner-info">
            <p>Update the event that is already here with this pack: new cases and grades are added, and everything you have done is kept.</p>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void open(true)}>
              Update the existing event
            </button>
          </div>
        )}
      </form>
    </>
  );
}
