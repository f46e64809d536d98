// The event's Sample step: with no sample yet, draw one from the cohort file (choose the file, map
// its columns and values, set the method, preview, draw); once drawn, the sample, its strata,
// replacements and its profile against the cohort.
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { EventSubpage } from '../exchange/EventSubpage';
import { useLoad } from '../lib/useLoad';
import { DrawSample } from './DrawSample';
import { DrawnSample } from './DrawnSample';
import './sample.css';

export function SamplePage({ eventId }: { eventId: number }) {
  const [sample, reload] = useLoad(() => call('sample.get', { eventId }), [eventId]);
  const [cases] = useLoad(() => call('cases.list', { eventId }), [eventId]);
  return (
    <EventSubpage eventId={eventId} title="Sample">
      {(sample.state === 'loading' || cases.state === 'loading') && <Loading what="Loading the sample" />}
      {sample.state === 'error' && <ErrorBanner error={sample.error} />}
      {sample.state === 'ready' && sample.value && <DrawnSample view={sample.value} />}
      {sample.state === 'ready' && !sample.value && cases.state === 'ready' && cases.value.length > 0 && (
        <p className="banner banner-info">
          This event already has {cases.value.length} {cases.value.length === 1 ? 'case' : 'cases'} imported, so its sample was chosen outside Scrutineer. A
          sample is drawn here only into an event with no cases.
        </p>
      )}
      {sample.state === 'ready' && !sample.value && cases.state === 'ready' && cases.value.length === 0 && <DrawSample eventId={eventId} onDrawn={reload} />}
    </EventSubpage>
  );
}
