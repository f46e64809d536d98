// The event's safeguarding escalation log, for the facilitator: every "this child may be at risk
// now" raised from an audit or a case, who raised it, who was told and when, and the outcome,
// recorded here when it is known. The report counts them and never shows these details.
import { useState } from 'react';
import type { Escalation } from '@contract/types';
import { call } from '../api/client';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { ErrorBanner } from '../components/ErrorBanner';
import { ExpandableText } from '../components/ExpandableText';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { toShownError, type ShownError } from '../lib/errors';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import './safeguarding.css';

const when = (value: string) => value.replace('T', ' at ');

export function EscalationLogPage({ eventId }: { eventId: number }) {
  const [event] = useLoad(() => call('events.get', { id: eventId }), [eventId]);
  const [list, reload] = useLoad(() => call('escalations.list', { eventId }), [eventId]);
  const [message, setMessage] = useState('');
  const error = event.state === 'error' ? event.error : list.state === 'error' ? list.error : null;
  const rows = list.state === 'ready' ? list.value : [];
  const awaiting = rows.filter((e) => !e.outcome).length;
  return (
    <>
      {event.state === 'ready' && <ClassificationMarking marking={event.value.classification} />}
      <p className="breadcrumb">{event.state === 'ready' && <a href={href.event(eventId)}>{event.value.name}</a>}</p>
      <PageTitle text="Safeguarding escalations">Safeguarding escalations</PageTitle>
      <p className="lead">
        Children an auditor or the facilitator thought may be at risk now. Check each was passed on, and record the outcome when it is known. The report
        gives the numbers only.
      </p>
      <ErrorBanner error={error} />
      {list.state === 'loading' && <Loading what="Loading the escalation log" />}
      {list.state === 'ready' && (
        <p className={awaiting > 0 ? 'banner banner-warning' : 'note'}>
          {rows.length === 0
            ? 'No escalation has been raised in this event.'
            : `${rows.length} raised; ${awaiting === 0 ? 'every one has an outcome recorded' : `${awaiting} awaiting an outcome`}.`}
        </p>
      )}
      <StatusMessage>{message}</StatusMessage>
      {rows.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Escalation log">
          <table className="data-table escalation-table">
            <caption className="visually-hidden">Safeguarding escalations, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Raised from</th>
                <th scope="col">Raised by</th>
                <th scope="col">Who was told, and when</th>
                <th scope="col">What was seen</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} className={e.outcome ? undefined : 'escalation-open'}>
                  <th scope="row">
                    <a href={href.caseDetail(eventId, e.caseId)}>{e.reference}</a>
                  </th>
                  <td>{e.agencyName ? `${e.agencyName} audit` : 'The case'}</td>
                  <td>{e.raisedBy}</td>
                  <td>
                    {e.toldWho}
                    <span className="escalation-when">{when(e.toldAt)}</span>
                  </td>
                  <td>
                    <ExpandableText text={e.concern} what="of what was seen" empty="Not recorded" />
                  </td>
                  <td>
                    <Outcome
                      escalation={e}
                      onSaved={() => {
                        setMessage(`Outcome recorded for case ${e.reference}.`);
                        reload();
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Outcome({ escalation, onSaved }: { escalation: Escalation; onSaved: () => void }) {
  const [text, setText] = useState(escalation.outcome);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const id = `outcome-${escalation.id}`;
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('escalations.update', { id: escalation.id, outcome: text });
      onSaved();
    } catch (e) {
      setError(toShownError(e, 'The outcome was not saved'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="escalation-outcome">
      {escalation.outcome ? (
        <p className="escalation-when">
          Recorded by {escalation.outcomeBy}
        </p>
      ) : (
        <p className="escalation-awaiting">Awaiting outcome</p>
      )}
      <label htmlFor={id} className="visually-hidden">
        Outcome for case {escalation.reference}
      </label>
      <textarea id={id} className="input" rows={2} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" className="button button-small" disabled={busy || text.trim() === escalation.outcome} onClick={() => void save()}>
        Save outcome<span className="visually-hidden"> for case {escalation.reference}</span>
      </button>
      <ErrorBanner error={error} />
    </div>
  );
}
