// A labelled text box that saves itself: the parent keeps the text and schedules the save on each
// change; leaving the box sends it at once. Nothing here ever replaces what the user typed.
import { useState, type ReactNode } from 'react';
import { CharacterCount, countFrom, pasteOverflow } from '../components/CharacterCount';
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
  const countId = `${id}-count`;
  const [cut, setCut] = useState(0);
  const counted = cut > 0 || value.length >= countFrom(maxLength);
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
        aria-describedby={[hintId, counted ? countId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => onChange(e.target.value)}
        onPaste={(e) => setCut(pasteOverflow(e.currentTarget, e.clipboardData.getData('text'), maxLength))}
        onKeyDown={() => cut > 0 && setCut(0)}
        onBlur={onBlur}
      />
      <CharacterCount id={countId} length={value.length} maxLength={maxLength} cut={cut} />
    </div>
  );
}
