// The audit trail of an event, or of one case: every change as stored (who, when, what, from and
// to), filterable, newest first on request, and exported as CSV. Nothing here can be changed,
// except that a text may be redacted from the event's trail, with a reason.
import { useMemo, useState } from 'react';
import { call } from '../api/client';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { ErrorBanner } from '../components/ErrorBanner';
import { NotReady } from '../components/NotReady';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { saveExport } from '../report/saveFile';
import { toShownError, type ShownError } from '../lib/errors';
import { useLoad } from '../lib/useLoad';
import { loadEventFramework } from '../lib/eventFramework';
import { href } from '../router';
import { describeEntry, matches } from './describe';
import { ExpandableText } from '../components/ExpandableText';
import { TrailRedaction } from './TrailRedaction';
import './trail.css';

// Local date and time to the second: the order of changes made in the same minute matters here.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

function whenParts(iso: string): { day: string; time: string } {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? { day: iso, time: '' } : { day: dayFormat.format(date), time: timeFormat.format(date) };
}

async function loadTrail(eventId: number, caseId: number | undefined) {
  const [fw, entries, cases, audits] = await Promise.all([
    loadEventFramework(eventId),
    call('trail.list', caseId === undefined ? { eventId } : { eventId, caseId }),
    call('cases.list', { eventId }),
    call('audits.list', { eventId }),
  ]);
  return { fw, entries, cases, audits };
}

export function TrailPage({ eventId, caseId }: { eventId: number; caseId?: number }) {
  const [loaded, reload] = useLoad(() => loadTrail(eventId, caseId), [eventId, caseId]);
  const [filter, setFilter] = useState('');
  const [newestFirst, setNewestFirst] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ShownError | null>(null);

  const described = useMemo(() => {
    if (loaded.state !== 'ready') return [];
    const { fw, entries, cases, audits } = loaded.value;
    const references = new Map(cases.map((c) => [c.id, c.reference]));
    const agencies = new Map(audits.map((a) => [a.id, a.agencyName]));
    return entries.map((entry) => {
      const d = describeEntry(entry, {
        criterionTitle: fw.criterionTitle,
        caseReference: (id) => references.get(id) ?? `Case ${id}`,
        auditAgency: (id) => agencies.get(id),
      });
      const when = whenParts(entry.at);
      return { ...d, ...when, when: `${when.day} ${when.time}` };
    });
  }, [loaded]);

  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const rows = described.filter((d) => matches(d, words, d.when));
  if (newestFirst) rows.reverse();

  const caseReference = caseId === undefined ? '' : described.find((d) => d.entry.caseId === caseId)?.caseReference || (loaded.state === 'ready' ? loaded.value.cases.find((c) => c.id === caseId)?.reference : '') || '';
  const title = caseId === undefined ? 'Audit trail' : `Audit trail: case ${caseReference}`;

  async function exportCsv() {
    setError(null);
    setStatus('');
    try {
      const { outcome } = await saveExport('trail.exportCsv', caseId === undefined ? { eventId } : { eventId, caseId });
      if (outcome.kind !== 'cancelled') setStatus(`Exported ${outcome.kind === 'saved' ? outcome.path : outcome.fileName}.`);
    } catch (e) {
      setError(toShownError(e));
    }
  }

  if (loaded.state !== 'ready')
    return <NotReady title="Audit trail" loading="Loading the audit trail" loaded={loaded} back={{ href: href.event(eventId), label: 'Back to the event' }} />;
  const { fw } = loaded.value;
  const total = described.length;
  return (
    <>
      <ClassificationMarking marking={fw.event.classification} />
      <p className="breadcrumb">
        <a href={href.event(eventId)}>{fw.event.name}</a>
        {caseId !== undefined && (
          <>
            {' › '}
            <a href={href.caseDetail(eventId, caseId)}>Case {caseReference}</a>
          </>
        )}
      </p>
      <PageTitle text={caseId === undefined ? title : 'Audit trail of a case'}>{title}</PageTitle>
      <p className="lead">
        Every decision on audits, agreed grades and findings is kept here, with who made it and when: one entry for each time someone edits a field
        (typing is saved as it goes, but recorded once per field, at most every 5 minutes). Entries cannot be edited or deleted.
      </p>
      {caseId !== undefined && (
        <p>
          <a href={href.trail(eventId)}>Show the whole event’s trail</a>
        </p>
      )}
      <div className="trail-controls">
        <div className="field">
          <label htmlFor="trail-filter">Filter</label>
          <input
            id="trail-filter"
            className="input input-medium"
            type="search"
            value={filter}
            aria-describedby="trail-count"
            placeholder="Name, case, criterion or value"
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={newestFirst} onChange={(e) => setNewestFirst(e.target.checked)} />
          Newest first
        </label>
        <button type="button" className="button" onClick={() => void exportCsv()} disabled={total === 0}>
          Export CSV
        </button>
      </div>
      {caseId === undefined && total > 0 && (
        <TrailRedaction
          eventId={eventId}
          entries={loaded.value.entries}
          onRedacted={(n) => {
            setStatus(`Redacted ${n} ${n === 1 ? 'entry' : 'entries'}: the text is no longer in the trail.`);
            reload();
          }}
        />
      )}
      <ErrorBanner title="The trail was not exported" error={error} onDismiss={() => setError(null)} />
      <StatusMessage>{status}</StatusMessage>
      <p id="trail-count" className="trail-count" aria-live="polite">
        {rows.length === total ? `${total} ${total === 1 ? 'entry' : 'entries'}` : `Showing ${rows.length} of ${total} entries`}
      </p>
      {total === 0 ? (
        <div className="empty-state">
          <h2>No changes yet</h2>
          <p>Changes to audits, agreed grades and findings appear here as they are made.</p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="data-table trail-table">
            <caption className="visually-hidden">{title}, {newestFirst ? 'newest first' : 'oldest first'}</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Case</th>
                <th scope="col">What</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.entry.id}>
                  <td className="trail-when">
                    <time dateTime={d.entry.at}>
                      <span className="trail-day">{d.day}</span> <span className="trail-time">{d.time}</span>
                    </time>
                  </td>
                  <td>{d.entry.actor}</td>
                  <td>{d.caseReference ? <a href={href.caseDetail(eventId, d.entry.caseId!)}>{d.caseReference}</a> : <span className="text-empty">Event</span>}</td>
                  <td className="trail-what">
                    {d.what}: {d.detail}
                    {d.criterion && <span className="trail-field">{d.criterion}</span>}
                  </td>
                  <td className="trail-old">
                    <ExpandableText text={d.from} limit={80} what="of the old value" empty="–" />
                  </td>
                  <td>
                    <ExpandableText text={d.to} limit={80} what="of the new value" empty="–" />
                  </td>
                  <td>
                    <ExpandableText text={d.note} limit={80} what="of the note" />
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
