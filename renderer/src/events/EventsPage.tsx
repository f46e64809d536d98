// Events: the audit rounds and scrutiny events, newest first, with archived ones on request.
import { useState } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { StatusBadge } from './StatusBadge';
import { DemoOffer } from '../report/DemoOffer';
import { demoEventName } from '@model/demo';
import { formatDate } from '../lib/dates';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';

export function EventsPage() {
  const [showArchived, setShowArchived] = useState(false);
  const [events] = useLoad(() => loadEvents(showArchived), [showArchived]);
  return (
    <>
      <PageTitle text="Events">Events</PageTitle>
      <p className="lead">An event is one audit round and the scrutiny event that follows it, using one version of a framework.</p>
      <div className="actions">
        <a className="button button-primary" href={href.eventNew()}>
          New event
        </a>
        <a className="button" href={href.openPack()}>
          Open audit pack
        </a>
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          Show archived
        </label>
      </div>
      {events.state === 'loading' && <Loading what="Loading events" />}
      {events.state === 'error' && <ErrorBanner error={events.error} />}
      {events.state === 'ready' &&
        (events.value.length === 0 ? (
          <>
            <div className="empty-state">
              <h2>{showArchived ? 'No events' : 'No events yet'}</h2>
              <p>Create an event for your audit round: choose the framework, the audit date and the agencies taking part, then import the sampled cases.</p>
              <p>
                <a className="button button-primary" href={href.eventNew()}>
                  New event
                </a>
              </p>
              <p>Auditing for an agency? Open the audit pack the facilitator sent you.</p>
              <p>
                <a className="button" href={href.openPack()}>
                  Open audit pack
                </a>
              </p>
            </div>
            <DemoOffer />
          </>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Events</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Audit date</th>
                <th scope="col">Framework</th>
                <th scope="col" className="num">
                  Cases
                </th>
                <th scope="col" className="num">
                  Agencies
                </th>
              </tr>
            </thead>
            <tbody>
              {events.value.map((event) => (
                <tr key={event.id}>
                  <th scope="row">
                    <a href={href.event(event.id)}>{event.name}</a>
                    {event.archivedAt && <span className="badge badge-muted">Archived</span>}
                  </th>
                  <td>
                    <StatusBadge status={event.status} />
                  </td>
                  <td>{formatDate(event.auditDate)}</td>
                  <td>
                    <a href={href.framework(event.frameworkKey)}>{event.frameworkName}</a>, version {event.frameworkVersion}
                  </td>
                  <td className="num">{event.caseCount.toLocaleString('en-GB')}</td>
                  <td className="num">{event.agencyCount ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {events.state === 'ready' && events.value.length > 0 && <DemoOffer compact existingId={events.value.find((e) => e.name === demoEventName)?.id ?? null} />}
    </>
  );
}

/**
 * The list call gives no agency count, so each event's detail is asked for too. A partnership
 * has tens of events, not thousands, and the calls are local; a failed one just shows "–".
 */
async function loadEvents(includeArchived: boolean) {
  const list = await call('events.list', { includeArchived });
  const counts = await Promise.all(
    list.map((e) => call('events.get', { id: e.id }).then((d) => d.agencies.length, () => null)),
  );
  return list.map((event, i) => ({ ...event, agencyCount: counts[i] }));
}
