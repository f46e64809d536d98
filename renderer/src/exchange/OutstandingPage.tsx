// What each agency still owes, overdue first, with a chaser to copy into an email.
import { useState } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../lib/dates';
import { useLoad } from '../lib/useLoad';
import { copyText } from '../lib/clipboard';
import { href } from '../router';
import { EventSubpage } from './EventSubpage';
import './exchange.css';

export function OutstandingPage({ eventId }: { eventId: number }) {
  const [loaded] = useLoad(() => call('allocation.outstanding', { eventId }), [eventId]);
  const [copied, setCopied] = useState('');

  async function copy(name: string, text: string) {
    setCopied(await copyText(text, `The chaser for ${name} was copied.`));
  }

  return (
    <EventSubpage eventId={eventId} title="Outstanding by agency">
      <p className="actions">
        <a className="button" href={href.allocation(eventId)}>
          Allocation
        </a>
      </p>
      {loaded.state === 'loading' && <Loading what="Loading what is outstanding" />}
      {loaded.state === 'error' && <ErrorBanner error={loaded.error} />}
      {loaded.state === 'ready' && (
        <>
          <p className="lead">{loaded.value.deadline ? `Returns are due by ${formatDate(loaded.value.deadline)}.` : 'No return deadline is set (set one on the allocation page).'}</p>
          <StatusMessage>{copied}</StatusMessage>
          <table className="data-table">
            <caption className="visually-hidden">Audits outstanding by agency</caption>
            <thead>
              <tr>
                <th scope="col">Agency</th>
                <th scope="col" className="num">
                  Allocated
                </th>
                <th scope="col" className="num">
                  Submitted
                </th>
                <th scope="col" className="num">
                  In progress
                </th>
                <th scope="col" className="num">
                  Outstanding
                </th>
              </tr>
            </thead>
            <tbody>
              {loaded.value.agencies.map((a) => (
                <tr key={a.agencyId}>
                  <th scope="row">
                    {a.name}
                    {a.overdue && <span className="badge badge-overdue">Overdue</span>}
                    {a.auditor && <span className="pb-case-meta">{a.auditor}</span>}
                  </th>
                  <td className="num">{a.allocated}</td>
                  <td className="num">{a.submitted}</td>
                  <td className="num">{a.inProgress}</td>
                  <td className="num">{a.outstanding}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {loaded.value.agencies
            .filter((a) => a.outstanding > 0)
            .map((a) => (
              <section key={a.agencyId} className="panel" aria-labelledby={`chaser-${a.agencyId}`}>
                <h2 id={`chaser-${a.agencyId}`}>
                  Chaser for {a.name}
                  {a.overdue && <span className="badge badge-overdue">Overdue</span>}
                </h2>
                <p className="hint">Counts and {a.name}’s own case references only.</p>
                <textarea className="input chaser-text" readOnly rows={Math.min(16, a.chaser.split('\n').length + 1)} value={a.chaser} aria-label={`Chaser text for ${a.name}`} />
                <div className="actions">
                  <button type="button" className="button" onClick={() => void copy(a.name, a.chaser)}>
                    Copy chaser<span className="visually-hidden"> for {a.name}</span>
                  </button>
                </div>
              </section>
            ))}
        </>
      )}
    </EventSubpage>
  );
}
