// The agreed multi-agency grade for one criterion (or the overall judgement): a radio group of
// the scale's levels (and Not applicable where it applies) and the rationale. The page's autosave
// sends the grade as soon as it is chosen, the rationale after a pause in typing and on leaving it.
import { useId, useState } from 'react';
import type { ScaleLevel } from '@model/framework';
import { textColourOn } from '../lib/colour';

export type AgreedChoice = number | 'na' | null;

interface Props {
  legend: string;
  /** Completes the rationale's accessible name, e.g. "for Relentless focus on the child". */
  rationaleFor: string;
  levels: ScaleLevel[];
  notApplicableLabel?: string;
  choice: AgreedChoice;
  rationale: string;
  locked: boolean;
  /** Saves the choice; calls `undo` if the save fails, so the radio shows what is stored. */
  onChoose: (choice: Exclude<AgreedChoice, null>, undo: () => void) => void;
  /** Every change of the rationale (the autosave waits for a pause), then leaving the box. */
  onRationale: (text: string) => void;
  onRationaleDone: () => void;
}

export function AgreedGrade({ legend, rationaleFor, levels, notApplicableLabel, choice, rationale, locked, onChoose, onRationale, onRationaleDone }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState<AgreedChoice>(choice);
  const [text, setText] = useState(rationale);
  const choose = (next: Exclude<AgreedChoice, null>) => {
    const before = chosen;
    setChosen(next);
    onChoose(next, () => setChosen(before));
  };
  return (
    <div className="agreed-block">
      <fieldset className="agreed-grade" disabled={locked}>
        <legend>{legend}</legend>
        <div className="radio-row">
          {levels.map((level) => (
            <label key={level.value} className="grade-radio">
              <input type="radio" name={`${id}-grade`} value={level.value} checked={chosen === level.value} onChange={() => choose(level.value)} />
              <span className="swatch-dot" style={{ backgroundColor: level.colour, color: textColourOn(level.colour) }} aria-hidden="true" />
              {level.label} <span className="chip-value">({level.value})</span>
            </label>
          ))}
          {notApplicableLabel && (
            <label className="grade-radio">
              <input type="radio" name={`${id}-grade`} value="na" checked={chosen === 'na'} onChange={() => choose('na')} />
              <span className="swatch-dot swatch-na" aria-hidden="true" />
              {notApplicableLabel}
            </label>
          )}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-rationale`}>
          Rationale for the agreed grade<span className="visually-hidden"> {rationaleFor}</span>
        </label>
        <textarea
          id={`${id}-rationale`}
          className="input input-wide"
          rows={3}
          maxLength={10000}
          readOnly={locked}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            onRationale(e.target.value);
          }}
          onBlur={onRationaleDone}
        />
      </div>
    </div>
  );
}
