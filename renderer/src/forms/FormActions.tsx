// The buttons under a form: send (with what it says while sending), and Cancel where there is
// somewhere to go back to (a callback, or a link).

interface Props {
  submitLabel: string;
  /** Said on the button while the form is being sent, e.g. "Saving…"; the label stays otherwise. */
  busyLabel?: string;
  busy: boolean;
  /** Also not ready to send (a file or passphrase still missing). */
  disabled?: boolean;
  onCancel?: () => void;
  cancelHref?: string;
}

export function FormActions({ submitLabel, busyLabel, busy, disabled = false, onCancel, cancelHref }: Props) {
  return (
    <div className="actions">
      <button type="submit" className="button button-primary" disabled={busy || disabled}>
        {busy && busyLabel ? busyLabel : submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
      {cancelHref && !onCancel && (
        <a className="button" href={cancelHref}>
          Cancel
        </a>
      )}
    </div>
  );
}
