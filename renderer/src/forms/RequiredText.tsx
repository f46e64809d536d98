// The required text box of an add-or-edit form, with its hint and the message when it is empty.
import type { ReactNode } from 'react';

interface Props {
  /** The form's id (useDraft's); the box is `${id}-text`. */
  id: string;
  missing: boolean;
  /** Said when the box is empty, e.g. "Enter the text of the finding." */
  whenMissing: string;
  value: string;
  onChange: (text: string) => void;
  rows: number;
  hint?: ReactNode;
  /** More ids that describe the box (e.g. a checklist beside it). */
  describedBy?: string;
  className?: string;
}

export function RequiredText({ id, missing, whenMissing, value, onChange, rows, hint, describedBy, className = '' }: Props) {
  const described = [hint ? `${id}-text-hint` : '', missing ? `${id}-text-error` : '', describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div className={`field${className ? ` ${className}` : ''}${missing ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-text`}>Text</label>
      {hint && (
        <p className="hint" id={`${id}-text-hint`}>
          {hint}
        </p>
      )}
      {missing && (
        <p className="field-error" id={`${id}-text-error`}>
          {whenMissing}
        </p>
      )}
      <textarea
        id={`${id}-text`}
        className="input input-wide"
        rows={rows}
        maxLength={4000}
        aria-invalid={missing || undefined}
        aria-describedby={described || undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
