// A labelled text box that saves itself: the parent keeps the text and schedules the save on each
// change; leaving the box sends it at once. Nothing here ever replaces what the user typed.
import type { ReactNode } from 'react';
import './audit.css';

interface Props {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  maxLength: number;
  rows?: number;
  required?: boolean;
  missing?: boolean;
  readOnly?: boolean;
  onChange: (value: string) => void;
  onBlur: () => void;
}

export function AutoTextArea({ id, label, hint, value, maxLength, rows = 4, required, missing, readOnly, onChange, onBlur }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`field${missing ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="aw-required"> (required)</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className="input input-wide"
        rows={rows}
        maxLength={maxLength}
        value={value}
        readOnly={readOnly}
        aria-required={required || undefined}
        aria-invalid={missing || undefined}
        aria-describedby={hintId}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
