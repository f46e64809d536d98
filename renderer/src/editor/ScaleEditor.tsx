// Edits the grading scale: each level's label, value, colour and description; which value starts
// "good or better"; and the label for "not applicable" (which is never a score).
import type { ValidationProblem } from '@model/problems';
import { textColourOn } from '../lib/colour';
import { move, newId, type Draft, type DraftLevel } from './draft';
import { Field, GroupProblems } from './Field';

interface Props {
  draft: Draft;
  problems: readonly ValidationProblem[];
  onChange: (patch: Partial<Pick<Draft, 'levels' | 'notApplicableLabel' | 'goodOrBetterFrom'>>) => void;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

export function ScaleEditor({ draft, problems, onChange }: Props) {
  const levels = draft.levels;
  const setLevel = (i: number, patch: Partial<DraftLevel>) => {
    const next = levels.map((l, j) => (j === i ? { ...l, ...patch } : l));
    // Renumbering the level that starts "good or better" keeps it as the start.
    const followsValue = patch.value !== undefined && levels[i]?.value === draft.goodOrBetterFrom;
    onChange(followsValue ? { levels: next, goodOrBetterFrom: patch.value } : { levels: next });
  };
  const nameOf = (level: DraftLevel, i: number) => level.label.trim() || `level ${i + 1}`;

  function addLevel() {
    const lowest = Math.min(...levels.map((l) => Number(l.value)).filter(Number.isFinite));
    const value = Number.isFinite(lowest) && lowest > 0 ? lowest - 1 : levels.length + 1;
    onChange({ levels: [...levels, { id: newId(), label: '', value: String(value), colour: '#6b7280', description: '' }] });
  }

  return (
    <section aria-labelledby="scale-heading" className="panel">
      <h2 id="scale-heading">Grading scale</h2>
      <p className="hint">Levels are listed best first when saved. “Not applicable” is not a score and is left out of percentages.</p>
      <GroupProblems path="scale.levels" problems={problems} />
      {levels.map((level, i) => (
        <fieldset key={level.id} className="level">
          <legend>
            <span className="swatch" style={{ backgroundColor: HEX.test(level.colour) ? level.colour : 'transparent', color: textColourOn(level.colour) }} aria-hidden="true" />
            Level {i + 1}: {level.label.trim() || '(no label)'}
          </legend>
          <div className="level-grid">
            <Field path={`scale.levels[${i}].label`} label="Label" problems={problems}>
              {(p) => <input {...p} className="input" value={level.label} onChange={(e) => setLevel(i, { label: e.target.value })} />}
            </Field>
            <Field path={`scale.levels[${i}].value`} label="Value" problems={problems}>
              {(p) => (
                <input {...p} className="input input-narrow" type="number" step={1} min={0} max={100} value={level.value} onChange={(e) => setLevel(i, { value: e.target.value })} />
              )}
            </Field>
            <Field path={`scale.levels[${i}].colour`} label="Colour code" problems={problems}>
              {(p) => (
                <span className="colour-pair">
                  <input
                    type="color"
                    className="colour-picker"
                    aria-label={`Colour for ${nameOf(level, i)}`}
                    value={HEX.test(level.colour) ? level.colour.toLowerCase() : '#000000'}
                    onChange={(e) => setLevel(i, { colour: e.target.value })}
                  />
                  <input {...p} className="input input-narrow mono" value={level.colour} spellCheck={false} onChange={(e) => setLevel(i, { colour: e.target.value })} />
                </span>
              )}
            </Field>
          </div>
          <Field path={`scale.levels[${i}].description`} label="Description" problems={problems}>
            {(p) => <input {...p} className="input input-wide" value={level.description} onChange={(e) => setLevel(i, { description: e.target.value })} />}
          </Field>
          <div className="actions actions-small">
            <button type="button" className="button button-small" aria-label={`Move level ${nameOf(level, i)} up`} disabled={i === 0} onClick={() => onChange({ levels: move(levels, i, i - 1) })}>
              Up
            </button>
            <button type="button" className="button button-small" aria-label={`Move level ${nameOf(level, i)} down`} disabled={i === levels.length - 1} onClick={() => onChange({ levels: move(levels, i, i + 1) })}>
              Down
            </button>
            <button type="button" className="button button-small button-danger" aria-label={`Remove level ${nameOf(level, i)}`} onClick={() => onChange({ levels: levels.filter((_, j) => j !== i) })}>
              Remove
            </button>
          </div>
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" className="button" onClick={addLevel}>
          Add level
        </button>
      </div>
      <div className="level-grid">
        <Field path="scale.goodOrBetterFrom" label="Good or better from" hint="This level and the levels above it count towards “% good or better”." problems={problems}>
          {(p) => (
            <select {...p} className="input" value={draft.goodOrBetterFrom} onChange={(e) => onChange({ goodOrBetterFrom: e.target.value })}>
              {!levels.some((l) => l.value === draft.goodOrBetterFrom) && <option value={draft.goodOrBetterFrom}>Choose a level</option>}
              {levels.map((l, i) => (
                <option key={l.id} value={l.value}>
                  {nameOf(l, i)} ({l.value})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field path="scale.notApplicableLabel" label="Not applicable label" hint="Shown as a choice, never counted as a score." problems={problems}>
          {(p) => <input {...p} className="input" value={draft.notApplicableLabel} onChange={(e) => onChange({ notApplicableLabel: e.target.value })} />}
        </Field>
      </div>
    </section>
  );
}
