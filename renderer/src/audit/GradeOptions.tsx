// A grade as a radio group: the scale's levels best first, each with its colour, its value and the
// number key that chooses it (the same number: see @model/grade-keys), then (for criteria) "Not
// applicable", which is not a score.
import type { ScaleLevel } from '@model/framework';
import { gradeKey, NOT_APPLICABLE_KEY } from '@model/grade-keys';
import './audit.css';

interface Props {
  id: string;
  legend: string;
  levels: ScaleLevel[];
  value: number | null;
  notApplicable?: boolean;
  /** Shown as the last option when given. */
  notApplicableLabel?: string;
  disabled?: boolean;
  onChoose: (value: number) => void;
  onNotApplicable?: () => void;
}

export function GradeOptions({ id, legend, levels, value, notApplicable = false, notApplicableLabel, disabled, onChoose, onNotApplicable }: Props) {
  return (
    <fieldset id={id} className="aw-grade-options">
      <legend>{legend}</legend>
      <div className="aw-grade-option-list">
        {levels.map((level) => {
          const optionId = `${id}-${level.value}`;
          const checked = !notApplicable && value === level.value;
          const key = gradeKey(levels, level.value) ?? undefined;
          return (
            <label key={level.value} htmlFor={optionId} className={`aw-grade-option${checked ? ' aw-grade-option-checked' : ''}`}>
              <input
                id={optionId}
                type="radio"
                name={id}
                checked={checked}
                disabled={disabled}
                aria-keyshortcuts={key}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={level.description ? `${optionId}-description` : undefined}
                onChange={() => onChoose(level.value)}
              />
              {key && (
                <kbd className="aw-grade-key" aria-hidden="true">
                  {key}
                </kbd>
              )}
              <span className="aw-grade-swatch" style={{ background: level.colour }} aria-hidden="true" />
              <span className="aw-grade-text">
                <span id={`${optionId}-label`}>
                  <span className="aw-grade-label">{level.label}</span>{' '}
                  {/* The key cap already shows the value when they are the same number. */}
                  <span className={key === String(level.value) ? 'visually-hidden' : 'aw-grade-value'}>({level.value})</span>
                </span>
                {level.description && (
                  <span id={`${optionId}-description`} className="aw-grade-description">
                    {level.description}
                  </span>
                )}
              </span>
            </label>
          );
        })}
        {notApplicableLabel && onNotApplicable && (
          <label htmlFor={`${id}-na`} className={`aw-grade-option aw-grade-option-na${notApplicable ? ' aw-grade-option-checked' : ''}`}>
            <input id={`${id}-na`} type="radio" name={id} checked={notApplicable} disabled={disabled} aria-keyshortcuts={NOT_APPLICABLE_KEY} onChange={onNotApplicable} />
            <kbd className="aw-grade-key" aria-hidden="true">
              {NOT_APPLICABLE_KEY}
            </kbd>
            <span className="aw-grade-swatch aw-grade-swatch-na" aria-hidden="true" />
            <span className="aw-grade-text">
              <span className="aw-grade-label">{notApplicableLabel}</span>
              <span className="aw-grade-description">Not a score; say why below.</span>
            </span>
          </label>
        )}
      </div>
    </fieldset>
  );
}
