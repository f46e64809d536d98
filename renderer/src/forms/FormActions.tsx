// The buttons under an add-or-edit form: send, and Cancel when editing.

export function FormActions({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel?: () => void }) {
  return (
    <div className="actions">
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
