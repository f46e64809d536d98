// Which agencies take part in the event. Each tick is saved at once (events.update agencyIds),
// and put back if the core refuses it.
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import type { Agency, EventDetail } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { StatusMessage } from '../components/StatusMessage';
import { toShownError, type ShownError } from '../lib/errors';
import { toggled } from '../lib/sets';
import { useLoad } from '../lib/useLoad';
import { AgencyPicker } from './AgencyPicker';
import { draftOf, fieldsOf } from './draft';

interface Props {
  event: EventDetail;
  onSaved: (event: EventDetail) => void;
}

export function EventAgencies({ event, onSaved }: Props) {
  const [loaded] = useLoad(() => call('agencies.list', {}), []);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [selected, setSelected] = useState<Set<number>>(() => new Set(event.agencies.map((a) => a.id)));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ShownError | null>(null);

  useEffect(() => {
    if (loaded.state === 'ready') setAgencies(loaded.value);
  }, [loaded]);

  async function save(next: Set<number>) {
    const before = selected;
    setSelected(next);
    setStatus('');
    setError(null);
    try {
      // The event's fields go too: the core currently resets fields left out of an update to
      // their defaults (e.g. the audit date to none), so a partial update would lose them.
      const saved = await call('events.update', { id: event.id, ...fieldsOf(draftOf(event)), agencyIds: [...next] });
      const n = saved.agencies.length;
      setStatus(`Saved: ${n} ${n === 1 ? 'agency takes' : 'agencies take'} part.`);
      onSaved(saved);
    } catch (e) {
      setSelected(before);
      setError(toShownError(e));
    }
  }

  return (
    <section aria-labelledby="agencies-heading">
      <h2 id="agencies-heading">Agencies</h2>
      {loaded.state === 'loading' && <Loading what="Loading agencies" />}
      {loaded.state === 'error' && <ErrorBanner error={loaded.error} />}
      {loaded.state === 'ready' && (
        <AgencyPicker
          agencies={agencies}
          selected={selected}
          onToggle={(id, on) => void save(toggled(selected, id, on))}
          onAdded={(agency) => {
            setAgencies((list) => [...list, agency].sort((a, b) => a.name.localeCompare(b.name)));
            void save(toggled(selected, agency.id, true));
          }}
        />
      )}
      <ErrorBanner title="The agencies were not changed" error={error} onDismiss={() => setError(null)} />
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
