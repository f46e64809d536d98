// The workspace's keyboard shortcuts, shown on request (the ? key or the button). Each grade is
// listed with its own key, which is the number shown beside it everywhere.
import { Fragment } from 'react';
import type { ScaleLevel } from '@model/framework';
import { keyedLevels, NOT_APPLICABLE_KEY } from '@model/grade-keys';
import './audit.css';

interface Props {
  levels: ScaleLevel[];
  notApplicableLabel: string;
  onClose: () => void;
}

export function KeyboardHelp({ levels, notApplicableLabel, onClose }: Props) {
  const keyed = keyedLevels(levels).filter((l) => l.key !== null);
  return (
    <section id="aw-keyboard-help" className="aw-help" aria-labelledby="aw-keyboard-help-title">
      <h2 id="aw-keyboard-help-title">Keyboard</h2>
      <p className="hint">These work whenever the cursor is not in a text box.</p>
      <dl className="aw-help-list">
        {keyed.map((level) => (
          <Fragment key={level.value}>
            <dt>
              <kbd>{level.key}</kbd>
            </dt>
            <dd>
              {level.label}
              {level.key !== String(level.value) && ` (value ${level.value})`}
            </dd>
          </Fragment>
        ))}
        <dt>
          <kbd>{NOT_APPLICABLE_KEY}</kbd>
        </dt>
        <dd>{notApplicableLabel}, then type the reason</dd>
        <dt>
          <kbd>↓</kbd> or <kbd>J</kbd>
        </dt>
        <dd>Next criterion</dd>
        <dt>
          <kbd>↑</kbd> or <kbd>K</kbd>
        </dt>
        <dd>Previous criterion</dd>
        <dt>
          <kbd>Enter</kbd> or <kbd>E</kbd>
        </dt>
        <dd>Write in “Why this judgement”</dd>
        <dt>
          <kbd>Esc</kbd>
        </dt>
        <dd>Leave a text box and go back to the criterion</dd>
        <dt>
          <kbd>Ctrl</kbd> + <kbd>Enter</kbd>
        </dt>
        <dd>Submit the audit (also from a text box; <kbd>⌘</kbd> + <kbd>Enter</kbd> on a Mac)</dd>
        <dt>
          <kbd>?</kbd>
        </dt>
        <dd>Show or hide this box</dd>
      </dl>
      <p className="hint">Changes save themselves as you go: there is no Save button. Tab reaches every control.</p>
      <button type="button" className="button button-small" onClick={onClose}>
        Hide keyboard help
      </button>
    </section>
  );
}
