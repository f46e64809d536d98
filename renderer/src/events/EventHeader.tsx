// The top of an event's page: its protective marking first (it governs how everything below may
// be handled), then the name, stage and the facts that define the audit.
import type { EventDetail } from '@contract/types';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { PageTitle } from '../components/PageTitle';
import { formatDate } from '../lib/dates';
import { href } from '../router';
import { StatusBadge } from './StatusBadge';

export function EventHeader({ event }: { event: EventDetail }) {
  return (
    <>
      <ClassificationMarking marking={event.classification} />
      <p className="breadcrumb">
        <a href={href.events()}>All events</a>
      </p>
      <PageTitle text={event.name}>
        {event.name} <StatusBadge status={event.status} />
        {event.archivedAt && <span className="badge badge-muted">Archived</span>}
      </PageTitle>
      <dl className="facts facts-inline">
        <dt>Framework</dt>
        <dd>
          <a href={href.framework(event.frameworkKey)}>{event.frameworkName}</a> (keeps version {event.frameworkVersion})
        </dd>
        <dt>Audit date</dt>
        <dd>{formatDate(event.auditDate)}</dd>
        <dt>Review window</dt>
        <dd>{event.reviewWindowMonths === 1 ? '1 month' : `${event.reviewWindowMonths} months`}</dd>
        {event.theme && (
          <>
            <dt>Theme</dt>
            <dd>{event.theme}</dd>
          </>
        )}
        {event.partnership && (
          <>
            <dt>Partnership</dt>
            <dd>{event.partnership}</dd>
          </>
        )}
      </dl>
    </>
  );
}
