// The case page's last panel: delete this case with its audits, grades, agreed grades and
// documents, after typing its reference. The trail keeps only that it was deleted, by whom, and
// how many rows went.
import { useState } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { toShownError, type ShownError } from '../lib/errors';
import { href, navigate } from '../router';

export function DeleteCase({ eventId, caseId, reference }: { eventId: number; caseId: number; reference: string }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await call('cases.delete', { id: caseId });
      navigate(href.event(eventId));
    } catch (e) {
      setError(toShownError(e));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="delete-case-heading" className="panel">
      <h2 id="delete-case-heading">Delete this case</h2>
      {!open ? (
        <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
          Delete case…
        </button>
      ) : (
        <div className="banner banner-warning" role="alertdialog" aria-labelledby="delete-case-title">
          <p className="banner-title" id="delete-case-title">
            Delete case {reference}?
          </p>
          <p>Its audits, grades, agreed grades and documents are deleted for good. The audit trail keeps only that you deleted it.</p>
          <div className="field">
            <label htmlFor="confirm-reference">Type the case reference to confirm</label>
            <input id="confirm-reference" className="input" type="text" value={typed} onChange={(e) => setTyped(e.target.value)} />
          </div>
          <div className="actions">
            <button type="button" className="button button-danger" disabled={busy || typed.trim() !== reference.trim()} onClick={remove}>
              Delete this case
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <ErrorBanner error={error} />
    </section>
  );
}
