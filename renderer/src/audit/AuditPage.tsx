// The audit workspace page: loads the audit with its case, agency, framework and grades.
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import { AuditWorkspace } from './AuditWorkspace';
import { PackBanner } from '../exchange/PackBanner';

export function AuditPage({ eventId, auditId }: { eventId: number; auditId: number }) {
  const [loaded] = useLoad(() => call('audits.workspace', { auditId }), [auditId]);
  if (loaded.state === 'ready') {
    if (loaded.value.event.id !== eventId)
      return (
        <>
          <PageTitle text="Audit">Audit</PageTitle>
          <p className="banner banner-warning">
            This audit belongs to another event: <a href={href.audit(loaded.value.event.id, auditId)}>open it there</a>.
          </p>
        </>
      );
    return (
      <>
        <PackBanner eventId={eventId} />
        <AuditWorkspace workspace={loaded.value} />
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <a href={href.event(eventId)}>Back to the event</a>
      </p>
      <PageTitle text="Audit">Audit</PageTitle>
      {loaded.state === 'loading' ? <Loading what="Loading the audit" /> : <ErrorBanner title="The audit could not be opened" error={loaded.error} />}
    </>
  );
}
