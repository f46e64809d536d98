// Redacting a text from the event's trail (a child's name typed into evidence and edited out):
// the facilitator types the text, sees how many entries hold it, and gives a reason in the one
// reason dialog. The core replaces every value holding it with "[redacted]" and records who,
// when and why, never what.
import { useId, useState } from 'react';
import type { TrailEntry } from '@contract/types';
import { call } from '../api/client';
import { ReasonDialog } from '../components/ReasonDialog';
import { toShownError } from '../lib/errors';

/** As the core's rule: shorter texts would redact half the trail. */
const MIN_LENGTH = 3;

const holds = (entry: TrailEntry, needle: string) => [entry.oldValue, entry.newValue, entry.note].some((v) => v?.toLocaleLowerCase('en-GB').includes(needle));

export function TrailRedaction({ eventId, entries, onRedacted }: { eventId: number; entries: TrailEntry[]; onRedacted: (entries: number) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [asking, setAsking] = useState(false);
  const needle = text.trim().toLocaleLowerCase('en-GB');
  const holding = needle.length >= MIN_LENGTH ? entries.filter((e) => holds(e, needle)).length : 0;
  const entriesWord = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

  return (
    <details className="panel trail-redaction">
      <summary>Redact a text from the trail</summary>
      <p className="hint">
        For a name or other identifying text that should never have been typed: every value of this event’s trail that holds it becomes “[redacted]”, here and
        in every CSV exported afterwards. The trail records who redacted, when and why, not what. This cannot be undone.
      </p>
      <div className="trail-controls">
        <div className="field">
          <label htmlFor={`${id}-text`}>Text to redact</label>
          <input id={`${id}-text`} className="input input-medium" value={text} maxLength={10_000} aria-describedby={`${id}-count`} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="button" className="button" disabled={holding === 0} onClick={() => setAsking(true)}>
          Redact…
        </button>
      </div>
      <p id={`${id}-count`} aria-live="polite">
        {needle.length < MIN_LENGTH ? `Type at least ${MIN_LENGTH} characters.` : `${entriesWord(holding)} of this trail ${holding === 1 ? 'holds' : 'hold'} this text.`}
      </p>
      {asking && (
        <ReasonDialog
          title="Redact from the trail"
          label="Reason for the redaction"
          submitLabel="Redact"
          busyLabel="Redacting…"
          failedTitle="Nothing was redacted"
          whenEmpty="Give a reason: it is kept in the trail."
          onCancel={() => setAsking(false)}
          onSubmit={async (reason) => {
            try {
              const done = await call('trail.redact', { eventId, text: text.trim(), reason });
              setAsking(false);
              setText('');
              onRedacted(done.entries);
              return null;
            } catch (error) {
              return toShownError(error);
            }
          }}
        >
          <p>
            The values of {entriesWord(holding)} that hold this text become “[redacted]”. The reason is kept in the trail: describe the text without
            quoting it.
          </p>
        </ReasonDialog>
      )}
    </details>
  );
}
