// After the criteria: the overall judgement and what the audit learned, in the auditor's words.
import type { ReactNode } from 'react';
import type { ScaleLevel } from '@model/framework';
import type { AuditTextField } from '@model/audit';
import { AutoTextArea } from './AutoTextArea';
import { GradeOptions } from './GradeOptions';
import './audit.css';

export interface OverallDraft {
  overallValue: number | null;
  overallRationale: string;
  strengths: string;
  areasForDevelopment: string;
  differenceMade: string;
  actions: string;
}

const fieldText: Record<AuditTextField, { id: string; label: string; hint: string }> = {
  overallRationale: { id: 'aw-overall-rationale', label: 'Why this overall judgement', hint: 'The reasons for the overall grade, drawing on the criteria.' },
  strengths: { id: 'aw-strengths', label: 'Strengths', hint: 'Good practice worth sharing.' },
  areasForDevelopment: { id: 'aw-areas', label: 'Areas for development', hint: 'What should have happened, or should happen now.' },
  differenceMade: { id: 'aw-difference', label: 'What difference did we make for the child?', hint: "The child's daily life now, compared with before the help." },
  actions: { id: 'aw-actions', label: 'Single-agency actions', hint: 'What your agency will do, by whom and by when.' },
};

interface Props {
  levels: ScaleLevel[];
  draft: OverallDraft;
  readOnly: boolean;
  missing: boolean;
  fields: readonly AuditTextField[];
  onChoose: (value: number) => void;
  onText: (field: AuditTextField, text: string) => void;
  onBlur: (field: AuditTextField) => void;
  onPrevious: () => void;
  /** The theme ticks for this audit, under the narrative. */
  themes?: ReactNode;
}

export function OverallPanel({ levels, draft, readOnly, missing, fields, onChoose, onText, onBlur, onPrevious, themes }: Props) {
  return (
    <section className="aw-panel" aria-labelledby="aw-item-heading">
      <p className="aw-eyebrow">After the criteria</p>
      <h2 id="aw-item-heading" tabIndex={-1} className="aw-item-heading">
        Overall
      </h2>
      <div className={missing ? 'field-invalid' : undefined}>
        {missing && <p className="field-error">Give an overall judgement.</p>}
        <GradeOptions id="aw-overall" legend="Overall judgement" levels={levels} value={draft.overallValue} disabled={readOnly} onChoose={onChoose} />
      </div>
      {fields.map((field) => (
        <AutoTextArea
          key={field}
          id={fieldText[field].id}
          label={fieldText[field].label}
          hint={fieldText[field].hint}
          value={draft[field]}
          maxLength={10000}
          rows={field === 'overallRationale' ? 4 : 3}
          readOnly={readOnly}
          onChange={(text) => onText(field, text)}
          onBlur={() => onBlur(field)}
        />
      ))}
      {themes}
      <div className="actions aw-step">
        <button type="button" className="button" onClick={onPrevious}>
          Previous
        </button>
      </div>
    </section>
  );
}
