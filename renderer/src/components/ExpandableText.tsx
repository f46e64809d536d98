// Long text in a table cell: the first line or so, and a "Show all" button that opens the full
// text in place (and closes it again). Short text is shown as it is.
import { useId, useState } from 'react';
import '../trail/trail.css';

interface Props {
  text: string | null | undefined;
  /** Characters shown before the text is cut. */
  limit?: number;
  /** Said after "Show all" to screen readers, e.g. "evidence from Police". */
  what?: string;
  empty?: string;
}

export function ExpandableText({ text, limit = 140, what, empty = '' }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const value = text ?? '';
  if (!value) return empty ? <span className="text-empty">{empty}</span> : null;
  const long = value.length > limit || value.split('\n').length > 3;
  if (!long) return <span className="text-full">{value}</span>;
  return (
    <span className="expandable">
      <span id={id} className={open ? 'text-full' : 'text-cut'}>
        {open ? value : `${value.slice(0, limit).trimEnd()}…`}
      </span>{' '}
      <button type="button" className="link-button expand-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Show less' : 'Show all'}
        {what && <span className="visually-hidden"> {what}</span>}
      </button>
    </span>
  );
}
