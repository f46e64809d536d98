// The criterion being scored: its prompts and "what good looks like" always in view, the grade as
// numbered options, then the reason (when not applicable), the rationale and the evidence.
import type { FrameworkDefinition, ScaleLevel } from '@model/framework';
import { AutoTextArea } from './AutoTextArea';
import type { NavItem } from './CriteriaNav';
import { GradeOptions } from './GradeOptions';
import './audit.css';

export interface GradeDraft {
  value: number | null;
  notApplicable: boolean;
  notApplicableReason: string;
  rationale: string;
  evidence: string;
}
export type GradeTextField = 'notApplicableReason' | 'rationale' | 'evidence';

interface Props {
  item: NavItem;
  number: number;
  total: number;
  levels: ScaleLevel[];
  scale: FrameworkDefinition['scale'];
  grade: GradeDraft;
  readOnly: boolean;
  /** A submit was tried: show what is missing. */
  attempted: boolean;
  onChoose: (value: number) => void;
  onNotApplicable: () => void;
  onText: (field: GradeTextField, text: string) => void;
  onBlur: (field: GradeTextField) => void;
  onPrevious?: () => void;
  onNext: () => void;
}

export function CriterionPanel({ item, number, total, levels, scale, grade, readOnly, attempted, onChoose, onNotApplicable, onText, onBlur, onPrevious, onNext }: Props) {
  const { criterion, domain } = item;
  const belowGood = grade.value !== null && grade.value < scale.goodOrBetterFrom;
  const good = levels.find((l) => l.value === scale.goodOrBetterFrom);
  return (
    <section className="aw-panel" aria-labelledby="aw-item-heading">
      <p className="aw-eyebrow">
        {domain.title} · Criterion {number} of {total}
      </p>
      <h2 id="aw-item-heading" tabIndex={-1} className="aw-item-heading">
        {criterion.title}
      </h2>
      <div className="aw-guide">
        <div className="aw-prompts">
          <h3>Prompts</h3>
          {criterion.guidance.length > 0 ? (
            <ul>
              {criterion.guidance.map((g, i) => (
                <li key={i}>{g}</li>
              ))}
            </ul>
          ) : (
            <p className="hint">This framework gives no prompts for this criterion.</p>
          )}
        </div>
        <div className="aw-good">
          <h3>What good looks like</h3>
          <p>{criterion.whatGoodLooksLike || 'This framework does not describe it for this criterion.'}</p>
        </div>
      </div>
      <GradeOptions
        id="aw-grade"
        legend="Grade"
        levels={levels}
        value={grade.value}
        notApplicable={grade.notApplicable}
        notApplicableLabel={scale.notApplicableLabel}
        disabled={readOnly}
        onChoose={onChoose}
        onNotApplicable={onNotApplicable}
      />
      {grade.notApplicable && (
        <AutoTextArea
          id="aw-na-reason"
          label="Reason it is not applicable"
          required
          missing={attempted && !grade.notApplicableReason.trim()}
          value={grade.notApplicableReason}
          maxLength={2000}
          rows={2}
          readOnly={readOnly}
          onChange={(text) => onText('notApplicableReason', text)}
          onBlur={() => onBlur('notApplicableReason')}
        />
      )}
      <AutoTextArea
        id="aw-rationale"
        label="Why this judgement"
        required={belowGood}
        missing={attempted && belowGood && !grade.rationale.trim()}
        hint={belowGood ? `Required for a grade below ${good?.label ?? 'good'}: say what was missing and what it meant for the child.` : 'What led you to this grade.'}
        value={grade.rationale}
        maxLength={10000}
        readOnly={readOnly}
        onChange={(text) => onText('rationale', text)}
        onBlur={() => onBlur('rationale')}
      />
      <AutoTextArea
        id="aw-evidence"
        label="Evidence"
        hint="Where in the record: dates, documents, what was seen or said. Use the case reference, never the child's name."
        value={grade.evidence}
        maxLength={20000}
        readOnly={readOnly}
        onChange={(text) => onText('evidence', text)}
        onBlur={() => onBlur('evidence')}
      />
      <div className="actions aw-step">
        <button type="button" className="button" disabled={!onPrevious} onClick={onPrevious}>
          Previous
        </button>
        <button type="button" className="button" onClick={onNext}>
          {number === total ? 'Next: overall judgement' : 'Next criterion'}
        </button>
      </div>
    </section>
  );
}
