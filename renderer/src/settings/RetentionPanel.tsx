// Settings → "Retention and deletion": every event's retention date, purging identifiers from an
// event past it (choosing which free text to keep), and deleting an event after typing its name.
import { useState } from 'react';
import type { FreeTextKindName, RetentionRow } from '@contract/types';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { StatusMessage } from '../components/StatusMessage';
import { useActions } from '../lib/useActions';
import { useLoad } from '../lib/useLoad';
import { CheckList } from '../forms/CheckList';

const basisWords: Record<RetentionRow['basis'], string> = { set: 'date set for this event', 'sign-off': 'after the last sign-off', 'audit date': 'after the audit date', created: 'after it was created' };
export const day = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

type Pending = { kind: 'purge'; row: RetentionRow; keep: FreeTextKindName[] } | { kind: 'delete'; row: RetentionRow; typed: string };

export function RetentionPanel() {
  const [view, reload] = useLoad(() => call('retention.list', {}), []);
  const [pending, setPending] = useState<Pending | null>(null);
  const { busy, status: message, error, act } = useActions();

  async function run(work: () => Promise<string>) {
    if (await act('Could not finish', work)) {
      setPending(null);
      reload();
    }
  }

  return (
    <section aria-labelledby="retention-heading" className="panel">
      <h2 id="retention-heading">Retention and deletion</h2>
      {view.state === 'loading' && <Loading />}
      {view.state === 'error' && <ErrorBanner error={view.error} />}
      {view.state === 'ready' && (
        <div className="stack">
          <div className="field">
            <label htmlFor="retention-months">Keep identifiers for (months after sign-off, else after the audit date)</label>
            <input
              id="retention-months"
              className="input input-short"
              type="number"
              min={1}
              max={240}
              defaultValue={view.value.months}
              onBlur={(e) => {
                const months = Number(e.target.value);
                if (months !== view.value.months) void run(async () => `Identifiers are kept for ${(await call('retention.setMonths', { months })).months} months`);
              }}
            />
          </div>
          {view.value.events.some((e) => e.due) && (
            <div className="banner banner-warning" role="status">
              <p className="banner-title">{view.value.events.filter((e) => e.due).length} event(s) past their retention date</p>
              <p>Purge their identifiers below: grades, findings, the narrative and the action plan stay for comparison.</p>
            </div>
          )}
          <table className="data-table">
            <caption>Events and their retention dates</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Keep until</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.value.events.map((row) => (
                <tr key={row.eventId}>
                  <td>{row.name}</td>
                  <td>
                    {day(row.retentionDate)} <span className="hint">({basisWords[row.basis]})</span>
                  </td>
                  <td>{row.purgedAt ? `Identifiers purged ${day(row.purgedAt)}` : row.due ? 'Past its date' : 'Kept'}</td>
                  <td>
                    <div className="actions">
                    {!row.purgedAt && (
                      <button type="button" className="button" disabled={busy} onClick={() => setPending({ kind: 'purge', row, keep: [] })}>
                        Purge identifiers…
                      </button>
                    )}
                    <button type="button" className="button button-danger" disabled={busy} onClick={() => setPending({ kind: 'delete', row, typed: '' })}>
                      Delete event…
                    </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {pending?.kind === 'purge' && (
            <div className="banner banner-warning" role="alertdialog" aria-labelledby="purge-title">
              <p className="banner-title" id="purge-title">
                Purge the identifiers of {pending.row.name}?
              </p>
              <p>Case references become Case 1, Case 2, …; dates of birth and documents are removed; so is the free text you do not keep. This cannot be undone.</p>
              <CheckList
                legend="Free text to keep"
                className="free-text-kinds"
                items={view.value.freeTextKinds.map((kind) => ({ value: kind, label: kind }))}
                chosen={pending.keep}
                onChange={(keep) => setPending({ ...pending, keep })}
              />
              <div className="actions">
                <button
                  type="button"
                  className="button button-danger"
                  disabled={busy}
                  onClick={() => run(async () => {
                    const purged = await call('retention.purge', { eventId: pending.row.eventId, keep: pending.keep });
                    return `Purged ${pending.row.name}: ${purged.cases} case references, ${purged.datesOfBirth} dates of birth, ${purged.documents} documents`;
                  })}
                >
                  Purge identifiers
                </button>
                <button type="button" className="button" onClick={() => setPending(null)}>
                  Cancel
                </button>
              </div>
            </div>
          )}
          {pending?.kind === 'delete' && (
            <div className="banner banner-warning" role="alertdialog" aria-labelledby="delete-title">
              <p className="banner-title" id="delete-title">
                Delete {pending.row.name} and everything in it?
              </p>
              <p>Its cases, audits, grades, findings, documents, narrative and recommendations are deleted for good. The audit trail keeps only that you deleted it.</p>
              <div className="field">
                <label htmlFor="confirm-name">Type the event's name to confirm</label>
                <input id="confirm-name" className="input" type="text" value={pending.typed} onChange={(e) => setPending({ ...pending, typed: e.target.value })} />
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="button button-danger"
                  disabled={busy || pending.typed.trim() !== pending.row.name.trim()}
                  onClick={() => run(async () => {
                    await call('events.delete', { id: pending.row.eventId, confirmName: pending.typed });
                    return `Deleted ${pending.row.name}`;
                  })}
                >
                  Delete this event
                </button>
                <button type="button" className="button" onClick={() => setPending(null)}>
                  Cancel
                </button>
              </div>
            </div>
          )}
          <ErrorBanner error={error} />
          <StatusMessage>{message}</StatusMessage>
        </div>
      )}
    </section>
  );
}
