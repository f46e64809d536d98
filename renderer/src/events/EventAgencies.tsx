// Which agencies take part in the event. Each change is saved at once (events.update agencyIds)
// after a confirmation, because it can change the figures. An agency with audits cannot be
// removed: the core refuses, naming them, and the way out offered is to archive the agency for
// this event (its audits stay in the figures, labelled archived; it gets no new audits).
import { useEffect, useMemo, useState } from 'react';
import { call } from '../api/client';
import type { Agency, EventAgency, EventDetail } from '@contract/types';
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

/** The partnership's agencies plus the event's own (the demo's fictional ones are only the demo's). */
function offered(list: Agency[], event: EventDetail): Agency[] {
  const byId = new Map(list.map((a) => [a.id, a]));
  for (const a of event.agencies) byId.set(a.id, a);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function EventAgencies({ event, onSaved }: Props) {
  const [loaded] = useLoad(() => call('agencies.list', {}), []);
  const [list, setList] = useState<Agency[]>([]);
  const [selected, setSelected] = useState<Set<number>>(() => new Set(event.agencies.map((a) => a.id)));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const [refused, setRefused] = useState<EventAgency | null>(null);
  const agencies = useMemo(() => offered(list, event), [list, event]);
  const archived = new Map(event.agencies.filter((a) => a.archived).map((a) => [a.id, a]));

  useEffect(() => {
    if (loaded.state === 'ready') setList(loaded.value);
  }, [loaded]);

  function fail(e: unknown, agency: EventAgency | null) {
    const shown = toShownError(e);
    setError(shown);
    setRefused(shown.code === 'AGENCY_HAS_AUDITS' ? agency : null);
  }

  async function save(next: Set<number>, removing: EventAgency | null) {
    const before = selected;
    setSelected(next);
    setStatus('');
    setError(null);
    setRefused(null);
    try {
      // The event's fields go too: the core currently resets fields left out of an update to
      // their defaults (e.g. the audit date to none), so a partial update would lose them.
      const saved = await call('events.update', { id: event.id, ...fieldsOf(draftOf(event)), agencyIds: [...next] });
      const n = saved.agencies.length;
      setStatus(`Saved: ${n} ${n === 1 ? 'agency takes' : 'agencies take'} part.`);
      onSaved(saved);
    } catch (e) {
      setSelected(before);
      fail(e, removing);
    }
  }

  function remove(id: number) {
    const agency = event.agencies.find((a) => a.id === id);
    if (!agency) return void save(toggled(selected, id, false), null);
    const question = `Remove ${agency.name} from this event? The figures count the agencies taking part, so they will change.`;
    if (window.confirm(question)) void save(toggled(selected, id, false), agency);
  }

  async function setArchived(agency: EventAgency, on: boolean) {
    if (on && !window.confirm(`Archive ${agency.name} for this event? Its audits stay in every figure, labelled “archived for this event”, and it is allocated no new audits.`)) return;
    setStatus('');
    setError(null);
    setRefused(null);
    try {
      const saved = await call('events.archiveAgency', { eventId: event.id, agencyId: agency.id, archived: on });
      setStatus(on ? `${agency.name} is archived for this event; its audits stay in the figures.` : `${agency.name} is restored for this event.`);
      onSaved(saved);
    } catch (e) {
      fail(e, null);
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
          onToggle={(id, on) => (on ? void save(toggled(selected, id, true), null) : remove(id))}
          onAdded={(agency) => {
            setList((all) => [...all, agency]);
            void save(toggled(selected, agency.id, true), null);
          }}
          note={(agency) => {
            const own = archived.get(agency.id);
            return own ? (
              <>
                {' '}
                <span className="badge badge-muted">Archived for this event</span>{' '}
                <button type="button" className="button button-small" onClick={() => void setArchived(own, false)}>
                  Restore {agency.name}
                </button>
              </>
            ) : null;
          }}
        />
      )}
      <ErrorBanner title="The agencies were not changed" error={error} focus onDismiss={() => setError(null)}>
        {refused && (
          <p>
            <button type="button" className="button" onClick={() => void setArchived(refused, true)}>
              Archive {refused.name} for this event instead
            </button>
          </p>
        )}
      </ErrorBanner>
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
