// The one "give a reason" dialog (reopening an audit, unlocking moderation): the reason goes into
// the audit trail. A modal dialog with one labelled box; Escape or Cancel closes it without change.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ShownError } from '../lib/errors';
import { ErrorBanner } from './ErrorBanner';
import { FormActions } from '../forms/FormActions';
import { ModalForm } from './ModalForm';

interface Props {
  title: string;
  children: ReactNode;
  /** The box's label, e.g. "Reason for reopening". */
  label: string;
  submitLabel: string;
  busyLabel: string;
  /** The banner's headline when the change is refused. */
  failedTitle: string;
  /** Shown when the box is empty. */
  whenEmpty: string;
  onCancel: () => void;
  /** Makes the change; resolves to the error to show, or null when done. */
  onSubmit: (reason: string) => Promise<ShownError | null>;
}

export function ReasonDialog({ title, children, label, submitLabel, busyLabel, failedTitle, whenEmpty, onCancel, onSubmit }: Props) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError({ message: whenEmpty, code: 'INVALID_INPUT', problems: [] });
      return;
    }
    setBusy(true);
    setError(null);
    const failed = await onSubmit(reason.trim());
    setBusy(false);
    if (failed) setError(failed);
  }

  return (
    <ModalForm title={title} onCancel={onCancel} onSubmit={submit}>
      {children}
      <div className="field">
        <label htmlFor={`${id}-reason`}>{label}</label>
        <textarea id={`${id}-reason`} className="input input-wide" rows={3} maxLength={2000} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <ErrorBanner error={error} title={failedTitle} />
      <FormActions submitLabel={submitLabel} busyLabel={busyLabel} busy={busy} onCancel={onCancel} />
    </ModalForm>
  );
}
