// The "Cases" section of an event page: the import link and the case list (the list only on an
// auditor's install, where the cases came in the pack).
import { call } from '../api/client';
import { CaseList } from '../cases/CaseList';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';

export function EventCases({ eventId, archived, auditorMode = false }: { eventId: number; archived: boolean; auditorMode?: boolean }) {
  const [cases] = useLoad(() => call('cases.list', { eventId }), [eventId]);
  return (
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">Cases</h2>
      {!archived && !auditorMode && (
        <div className="actions">
          <a className="button button-primary" href={href.eventImport(eventId)}>
            Import cases…
          </a>
          <a className="button" href={href.sample(eventId)}>
            Choose the sample…
          </a>
        </div>
      )}
      {cases.state === 'loading' && <Loading what="Loading cases" />}
      {cases.state === 'error' && <ErrorBanner error={cases.error} />}
      {cases.state === 'ready' &&
        (cases.value.length === 0 ? (
          <div className="empty-state">
            <h3>No cases yet</h3>
            <p>
              Import the sampled cases from a CSV or Excel export of your case-management system, or choose the sample here: draw it at random from the
              whole cohort’s export, keeping only the chosen cases. You choose which columns are kept.
            </p>
          </div>
        ) : (
          <CaseList eventId={eventId} cases={cases.value} />
        ))}
    </section>
  );
}
