// The action plan: the event's recommendations with owner agency, due date and status, overdue
// worked out from today's date, SMART prompts while writing, and open actions carried forward
// from an earlier event for re-audit.
import { useEffect, useId, useState } from 'react';
import { call } from '../api/client';
import type { Recommendation } from '@contract/types';
import type { ProgressRating, RecommendationStatus } from '@model/statuses';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { ErrorBanner } from '../components/ErrorBanner';
import { NotReady } from '../components/NotReady';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../lib/dates';
import { useLoad } from '../lib/useLoad';
import { useActions } from '../lib/useActions';
import { shorten } from '../lib/text';
import { refocus } from '../lib/refocus';
import { loadEventFramework, type EventFramework } from '../lib/eventFramework';
import { href } from '../router';
import { RecommendationForm, emptyDraft, type RecommendationDraft } from './RecommendationForm';
import './actions.css';
import { findingKindLabels, progressRatingLabel, progressRatingLabels, recommendationStatusLabels } from '@model/labels';
import { progressRatings, recommendationStatuses } from '@model/statuses';

async function loadPlan(eventId: number) {
  const [fw, recommendations, findings, events] = await Promise.all([
    loadEventFramework(eventId),
    call('recommendations.list', { eventId }),
    call('findings.list', { eventId }),
    call('events.list', {}),
  ]);
  return { fw, recommendations, findings, events };
}


function toInput(draft: RecommendationDraft) {
  return { ...draft, text: draft.text.trim(), dueDate: draft.dueDate || null, successMeasure: draft.successMeasure.trim() };
}

