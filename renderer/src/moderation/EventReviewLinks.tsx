// Links from an event's page to what comes after the audits, and, above them, a prominent banner
// when any safeguarding escalation has been raised in the event.
import { call } from '../api/client';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import './moderation.css';
import '../safeguarding/safeguarding.css';

/** auditorMode: on an auditor's install, no moderation queue or findings (the facilitator's work). */
export function EventReviewLinks({ eventId, auditorMode = false }: { eventId: number; auditorMode?: boolean }) {
  const [escalations] = useLoad(() => call('escalations.list', { eventId }), [eventId]);
  const raised = escalations.state === 'ready' ? escalations.value : [];
  const awaiting = raised.filter((e) => !e.outcome).length;
  return (
    <>
      {raised.length > 0 && (
        <div className="banner banner-warning escalation-banner">
          <p className="banner-title">
            {raised.length === 1 ? '1 safeguarding escalation' : `${raised.length} safeguarding escalations`} raised in this event
            {awaiting > 0 ? `; ${awaiting} awaiting an outcome` : ''}
          </p>
          <p>
            <a href={href.escalations(eventId)}>Open the escalation log</a>
          </p>
        </div>
      )}
      <nav aria-label="Moderation, findings and audit trail" className="review-links">
        {!auditorMode && <a href={href.moderationQueue(eventId)}>Moderation queue</a>}
        <a href={href.escalations(eventId)}>Safeguarding escalations</a>
        {!auditorMode && <a href={href.findings(eventId)}>Findings</a>}
        <a href={href.trail(eventId)}>Audit trail</a>
      </nav>
    </>
  );
}
