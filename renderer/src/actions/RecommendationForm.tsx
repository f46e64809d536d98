// Add or edit a recommendation: its text with the SMART check beside it, the owner agency, the
// due date, the criteria and findings it answers, and its status.
import { useId, useState, type FormEvent } from 'react';
import type { RecommendationStatus } from '@model/statuses';
import { SmartChecklist } from './SmartChecklist';
import { recommendationStatusLabels } from '@model/labels';
import { recommendationStatuses } from '@model/statuses';

export interface RecommendationDraft {
  text: string;
  ownerAgencyId: number | null;
  dueDate: string;
  status: RecommendationStatus;
  criterionKeys: string[];
  findingIds: number[];
}

export const emptyDraft: RecommendationDraft = { text: '', ownerAgencyId: null, dueDate: '', status: 'open', criterionKeys: [], findingIds: [] };

interface Props {
  initial: RecommendationDraft;
  agencies: { id: number; name: string }[];
  criteria: { key: string; title: string }[];
  findings: { id: number; label: string }[];
  submitLabel: string;
  busy: boolean;
  onSubmit: (draft: RecommendationDraft) => Promise<boolean>;
  onCancel?: () => void;
}

export function RecommendationForm({ initial, agencies, criteria, findings, submitLabel, busy, onSubmit, onCancel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<RecommendationDraft>(initial);
  const [textMissing, setTextMissing] = useState(false);
  const set = (patch: Partial<RecommendationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.text.trim()) {
      setTextMissing(true);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setTextMissing(false);
    if (await onSubmit(draft)) setDraft(initial);
  }

  return (
    <form className="ap-form" onSubmit={submit} noValidate>
      <div className="ap-text-row">
        <div className={`field ap-text-field${textMissing ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-text`}>Text</label>
          <p className="hint" id={`${id}-text-hint`}>
            What will change, for which children, who does it, and how you will know.
          </p>
          {textMissing && (
            <p className="field-error" id={`${id}-text-error`}>
              Enter the text of the recommendation.
            </p>
          )}
          <textarea
            id={`${id}-text`}
            className="input input-wide"
            rows={5}
            maxLength={4000}
            aria-invalid={textMissing || undefined}
            aria-describedby={`${id}-text-hint${textMissing ? ` ${id}-text-error` : ''} ${id}-smart`}
            value={draft.text}
            onChange={(e) => set({ text: e.target.value })}
          />
        </div>
        <SmartChecklist id={id} input={{ text: draft.text, ownerAgencyId: draft.ownerAgencyId, dueDate: draft.dueDate || null, criterionKeys: draft.criterionKeys }} />
      </div>
      <div className="ap-fields-row">
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner agency</label>
          <select id={`${id}-owner`} className="input" value={draft.ownerAgencyId ?? ''} onChange={(e) => set({ ownerAgencyId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">Not yet agreed</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due date</label>
          <input id={`${id}-due`} className="input" type="date" value={draft.dueDate} onChange={(e) => set({ dueDate: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} className="input" value={draft.status} onChange={(e) => set({ status: e.target.value as RecommendationStatus })}>
            {recommendationStatuses.map((s) => (
              <option key={s} value={s}>
                {recommendationStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="ap-links">
        <fieldset>
          <legend>Linked criteria</legend>
          <ul className="checkbox-list ap-check-list">
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
          <legend>Linked findings</legend>
          {findings.length === 0 ? (
            <p className="hint">No findings recorded yet.</p>
          ) : (
            <ul className="checkbox-list ap-check-list ap-finding-list">
              {findings.map((f) => (
                <li key={f.id}>
                  <label className="checkbox">
                    <input type="checkbox" checked={draft.findingIds.includes(f.id)} onChange={(e) => set({ findingIds: toggle(draft.findingIds, f.id, e.target.checked) })} />
                    {f.label}
                  </label>
                </li>
              ))}
            </ul>
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
