// One narrative's text box (its label is the editor's heading, by NARRATIVE_TEXT_ID), with the
// section's prompt as its hint and a word count. The page keeps the text and saves it; leaving
// the box sends the save at once.
import { forwardRef } from 'react';
import { wordCount, wordsLabel, type Narrative } from './outline';

interface Props {
  narrative: Narrative;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

export const NARRATIVE_TEXT_ID = 'narrative-text';

export const NarrativeEditor = forwardRef<HTMLTextAreaElement, Props>(function NarrativeEditor({ narrative, value, onChange, onBlur }, ref) {
  const id = NARRATIVE_TEXT_ID;
  const count = wordCount(value);
  return (
    <div className="field narrative-field">
      {narrative.prompt && (
        <p className="hint" id={`${id}-hint`}>
          {narrative.prompt}
        </p>
      )}
      <textarea
        ref={ref}
        id={id}
        className="input input-wide narrative-text"
        rows={16}
        maxLength={50_000}
        spellCheck
        lang="en-GB"
        value={value}
        aria-describedby={`${narrative.prompt ? `${id}-hint ` : ''}${id}-count`}
        onChange={(e) => onChange(e.target.value)}
        onFocus={(e) => {
          // From now on "Insert into text" goes where the caret is, not at the end.
          e.currentTarget.dataset.used = 'true';
        }}
        onBlur={onBlur}
      />
      <p className="word-count" id={`${id}-count`}>
        {wordsLabel(count)}
      </p>
    </div>
  );
});
