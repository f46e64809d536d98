// Links from an event's page to what comes after the audits: findings and the audit trail.
import { href } from '../router';
import './moderation.css';

export function EventReviewLinks({ eventId }: { eventId: number }) {
  return (
    <nav aria-label="Moderation, findings and audit trail" className="review-links">
      <a href={href.moderationQueue(eventId)}>Moderation queue</a>
      <a href={href.findings(eventId)}>Findings</a>
      <a href={href.trail(eventId)}>Audit trail</a>
    </nav>
  );
}
