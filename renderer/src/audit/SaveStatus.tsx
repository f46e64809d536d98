// The autosave's state in a few words, in a live region so screen readers hear it change.
import type { SaveState } from './autosave';
import './audit.css';

const words: Record<SaveState, string> = {
  idle: 'All changes saved',
  saving: 'Saving…',
  saved: 'All changes saved',
  failed: 'Not saved — retrying',
};

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p className={`aw-save aw-save-${state}`} role="status">
      <span className="aw-save-dot" aria-hidden="true" />
      {words[state]}
    </p>
  );
}
