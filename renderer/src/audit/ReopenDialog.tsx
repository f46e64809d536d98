// Reopening a submitted audit needs a reason, which goes into the audit trail. A modal dialog
// with one labelled box; Escape or Cancel closes it without change.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SaveError } from './autosave';
import { AuditErrorBanner } from './AuditErrorBanner';
import './audit.css';

interface Props {
  onCancel: () => void;
  onReopen: (reason: string) => Promise<SaveError | null>;
}

export function ReopenDialog({ onCancel, onReopen }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SaveError | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError({ message: 'Give a reason for reopening the audit.', code: 'INVALID_INPUT', problems: [] });
      return;
    }
    setBusy(true);
    const failed = await onReopen(reason.trim());
    setBusy(false);
    if (failed) setError(failed);
  }

  return (
    <dialog
      ref={dialog}
      className="aw-dialog"
      aria-labelledby="aw-reopen-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="aw-reopen-title">Reopen this audit</h2>
        <p>The audit goes back to “In progress” so it can be changed. The reason is kept in the audit trail.</p>
        <div className="field">
          <label htmlFor="aw-reopen-reason">Reason for reopening</label>
          <textarea id="aw-reopen-reason" className="input input-wide" rows={3} maxLength={2000} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <AuditErrorBanner error={error} title="The audit was not reopened" />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Reopening…' : 'Reopen audit'}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
