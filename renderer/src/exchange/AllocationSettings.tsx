// The return deadline and the named auditor of each agency.
import { useState, type FormEvent } from 'react';
import { call } from '../api/client';
import type { AllocationView } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { StatusMessage } from '../components/StatusMessage';
import { toShownError, type ShownError } from '../lib/errors';
import { FormActions } from '../forms/FormActions';

export function AllocationSettings({ view, onSaved }: { view: AllocationView; onSaved: (view: AllocationView) => void }) {
  const [deadline, setDeadline] = useState(view.deadline ?? '');
  const [auditors, setAuditors] = useState(() => Object.fromEntries(view.agencies.map((a) => [a.id, a.auditor])));
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ShownError | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setStatus('');
    setError(null);
    try {
      const saved = await call('allocation.settings', {
        eventId: view.eventId,
        deadline: deadline || null,
        auditors: view.agencies.map((a) => ({ agencyId: a.id, auditor: auditors[a.id] ?? '' })),
      });
      onSaved(saved);
      setStatus('Saved');
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="allocation-settings-heading">
      <h2 id="allocation-settings-heading">Deadline and auditors</h2>
      <form onSubmit={save} className="stack">
        <div className="field">
          <label htmlFor="return-deadline">Return deadline</label>
          <input id="return-deadline" className="input input-small" type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
        </div>
        <table className="data-table">
          <caption className="visually-hidden">Named auditor per agency</caption>
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col">Named auditor (optional)</th>
              <th scope="col" className="num">
                Cases allocated
              </th>
            </tr>
          </thead>
          <tbody>
            {view.agencies.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.name}</th>
                <td>
                  <input
                    className="input input-medium"
                    aria-label={`Auditor for ${a.name}`}
                    maxLength={120}
                    value={auditors[a.id] ?? ''}
                    onChange={(e) => setAuditors({ ...auditors, [a.id]: e.target.value })}
                  />
                </td>
                <td className="num">{a.allocated}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <FormActions submitLabel="Save deadline and auditors" busyLabel="Saving…" busy={saving} />
        <ErrorBanner title="Not saved" error={error} onDismiss={() => setError(null)} />
        <StatusMessage>{status}</StatusMessage>
      </form>
    </section>
  );
}
