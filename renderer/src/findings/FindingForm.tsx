// Add or edit a finding: its kind, text, the criteria and cases it is linked to, and whether it is
// an anonymised quote that may be used in the report.
import { useId, useState, type FormEvent } from 'react';
import type { FindingKind } from '@model/statuses';
import type { CaseView } from '@contract/types';
import { findingKindLabels } from '@model/labels';
import { findingKinds } from '@model/statuses';

export interface FindingDraft {
  kind: FindingKind;
  text: string;
  quoteForReport: boolean;
  criterionKeys: string[];
  caseIds: number[];
}

export const emptyDraft: FindingDraft = { kind: 'good-practice', text: '', quoteForReport: false, criterionKeys: [], caseIds: [] };

interface Props {
  initial: FindingDraft;
  criteria: { key: string; title: string }[];
  cases: Pick<CaseView, 'id' | 'reference'>[];
  submitLabel: string;
  busy: boolean;
  onSubmit: (draft: FindingDraft) => Promise<boolean>;
  onCancel?: () => void;
}

export function FindingForm({ initial, criteria, cases, submitLabel, busy, onSubmit, onCancel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<FindingDraft>(initial);
  const [caseFilter, setCaseFilter] = useState('');
  const [textMissing, setTextMissing] = useState(false);
  const set = (patch: Partial<FindingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  const filterText = caseFilter.trim().toLowerCase();
  const shownCases = filterText ? cases.filter((c) => c.reference.toLowerCase().includes(filterText) || draft.caseIds.includes(c.id)) : cases;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.text.trim()) {
      setTextMissing(true);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setTextMissing(false);
    if (await onSubmit(draft)) {
      setDraft(initial);
      setCaseFilter('');
    }
  }

  return (
    <form className="finding-form" onSubmit={submit} noValidate>
      <fieldset className="kind-group">
        <legend>Kind</legend>
        <div className="radio-row">
          {findingKinds.map((kind) => (
            <label key={kind} className="grade-radio">
              <input type="radio" name={`${id}-kind`} value={kind} checked={draft.kind === kind} onChange={() => set({ kind })} />
              {findingKindLabels[kind].singular}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={`field${textMissing ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-text`}>Text</label>
        {textMissing && (
          <p className="field-error" id={`${id}-text-error`}>
            Enter the text of the finding.
          </p>
        )}
        <textarea
          id={`${id}-text`}
          className="input input-wide"
          rows={4}
          maxLength={4000}
          aria-invalid={textMissing || undefined}
          aria-describedby={textMissing ? `${id}-text-error` : undefined}
          value={draft.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      </div>
      <div className="quote-field">
        <label className="checkbox">
          <input type="checkbox" checked={draft.quoteForReport} aria-describedby={`${id}-quote-caution`} onChange={(e) => set({ quoteForReport: e.target.checked })} />
          Anonymised quote that may be used in the report
        </label>
        <p className="caution" id={`${id}-quote-caution`}>
          <strong>Caution:</strong> Only tick this when the text identifies no child, family member or practitioner.
        </p>
      </div>
      <div className="link-columns">
        <fieldset>
          <legend>Linked criteria</legend>
          <ul className="checkbox-list link-list">
            {criteria.map((c) => (
              <li key={c.key}>
                <label className="checkbox">
                  <input type="checkbox" checked={draft.criterionKeys.includes(c.key)} onChange={(e) => set({ criterionKeys: toggle(draft.criterionKeys, c.key, e.target.checked) })} />
                  {c.title}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>Linked cases</legend>
          {cases.length === 0 ? (
            <p className="note">This event has no cases yet.</p>
          ) : (
            <>
              <div className="field">
                <label htmlFor={`${id}-case-filter`}>Find a case reference</label>
                <input id={`${id}-case-filter`} className="input input-wide" type="search" value={caseFilter} onChange={(e) => setCaseFilter(e.target.value)} />
              </div>
              <p className="hint" aria-live="polite">
                {draft.caseIds.length === 1 ? '1 case linked' : `${draft.caseIds.length} cases linked`}
                {filterText && `; ${shownCases.length} shown`}
              </p>
              <ul className="checkbox-list case-pick-list">
                {shownCases.map((c) => (
                  <li key={c.id}>
                    <label className="checkbox">
                      <input type="checkbox" checked={draft.caseIds.includes(c.id)} onChange={(e) => set({ caseIds: toggle(draft.caseIds, c.id, e.target.checked) })} />
                      {c.reference}
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
        </fieldset>
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
