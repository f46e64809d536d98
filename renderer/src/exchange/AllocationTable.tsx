// Cases down, agencies across: a tick where the agency audits the case. Each change is saved at
// once; a column's buttons allocate every case, none, or go back to the defaults.
import { useState } from 'react';
import { call } from '../api/client';
import type { AllocationView } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { StatusMessage } from '../components/StatusMessage';
import { toShownError, type ShownError } from '../lib/errors';

type Change = { caseId: number; agencyId: number; allocated: boolean };

export function AllocationTable({ view, onChanged }: { view: AllocationView; onChanged: (view: AllocationView) => void }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ShownError | null>(null);

  async function send(input: { changes: Change[]; reset?: boolean; resetAgencyIds?: number[] }, done: string) {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      onChanged(await call('allocation.change', { eventId: view.eventId, ...input }));
      setStatus(done);
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setBusy(false);
    }
  }

  const everyCase = (agencyId: number, allocated: boolean) => view.cases.map((c) => ({ caseId: c.caseId, agencyId, allocated }));
  if (view.cases.length === 0) return <p className="empty-state">No cases yet: import the sample first.</p>;
  return (
    <section aria-labelledby="allocation-table-heading">
      <h2 id="allocation-table-heading">Cases and agencies</h2>
      <p className="hint">
        By default an agency audits the cases that list it among the agencies involved; a case that lists none goes to every agency. A tick marked “changed” differs from
        that default.
      </p>
      <ErrorBanner title="The allocation was not changed" error={error} onDismiss={() => setError(null)} />
      <StatusMessage>{status}</StatusMessage>
      <div className="pb-scroller">
        <table className="data-table pb-table allocation-table">
          <caption className="visually-hidden">Allocation of cases to agencies</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              {view.agencies.map((a) => (
                <th key={a.id} scope="col">
                  <span className="allocation-agency">{a.name}</span>
                  <span className="pb-case-meta">{a.allocated} allocated</span>
                  <span className="actions-small">
                    <button type="button" className="button button-small" disabled={busy} onClick={() => void send({ changes: everyCase(a.id, true) }, `${a.name}: every case allocated.`)}>
                      All<span className="visually-hidden"> cases to {a.name}</span>
                    </button>
                    <button type="button" className="button button-small" disabled={busy} onClick={() => void send({ changes: everyCase(a.id, false) }, `${a.name}: no cases allocated.`)}>
                      None<span className="visually-hidden"> for {a.name}</span>
                    </button>
                    <button type="button" className="button button-small" disabled={busy} onClick={() => void send({ changes: [], reset: true, resetAgencyIds: [a.id] }, `${a.name}: back to the defaults.`)}>
                      Defaults<span className="visually-hidden"> for {a.name}</span>
                    </button>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.cases.map((c) => (
              <tr key={c.caseId}>
                <th scope="row">
                  {c.reference}
                  <span className="pb-case-meta">{c.agenciesInvolved.length ? c.agenciesInvolved.join(', ') : 'No agencies recorded'}</span>
                </th>
                {view.agencies.map((a) => {
                  const allocated = c.allocated.includes(a.id);
                  const changed = allocated !== c.byDefault.includes(a.id);
                  return (
                    <td key={a.id}>
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={allocated}
                          disabled={busy}
                          aria-label={`${a.name} audits ${c.reference}`}
                          onChange={(e) => void send({ changes: [{ caseId: c.caseId, agencyId: a.id, allocated: e.target.checked }] }, `${c.reference}: ${a.name} ${e.target.checked ? 'allocated' : 'removed'}.`)}
                        />
                        {changed && <span className="badge badge-muted">changed</span>}
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
