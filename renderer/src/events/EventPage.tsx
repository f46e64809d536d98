// One event: its marking and facts, edit and archive, the participating agencies, and its cases.
// On an auditor's install (an event opened from an audit pack) only what an auditor does is
// offered: the progress board, their cases and audits, escalations, the trail and the return.
import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import type { EventDetail } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { EditEventForm } from './EditEventForm';
import { EventAgencies } from './EventAgencies';
import { EventCases } from './EventCases';
import { EventHeader } from './EventHeader';
import { EventTaskList } from './EventTaskList';
import { EventReviewLinks } from '../moderation/EventReviewLinks';
import { PackBanner } from '../exchange/PackBanner';
import { ExportReturnButton } from '../exchange/ExportReturnButton';
import { toShownError, type ShownError } from '../lib/errors';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';

export function EventPage({ eventId }: { eventId: number }) {
  const [loaded] = useLoad(() => call('events.get', { id: eventId }), [eventId]);
  const [local] = useLoad(() => call('packs.local', { eventId }), [eventId]);
  const auditorMode = local.state === 'ready' && local.value !== null;
  const [event, setEvent] = useState<EventDetail | null>(null);
  // The task list is worked out again whenever the event changes (agencies, details, archive).
  const [tasks] = useLoad(() => call('events.tasks', { eventId }), [eventId, event]);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (loaded.state === 'ready') setEvent(loaded.value);
  }, [loaded]);

  if (loaded.state === 'error')
    return (
      <>
        <PageTitle text="Event">Event</PageTitle>
        <ErrorBanner error={loaded.error} />
        <p>
          <a href={href.events()}>All events</a>
        </p>
      </>
    );
  if (!event)
    return (
      <>
        <PageTitle text="Event">Event</PageTitle>
        <Loading what="Loading the event" />
      </>
    );

  async function archive(archived: boolean) {
    if (!event) return;
    const question = archived
      ? `Archive “${event.name}”? It leaves the events list but nothing is deleted; you can restore it.`
      : `Restore “${event.name}” to the events list?`;
    if (!window.confirm(question)) return;
    setError(null);
    try {
      setEvent(await call('events.archive', { id: event.id, archived }));
      setStatus(archived ? 'The event was archived.' : 'The event was restored.');
    } catch (e) {
      setError(toShownError(e));
    }
  }

  const archived = !!event.archivedAt;
  return (
    <>
      <EventHeader event={event} />
      <PackBanner eventId={event.id}>
        <ExportReturnButton eventId={event.id} />
      </PackBanner>
      <EventReviewLinks eventId={event.id} auditorMode={auditorMode} />
      {!auditorMode && tasks.state === 'ready' && <EventTaskList tasks={tasks.value} />}
      {tasks.state === 'error' && <ErrorBanner title="The task list could not be worked out" error={tasks.error} />}
      <div className="actions">
        <a className="button button-primary" href={href.board(event.id)}>
          Progress board
        </a>
        {!auditorMode && (
          <>
            <a className="button" href={href.allocation(event.id)}>
              Allocation
            </a>
            <a className="button" href={href.outstanding(event.id)}>
              Outstanding
            </a>
            <a className="button" href={href.packs(event.id)}>
              Packs and workbooks
            </a>
            <a className="button" href={href.returns(event.id)}>
              Import returns
            </a>
            <a className="button" href={href.dashboard(event.id)}>
              Findings dashboard
            </a>
            <a className="button" href={href.present(event.id)}>
              Presentation
            </a>
            <a className="button" href={href.actions(event.id)}>
              Action plan
            </a>
            <a className="button" href={href.report(event.id)}>
              Report
            </a>
            <button ref={editButton} type="button" className="button" aria-expanded={editing} onClick={() => setEditing(true)}>
              Edit details
            </button>
          </>
        )}
        <button type="button" className={archived ? 'button' : 'button button-danger'} onClick={() => void archive(!archived)}>
          {archived ? 'Restore' : 'Archive'}
        </button>
      </div>
      <ErrorBanner title="The event was not changed" error={error} onDismiss={() => setError(null)} />
      <StatusMessage>{status}</StatusMessage>
      {editing && (
        <EditEventForm
          event={event}
          onCancel={() => {
            setEditing(false);
            editButton.current?.focus();
          }}
          onSaved={(saved) => {
            setEvent(saved);
            setEditing(false);
            setStatus('Saved.');
            editButton.current?.focus();
          }}
        />
      )}
      <EventCases eventId={event.id} archived={archived} auditorMode={auditorMode} />
      {!auditorMode && <EventAgencies event={event} onSaved={setEvent} />}
    </>
  );
}
