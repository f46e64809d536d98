// Add or edit a recommendation: its text with the SMART check beside it, the owner agency, the
// due date, the criteria and findings it answers, and its status.
import { progressRatingLabels, recommendationStatusLabels } from '@model/labels';
import { progressRatings, recommendationStatuses, type ProgressRating, type RecommendationStatus } from '@model/statuses';
import { CheckList } from '../forms/CheckList';
import { FormActions } from '../forms/FormActions';
import { RequiredText } from '../forms/RequiredText';
import { useDraft } from '../forms/useDraft';
import { SmartChecklist } from './SmartChecklist';

export interface RecommendationDraft {
  text: string;
  ownerAgencyId: number | null;
  dueDate: string;
  status: RecommendationStatus;
  successMeasure: string;
  progressRating: ProgressRating | null;
  criterionKeys: string[];
  findingIds: number[];
}

export const emptyDraft: RecommendationDraft = { text: '', ownerAgencyId: null, dueDate: '', status: 'open', successMeasure: '', progressRating: null, criterionKeys: [], findingIds: [] };

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
  const { id, draft, set, textMissing, submit } = useDraft(initial, onSubmit);

  return (
    <form className="ap-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="ap-text-row">
        <RequiredText
          id={id}
          className="ap-text-field"
          missing={textMissing}
          whenMissing="Enter the text of the recommendation."
          hint="What will change, for which children, who does it, and how you will know."
          describedBy={`${id}-smart`}
          rows={5}
          value={draft.text}
          onChange={(text) => set({ text })}
        />
        <SmartChecklist id={id} input={{ text: draft.text, ownerAgencyId: draft.ownerAgencyId, dueDate: draft.dueDate || null, criterionKeys: draft.criterionKeys }} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-measure`}>Success measure</label>
        <p className="hint" id={`${id}-measure-hint`}>
          How you will know it worked: what will be different for children, and how it will be checked.
        </p>
        <textarea
          id={`${id}-measure`}
          className="input input-wide"
          rows={2}
          maxLength={2000}
          aria-describedby={`${id}-measure-hint`}
          value={draft.successMeasure}
          onChange={(e) => set({ successMeasure: e.target.value })}
        />
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
        <div className="field">
          <label htmlFor={`${id}-progress`}>Progress rating</label>
          <select
            id={`${id}-progress`}
            className="input"
            value={draft.progressRating ?? ''}
            onChange={(e) => set({ progressRating: (e.target.value || null) as ProgressRating | null })}
          >
            <option value="">Not yet rated</option>
            {progressRatings.map((p) => (
              <option key={p} value={p}>
                {progressRatingLabels[p]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="ap-links">
        <CheckList
          legend="Linked criteria"
          className="ap-check-list"
          items={criteria.map((c) => ({ value: c.key, label: c.title }))}
          chosen={draft.criterionKeys}
          onChange={(criterionKeys) => set({ criterionKeys })}
        />
        <CheckList
          legend="Linked findings"
          className="ap-check-list ap-finding-list"
          items={findings.map((f) => ({ value: f.id, label: f.label }))}
          chosen={draft.findingIds}
          onChange={(findingIds) => set({ findingIds })}
          empty={<p className="hint">No findings recorded yet.</p>}
        />
      </div>
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
