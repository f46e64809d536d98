// Events: the audit rounds and scrutiny events. This release only lists them; creating them comes later.
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { formatDateTime } from '../lib/dates';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';

export function EventsPage() {
  const [events] = useLoad(() => call('events.list', {}), []);
  return (
    <>
      <PageTitle text="Events">Events</PageTitle>
      <p className="lead">An event is one audit round and the scrutiny event that follows it, using one version of a framework.</p>
      {events.state === 'loading' && <Loading what="Loading events" />}
      {events.state === 'error' && <ErrorBanner error={events.error} />}
      {events.state === 'ready' &&
        (events.value.length === 0 ? (
          <div className="empty-state">
            <h2>No events yet</h2>
            <p>Events are created in a later release of Scrutineer. For now you can prepare the framework your audit will use.</p>
            <p>
              <a href={href.frameworks()}>Go to frameworks</a>
            </p>
          </div>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Events</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Framework</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {events.value.map((event) => (
                <tr key={event.id}>
                  <th scope="row">{event.name}</th>
                  <td>
                    <a href={href.framework(event.frameworkKey)}>{event.frameworkName}</a>, version {event.frameworkVersion}
                  </td>
                  <td>{formatDateTime(event.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </>
  );
}
