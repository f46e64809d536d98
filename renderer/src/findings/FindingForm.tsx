// Add or edit a finding: its kind, text, the criteria and cases it is linked to, and whether it is
// an anonymised quote that may be used in the report. The core's identifier guard checks the text
// as it is typed: while it finds anything, the quote tick is refused and says what it found.
import { useState, type FormEvent } from 'react';
import type { CaseView } from '@contract/types';
import { findingKindLabels } from '@model/labels';
import { findingKinds, type FindingKind } from '@model/statuses';
import { CheckList } from '../forms/CheckList';
import { FormActions } from '../forms/FormActions';
import { RequiredText } from '../forms/RequiredText';
import { useDraft } from '../forms/useDraft';
import { useIdentifierCheck } from '../disclosure/useIdentifierCheck';

export interface FindingDraft {
  kind: FindingKind;
  text: string;
  quoteForReport: boolean;
  criterionKeys: string[];
  caseIds: number[];
  themeIds: number[];
}

export const emptyDraft: FindingDraft = { kind: 'good-practice', text: '', quoteForReport: false, criterionKeys: [], caseIds: [], themeIds: [] };

interface Props {
  initial: FindingDraft;
  criteria: { key: string; title: string }[];
  cases: Pick<CaseView, 'id' | 'reference'>[];
  /** The framework's themes offered for tagging. */
  themes: { id: number; label: string }[];
  submitLabel: string;
  busy: boolean;
  onSubmit: (draft: FindingDraft) => Promise<boolean>;
  onCancel?: () => void;
}

export function FindingForm({ initial, criteria, cases, themes, submitLabel, busy, onSubmit, onCancel }: Props) {
  // A quote tick the guard refuses is never sent (the core would refuse it too).
  const { id, draft, set, textMissing, submit } = useDraft(initial, (d) => onSubmit({ ...d, quoteForReport: d.quoteForReport && !identifying }));
  const [caseFilter, setCaseFilter] = useState('');
  const check = useIdentifierCheck(draft.text);
  const identifying = check.hits.length > 0;

  const filterText = caseFilter.trim().toLowerCase();
  const shownCases = filterText ? cases.filter((c) => c.reference.toLowerCase().includes(filterText) || draft.caseIds.includes(c.id)) : cases;

  async function send(event: FormEvent) {
    if (await submit(event)) setCaseFilter('');
  }

  return (
    <form className="finding-form" onSubmit={send} noValidate>
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
      <RequiredText id={id} missing={textMissing} whenMissing="Enter the text of the finding." rows={4} value={draft.text} onChange={(text) => set({ text })} />
      <div className="quote-field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.quoteForReport && !identifying}
            disabled={identifying}
            aria-describedby={`${id}-quote-caution${identifying ? ` ${id}-quote-refused` : ''}`}
            onChange={(e) => set({ quoteForReport: e.target.checked })}
          />
          Anonymised quote that may be used in the report
        </label>
        {identifying && (
          <p className="field-error" id={`${id}-quote-refused`} role="status">
            Cannot be an anonymised quote: the text contains {check.found}. Remove {check.hits.length === 1 ? 'it' : 'them'} to tick this.
          </p>
        )}
        <p className="caution" id={`${id}-quote-caution`}>
          <strong>Caution:</strong> Only tick this when the text identifies no child, family member or practitioner. Case references, dates of
          birth, postcodes, NHS numbers, UPNs, phone numbers and email addresses are checked for you; names are not.
        </p>
      </div>
      <div className="link-columns">
        {themes.length > 0 && (
          <CheckList legend="Themes" className="link-list" items={themes.map((t) => ({ value: t.id, label: t.label }))} chosen={draft.themeIds} onChange={(themeIds) => set({ themeIds })} />
        )}
        <CheckList
          legend="Linked criteria"
          className="link-list"
          items={criteria.map((c) => ({ value: c.key, label: c.title }))}
          chosen={draft.criterionKeys}
          onChange={(criterionKeys) => set({ criterionKeys })}
        />
        <CheckList
          legend="Linked cases"
          className="case-pick-list"
          items={shownCases.map((c) => ({ value: c.id, label: c.reference }))}
          chosen={draft.caseIds}
          onChange={(caseIds) => set({ caseIds })}
          empty={cases.length === 0 ? <p className="note">This event has no cases yet.</p> : undefined}
        >
          <div className="field">
            <label htmlFor={`${id}-case-filter`}>Find a case reference</label>
            <input id={`${id}-case-filter`} className="input input-wide" type="search" value={caseFilter} onChange={(e) => setCaseFilter(e.target.value)} />
          </div>
          <p className="hint" aria-live="polite">
            {draft.caseIds.length === 1 ? '1 case linked' : `${draft.caseIds.length} cases linked`}
            {filterText && `; ${shownCases.length} shown`}
          </p>
        </CheckList>
      </div>
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
