// On an auditor's install: the banner over an event opened from an audit pack, naming the
// agency, the auditor and the deadline, so nobody mistakes it for the facilitator's event.
import { call } from '../api/client';
import { formatDate } from '../lib/dates';
import { useLoad } from '../lib/useLoad';
import './exchange.css';

export function PackBanner({ eventId, children }: { eventId: number; children?: React.ReactNode }) {
  const [local] = useLoad(() => call('packs.local', { eventId }), [eventId]);
  if (local.state !== 'ready' || !local.value) return null;
  const p = local.value;
  return (
    <section className="pack-banner" aria-label="Audit pack">
      <p className="pack-banner-title">
        Audit pack for <strong>{p.agency}</strong>
      </p>
      <p>
        Auditor: <strong>{p.auditor || 'not named'}</strong>
        <span className="footer-sep"> · </span>
        {p.deadline ? (
          <>
            Return by <strong>{formatDate(p.deadline)}</strong>
          </>
        ) : (
          'No deadline given'
        )}
        <span className="footer-sep"> · </span>
        {p.revision === 0 ? 'No return exported yet' : `Last return: revision ${p.revision}`}
      </p>
      {children}
    </section>
  );
}
