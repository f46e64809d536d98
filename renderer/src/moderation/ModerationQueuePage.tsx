// The event's moderation queue: every audited case, most differing criteria first, with how many
// of each kind, how many could be agreed at once (unanimous), how far agreement has got and
// whether it is signed off. Each row opens that case's moderation grid.
import type { ModerationQueueRow } from '@contract/types';
import { differenceKinds, differenceLabels } from '@model/differences';
import { call } from '../api/client';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import './moderation.css';
import './moderation-grid.css';

export function ModerationQueuePage({ eventId }: { eventId: number }) {
  const [event] = useLoad(() => call('events.get', { id: eventId }), [eventId]);
  const [queue] = useLoad(() => call('moderation.queue', { eventId }), [eventId]);
  const error = event.state === 'error' ? event.error : queue.state === 'error' ? queue.error : null;
  return (
    <>
      {event.state === 'ready' && <ClassificationMarking marking={event.value.classification} />}
      <p className="breadcrumb">{event.state === 'ready' && <a href={href.event(eventId)}>{event.value.name}</a>}</p>
      <PageTitle text="Moderation queue">Moderation queue</PageTitle>
      <p className="lead">Every audited case, the most differences first. A difference is any criterion whose grades are not all the same; the columns count each kind.</p>
      <ErrorBanner error={error} />
      {queue.state === 'loading' && <Loading what="Loading the moderation queue" />}
      {queue.state === 'ready' && <QueueTable eventId={eventId} rows={queue.value} />}
    </>
  );
}

function QueueTable({ eventId, rows }: { eventId: number; rows: ModerationQueueRow[] }) {
  if (rows.length === 0) return <p className="note">No case has an audit yet: there is nothing to moderate.</p>;
  const waiting = rows.filter((r) => !r.locked).length;
  return (
    <>
      <p>
        {waiting === 0 ? 'Every case is signed off.' : `${waiting} of ${rows.length} ${rows.length === 1 ? 'case' : 'cases'} still to sign off.`}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Cases to moderate">
        <table className="data-table queue-table">
          <caption className="visually-hidden">Cases to moderate, most differences first</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col" className="num">Audits</th>
              <th scope="col" className="num">Differences</th>
              {differenceKinds.map((k) => (
                <th scope="col" key={k} className="num">
                  {differenceLabels[k]}
                </th>
              ))}
              <th scope="col" className="num">Unanimous, to agree</th>
              <th scope="col" className="num">Agreed</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.caseId} className={r.differences > 0 ? 'row-differs' : undefined}>
                <th scope="row">
                  <a href={href.moderation(eventId, r.caseId)} aria-label={`Moderate case ${r.reference}`}>
                    {r.reference}
                  </a>
                </th>
                <td className="num">{r.audits}</td>
                <td className="num queue-differences">{r.differences}</td>
                {differenceKinds.map((k) => (
                  <td key={k} className="num">
                    {r.byKind[k]}
                  </td>
                ))}
                <td className="num">{r.unanimousToAgree}</td>
                <td className="num">
                  {r.agreed} of {r.criteria}
                  {r.overallAgreed ? ', overall agreed' : ''}
                </td>
                <td>{r.locked ? 'Signed off' : r.agreed > 0 || r.overallAgreed ? 'In moderation' : 'Not started'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
