// A labelled form field with its hint and its validation problems, wired up with aria-invalid and
// aria-describedby so screen readers read the problem with the field.
import type { ReactNode } from 'react';
import type { ValidationProblem } from '@model/problems';
import { fieldId, problemsAt } from './problems';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface Props {
  path: string;
  label: string;
  problems: readonly ValidationProblem[];
  /** Also show problems for items inside this path (e.g. each guidance line). */
  withChildren?: boolean;
  hint?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ path, label, problems, withChildren, hint, className, children }: Props) {
  const id = fieldId(path);
  const mine = problemsAt(problems, path, withChildren);
  const describedBy = [hint ? `${id}-hint` : '', mine.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${mine.length ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {mine.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          {mine.map((p) => (p.path === path ? withLabel(label, p.message) : `${describeChild(path, p.path)} ${p.message}`)).join('; ')}
        </p>
      )}
      {children({ id, 'aria-invalid': mine.length ? true : undefined, 'aria-describedby': describedBy || undefined })}
    </div>
  );
}

/** "is required" -> "Name is required": a message that continues the field's name starts with it. */
function withLabel(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}` : message;
}

/** "…guidance[1]" under "…guidance" -> "Line 2". */
function describeChild(parent: string, path: string): string {
  const match = /^\[(\d+)\]/.exec(path.slice(parent.length));
  return match ? `Line ${Number(match[1]) + 1}` : path.slice(parent.length).replace(/^\./, '');
}

/** Problems that belong to a group (a list or a whole domain) rather than one input. */
export function GroupProblems({ path, problems }: { path: string; problems: readonly ValidationProblem[] }) {
  const mine = problemsAt(problems, path);
  if (mine.length === 0) return null;
  return (
    <p className="field-error" id={fieldId(path)} tabIndex={-1}>
      {mine.map((p) => p.message).join('; ')}
    </p>
  );
}