export function ActionPlanPage({ eventId }: { eventId: number }) {
  const [loaded] = useLoad(() => loadPlan(eventId), [eventId]);
  const [list, setList] = useState<Recommendation[]>([]);
  const [editing, setEditing] = useState<number | null>(null);
  const { busy, status, error, dismiss, act } = useActions();

  useEffect(() => {
    if (loaded.state === 'ready') setList(loaded.value.recommendations);
  }, [loaded]);

  if (loaded.state !== 'ready')
    return <NotReady title="Action plan" loading="Loading the action plan" loaded={loaded} back={{ href: href.event(eventId), label: 'Back to the event' }} />;
  const { fw, findings, events } = loaded.value;
  const findingOptions = findings.map((f) => ({ id: f.id, label: `${findingKindLabels[f.kind].singular}: ${shorten(f.text, 70)}` }));

  const add = (draft: RecommendationDraft) =>
    act('The recommendation was not added', async () => {
      const created = await call('recommendations.create', { eventId, ...toInput(draft) });
      setList((l) => [...l, created]);
      return 'Added the recommendation to the action plan.';
    });
  const save = (id: number, draft: RecommendationDraft) =>
    act('The recommendation was not saved', async () => {
      const updated = await call('recommendations.update', { id, ...toInput(draft) });
      setList((l) => l.map((r) => (r.id === id ? updated : r)));
      setEditing(null);
      refocus(`rec-${id}-edit`);
      return 'Saved the recommendation.';
    });
  const setRecStatus = (r: Recommendation, next: RecommendationStatus) =>
    void act('The status was not changed', async () => {
      const updated = await call('recommendations.update', { id: r.id, status: next });
      setList((l) => l.map((x) => (x.id === r.id ? updated : x)));
      return `Status changed to ${recommendationStatusLabels[next].toLowerCase()}.`;
    });
  const setRating = (r: Recommendation, next: ProgressRating | null) =>
    void act('The progress rating was not changed', async () => {
      const updated = await call('recommendations.update', { id: r.id, progressRating: next });
      setList((l) => l.map((x) => (x.id === r.id ? updated : x)));
      return `Progress rating changed to ${progressRatingLabel(next).toLowerCase()}.`;
    });
  const remove = (r: Recommendation) => {
    if (!window.confirm(`Delete this recommendation? “${shorten(r.text, 90)}” The deletion is kept in the audit trail.`)) return;
    void act('The recommendation was not deleted', async () => {
      await call('recommendations.delete', { id: r.id });
      setList((l) => l.filter((x) => x.id !== r.id));
      document.getElementById('ap-list-heading')?.focus();
      return 'Deleted the recommendation.';
    });
  };
  const carry = (fromEventId: number) =>
    act('No actions were carried forward', async () => {
      const { carried } = await call('recommendations.carryForward', { fromEventId, toEventId: eventId });
      setList(await call('recommendations.list', { eventId }));
      return carried === 1 ? '1 action carried forward.' : `${carried} actions carried forward.`;
    });

  const overdue = list.filter((r) => r.overdue).length;
  const counts = recommendationStatuses.map((s) => [recommendationStatusLabels[s], list.filter((r) => r.status === s).length] as const);

  return (
    <>
      <ClassificationMarking marking={fw.event.classification} />
      <p className="breadcrumb">
        <a href={href.event(eventId)}>Back to {fw.event.name}</a>
      </p>
      <PageTitle text={`Action plan – ${fw.event.name}`}>Action plan</PageTitle>
      <p className="lead">
        Recommendations agreed from the audit’s findings, each owned by an agency with a due date. Open actions can be carried into the next
        audit so their impact is checked.
      </p>
      <ErrorBanner error={error} onDismiss={dismiss} />
      <StatusMessage>{status}</StatusMessage>

      <dl className="counts" aria-label="Actions by status">
        {counts.map(([label, n]) => (
          <div key={label} className="count">
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
        <div className={`count${overdue ? ' count-bad' : ''}`}>
          <dt>Overdue</dt>
          <dd>{overdue}</dd>
        </div>
      </dl>

      <h2 id="ap-list-heading" tabIndex={-1}>
        Recommendations <span className="group-count">({list.length})</span>
      </h2>
      {list.length === 0 ? (
        <p className="note">No recommendations yet. Add the first one below.</p>
      ) : (
        <ol className="ap-list">
          {list.map((r, i) => (
            <li key={r.id} className="ap-item">
              {editing === r.id ? (
                <div className="ap-card ap-card-editing">
                  <h3 className="ap-edit-title">Edit recommendation {i + 1}</h3>
                  <RecommendationForm
                    initial={toDraft(r)}
                    agencies={fw.event.agencies}
                    criteria={fw.criteria}
                    findings={findingOptions}
                    submitLabel="Save changes"
                    busy={busy}
                    onSubmit={(draft) => save(r.id, draft)}
                    onCancel={() => {
                      setEditing(null);
                      refocus(`rec-${r.id}-edit`);
                    }}
                  />
                </div>
              ) : (
                <RecommendationCard
                  r={r}
                  n={i + 1}
                  fw={fw}
                  busy={busy}
                  onStatus={(s) => setRecStatus(r, s)}
                  onRating={(p) => setRating(r, p)}
                  onEdit={() => setEditing(r.id)}
                  onDelete={() => remove(r)}
                />
              )}
            </li>
          ))}
        </ol>
      )}

      <section className="panel" aria-labelledby="ap-add-heading">
        <h2 id="ap-add-heading">Add a recommendation</h2>
        <RecommendationForm
          initial={emptyDraft}
          agencies={fw.event.agencies}
          criteria={fw.criteria}
          findings={findingOptions}
          submitLabel="Add recommendation"
          busy={busy}
          onSubmit={add}
        />
      </section>

      <CarryForward events={events.filter((e) => e.id !== eventId)} busy={busy} onCarry={carry} />
    </>
  );
}

interface CardProps {
  r: Recommendation;
  n: number;
  fw: EventFramework;
  busy: boolean;
  onStatus: (s: RecommendationStatus) => void;
  onRating: (p: ProgressRating | null) => void;
  onEdit: () => void;
  onDelete: () => void;
}

function RecommendationCard({ r, n, fw, busy, onStatus, onRating, onEdit, onDelete }: CardProps) {
  const id = useId();
  const overdue = r.overdue;
  return (
    <article className={`ap-card${overdue ? ' ap-card-overdue' : ''}`} aria-label={`Recommendation ${n}: ${shorten(r.text, 40)}`}>
      <div className="ap-card-head">
        <span className="ap-number">{n}</span>
        <p className="ap-text">{r.text}</p>
        {overdue && <span className="ap-overdue">Overdue</span>}
      </div>
      {r.carriedFromEvent && <p className="ap-carried">Carried from {r.carriedFromEvent}</p>}
      <dl className="ap-facts">
        <dt>Owner</dt>
        <dd>{r.ownerName ?? <span className="text-empty">Not yet agreed</span>}</dd>
        <dt>Due</dt>
        <dd>{formatDate(r.dueDate, 'No date yet')}</dd>
        <dt>Success measure</dt>
        <dd>{r.successMeasure || <span className="text-empty">Not yet agreed</span>}</dd>
        <dt>Criteria</dt>
        <dd>{r.criterionKeys.length ? r.criterionKeys.map(fw.criterionTitle).join('; ') : <span className="text-empty">None linked</span>}</dd>
        {r.findingIds.length > 0 && (
          <>
            <dt>Findings</dt>
            <dd>{r.findingIds.length === 1 ? '1 linked finding' : `${r.findingIds.length} linked findings`}</dd>
          </>
        )}
      </dl>
      <div className="ap-card-actions">
        <div className="ap-status">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} className={`input input-small ap-status-${r.status}`} value={r.status} disabled={busy} onChange={(e) => onStatus(e.target.value as RecommendationStatus)}>
            {recommendationStatuses.map((s) => (
              <option key={s} value={s}>
                {recommendationStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="ap-status">
          <label htmlFor={`${id}-progress`}>Progress</label>
          <select
            id={`${id}-progress`}
            className="input input-small"
            value={r.progressRating ?? ''}
            disabled={busy}
            onChange={(e) => onRating((e.target.value || null) as ProgressRating | null)}
          >
            <option value="">Not yet rated</option>
            {progressRatings.map((p) => (
              <option key={p} value={p}>
                {progressRatingLabels[p]}
              </option>
            ))}
          </select>
        </div>
        <button id={`rec-${r.id}-edit`} type="button" className="button button-small" disabled={busy} aria-label={`Edit recommendation ${n}`} onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button button-small button-danger" disabled={busy} aria-label={`Delete recommendation ${n}`} onClick={onDelete}>
          Delete
        </button>
      </div>
    </article>
  );
}

function CarryForward({ events, busy, onCarry }: { events: { id: number; name: string }[]; busy: boolean; onCarry: (from: number) => Promise<boolean> }) {
  const id = useId();
  const [from, setFrom] = useState('');
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Carry forward open actions</h2>
      <p className="hint">Copies the actions from an earlier event that are not done, so this audit can check them. Running it again copies only new ones.</p>
      {events.length === 0 ? (
        <p className="note">There is no other event to carry actions from.</p>
      ) : (
        <div className="ap-carry-row">
          <div className="field">
            <label htmlFor={`${id}-from`}>Carry forward open actions from…</label>
            <select id={`${id}-from`} className="input" value={from} onChange={(e) => setFrom(e.target.value)}>
              <option value="">Choose an event</option>
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" disabled={busy || !from} onClick={() => void onCarry(Number(from))}>
            Carry forward
          </button>
        </div>
      )}
    </section>
  );
}

function toDraft(r: Recommendation): RecommendationDraft {
  return {
    text: r.text,
    ownerAgencyId: r.ownerAgencyId,
    dueDate: r.dueDate ?? '',
    status: r.status as RecommendationStatus,
    successMeasure: r.successMeasure,
    progressRating: r.progressRating,
    criterionKeys: r.criterionKeys,
    findingIds: r.findingIds,
  };
}

