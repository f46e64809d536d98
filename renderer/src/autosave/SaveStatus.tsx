// The one save-status line: the autosave's state in a few words, in a live region so screen
// readers hear it change.
import type { SaveState } from './autosave';
import './autosave.css';

const words: Record<SaveState, string> = {
  idle: 'Changes save as you go',
  saving: 'Saving…',
  saved: 'All changes saved',
  failed: 'Not saved: see the message below',
};

export function SaveStatus({ state, locked = false }: { state: SaveState; locked?: boolean }) {
  const shown = locked ? 'locked' : state;
  return (
    <p className={`save-status save-status-${shown}`} role="status">
      <span className="save-status-dot" aria-hidden="true" />
      {locked ? 'Locked: read-only' : words[state]}
    </p>
  );
}
