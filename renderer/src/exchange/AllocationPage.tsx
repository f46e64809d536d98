// Allocation: the deadline, named auditors, and which agency audits which case.
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import type { AllocationView } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import { AllocationSettings } from './AllocationSettings';
import { AllocationTable } from './AllocationTable';
import { EventSubpage } from './EventSubpage';
import './exchange.css';

export function AllocationPage({ eventId }: { eventId: number }) {
  const [loaded] = useLoad(() => call('allocation.get', { eventId }), [eventId]);
  const [view, setView] = useState<AllocationView | null>(null);
  useEffect(() => {
    if (loaded.state === 'ready') setView(loaded.value);
  }, [loaded]);
  return (
    <EventSubpage eventId={eventId} title="Allocation">
      <p className="actions">
        <a className="button" href={href.outstanding(eventId)}>
          Outstanding by agency
        </a>
        <a className="button" href={href.board(eventId)}>
          Progress board
        </a>
      </p>
      {loaded.state === 'loading' && <Loading what="Loading the allocation" />}
      {loaded.state === 'error' && <ErrorBanner error={loaded.error} />}
      {view && (
        <>
          <AllocationSettings view={view} onSaved={setView} />
          <AllocationTable view={view} onChanged={setView} />
        </>
      )}
    </EventSubpage>
  );
}
