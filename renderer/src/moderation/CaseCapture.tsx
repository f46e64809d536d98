// What moderation of a case teaches, captured while the panel sits: learning notes (findings
// linked to this case, so they reach the findings page and the report) and feedback actions for
// a single agency (actions in the event's action plan, owned by that agency and tied to the case).
import { useState, type FormEvent } from 'react';
import type { Finding, ModerationView, Recommendation } from '@contract/types';
import { findingKindLabels } from '@model/labels';
import { findingKinds, type FindingKind } from '@model/statuses';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../lib/dates';
import { toShownError, type ShownError } from '../lib/errors';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';

interface Props {
  view: ModerationView;
  eventId: number;
  /** The agencies taking part in the event, for the feedback action's owner. */
  agencies: { id: number; name: string }[];
}

export function CaseCapture({ view, eventId, agencies }: Props) {
  const [findings, reloadFindings] = useLoad(() => call('findings.list', { eventId }), [eventId]);
  const [actions, reloadActions] = useLoad(() => call('recommendations.list', { eventId }), [eventId]);
  const notes = findings.state === 'ready' ? findings.value.filter((f) => f.caseIds.includes(view.caseId)) : [];
  const feedback = actions.state === 'ready' ? actions.value.filter((r) => r.caseId === view.caseId) : [];
  const audited = new Set(view.overall.grades.map((g) => g.agencyName));
  const owners = [...agencies].sort((a, b) => Number(audited.has(b.name)) - Number(audited.has(a.name)) || a.name.localeCompare(b.name));
  return (
    <section className="case-capture" aria-labelledby="capture-heading">
      <h2 id="capture-heading">Learning and feedback from this case</h2>
      <div className="capture-columns">
        <LearningNotes notes={notes} eventId={eventId} caseId={view.caseId} onAdded={reloadFindings} />
        <FeedbackActions actions={feedback} eventId={eventId} caseId={view.caseId} owners={owners} onAdded={reloadActions} />
      </div>
    </section>
  );
}

function LearningNotes({ notes, eventId, caseId, onAdded }: { notes: Finding[]; eventId: number; caseId: number; onAdded: () => void }) {
  const [kind, setKind] = useState<FindingKind>('area-for-development');
  const [text, setText] = useState('');
  const { busy, error, message, run } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(text, 'Write the learning note first.', async () => {
      await call('findings.create', { eventId, kind, text: text.trim(), caseIds: [caseId] });
      setText('');
      onAdded();
      return 'Learning note added.';
    });
  };
  return (
    <div>
      <h3>Case learning notes</h3>
      {notes.length === 0 ? (
        <p className="hint">None yet. Notes become findings on the findings page, linked to this case.</p>
      ) : (
        <ul className="capture-list">
          {notes.map((f) => (
            <li key={f.id}>
              <span className="capture-tag">{findingKindLabels[f.kind].singular}</span> {f.text}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="note-kind">Kind of learning</label>
          <select id="note-kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as FindingKind)}>
            {findingKinds.map((k) => (
              <option key={k} value={k}>
                {findingKindLabels[k].singular}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="note-text">Learning note</label>
          <textarea id="note-text" className="input input-wide" rows={2} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <ErrorBanner error={error} />
        <StatusMessage>{message}</StatusMessage>
        <button type="submit" className="button" disabled={busy}>
          Add learning note
        </button>
      </form>
    </div>
  );
}

function FeedbackActions(props: { actions: Recommendation[]; eventId: number; caseId: number; owners: { id: number; name: string }[]; onAdded: () => void }) {
  const { actions, eventId, caseId, owners, onAdded } = props;
  const [owner, setOwner] = useState<number | ''>(owners[0]?.id ?? '');
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const { busy, error, message, run } = useSend();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(text, 'Write the feedback action first.', async () => {
      if (owner === '') throw new Error('Choose the agency the feedback is for.');
      await call('recommendations.create', { eventId, text: text.trim(), ownerAgencyId: owner, caseId, dueDate: due || null });
      setText('');
      setDue('');
      onAdded();
      return 'Feedback action added to the action plan.';
    });
  };
  return (
    <div>
      <h3>Feedback actions for one agency</h3>
      {actions.length === 0 ? (
        <p className="hint">
          None yet. Each goes into the <a href={href.actions(eventId)}>action plan</a>, owned by its agency.
        </p>
      ) : (
        <ul className="capture-list">
          {actions.map((r) => (
            <li key={r.id}>
              <span className="capture-tag">{r.ownerName ?? 'No owner'}</span> {r.text}
              {r.dueDate && <span className="hint"> (due {formatDate(r.dueDate)})</span>}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="feedback-owner">Agency</label>
          <select id="feedback-owner" className="input" value={owner} onChange={(e) => setOwner(e.target.value ? Number(e.target.value) : '')}>
            {owners.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="feedback-text">Feedback action</label>
          <textarea id="feedback-text" className="input input-wide" rows={2} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="feedback-due">Due by (optional)</label>
          <input id="feedback-due" className="input" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
        <ErrorBanner error={error} />
        <StatusMessage>{message}</StatusMessage>
        <button type="submit" className="button" disabled={busy}>
          Add feedback action
        </button>
      </form>
    </div>
  );
}

/** One add-something form's state: busy, the error, the confirmation. */
function useSend() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [message, setMessage] = useState('');
  const run = async (text: string, whenEmpty: string, send: () => Promise<string>) => {
    setMessage('');
    if (!text.trim()) {
      setError({ message: whenEmpty, code: 'INVALID_INPUT', problems: [] });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setMessage(await send());
    } catch (e) {
      setError(toShownError(e, 'Not added'));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, message, run };
}
