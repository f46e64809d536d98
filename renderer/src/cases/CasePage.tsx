// One case: its attributes and its documents, under the event's protective marking; deleting it.
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import type { CallValue } from '@contract/contract';
import { CaseFacts } from './CaseFacts';
import { DocumentList } from './DocumentList';
import { DeleteCase } from './DeleteCase';
import { ModerationIndicator } from '../moderation/ModerationIndicator';
import { CaseAudits } from '../audit/CaseAudits';
import { RaiseEscalation } from '../safeguarding/RaiseEscalation';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';

export function CasePage({ eventId, caseId }: { eventId: number; caseId: number }) {
  const [event] = useLoad(() => call('events.get', { id: eventId }), [eventId]);
  const [item, reload] = useLoad(() => call('cases.get', { id: caseId }), [caseId]);
  const [settings] = useLoad(() => call('settings.get', {}), []);
  // Keep showing the case while it reloads after a document change, so the page does not jump
  // and the status message stays.
  const [shown, setShown] = useState<CallValue<'cases.get'> | null>(null);
  useEffect(() => {
    if (item.state === 'ready') setShown(item.value);
  }, [item]);
  const eventName = event.state === 'ready' ? event.value.name : 'the event';
  return (
    <>
      {event.state === 'ready' && (
        <ClassificationMarking marking={event.value.classification} />
      )}
      <p className="breadcrumb">
        <a href={href.event(eventId)}>Back to {eventName}</a>
      </p>
      {item.state === 'loading' && !shown && (
        <>
          <PageTitle text="Case">Case</PageTitle>
          <Loading what="Loading the case" />
        </>
      )}
      {item.state === 'error' && (
        <>
          <PageTitle text="Case">Case</PageTitle>
          <ErrorBanner error={item.error} />
        </>
      )}
      {item.state !== 'error' && shown && (
        <>
          <PageTitle text="Case">Case {shown.reference}</PageTitle>
          <RaiseEscalation caseId={caseId} reference={shown.reference} raisedBy={settings.state === 'ready' ? settings.value.userName : ''} />
          {shown.eventId !== eventId && (
            <p className="banner banner-warning">
              This case belongs to another event: <a href={href.caseDetail(shown.eventId, caseId)}>open it there</a>.
            </p>
          )}
          <section aria-labelledby="details-heading" className="panel">
            <h2 id="details-heading">Details</h2>
            <CaseFacts item={shown} />
          </section>
          <CaseAudits eventId={eventId} caseId={caseId} />
          <ModerationIndicator eventId={eventId} caseId={caseId} />
          <DocumentList caseId={caseId} documents={shown.documents} onChanged={reload} />
          <DeleteCase eventId={shown.eventId} caseId={caseId} reference={shown.reference} />
        </>
      )}
    </>
  );
}
