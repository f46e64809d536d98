// The empty Events page's offer: a fictional, fully worked event to explore before the real one.
// The core stamps the demo's changes "Demo facilitator" when Settings has no name yet.
import { useState } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { toShownError, type ShownError } from '../lib/errors';
import { href, navigate } from '../router';
import './report.css';

/**
 * The full offer on an empty Events page; once there are events, one line that opens the demo
 * event if it exists, or creates it.
 */
export function DemoOffer({ compact = false, existingId = null }: { compact?: boolean; existingId?: number | null }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const { id } = await call('demo.create', {});
      navigate(href.event(id));
    } catch (e) {
      setError(toShownError(e));
      setBusy(false);
    }
  }

  if (compact)
    return (
      <section className="demo-link" aria-labelledby="demo-link-heading">
        <h2 id="demo-link-heading" className="visually-hidden">
          The demo
        </h2>
        <p>
          {existingId !== null ? (
            <a href={href.event(existingId)}>Open the fictional demo event</a>
          ) : (
            <button type="button" className="button-link" disabled={busy} onClick={() => void create()}>
              Try the fictional demo event
            </button>
          )}{' '}
          <span className="hint">to see the whole cycle with invented cases{busy ? ' (creating it…)' : ''}.</span>
        </p>
        <ErrorBanner title="The demo event was not created" error={error} focus onDismiss={() => setError(null)} />
      </section>
    );
  return (
    <section className="panel demo-offer" aria-labelledby="demo-offer-heading">
      <h2 id="demo-offer-heading">New to Scrutineer? Try the demo</h2>
      <p>
        The demo creates a fictional event so you can see the whole cycle before you set up your own: 30 cases audited by 7 agencies, scored
        and moderated, with findings, an action plan and a previous event to compare with.
      </p>
      <p className="hint">
        Every child, family and practitioner in it is invented. You do not need to enter your name first: the demo’s changes are stamped
        “Demo facilitator”. You can archive the demo events at any time.
      </p>
      <ErrorBanner title="The demo event was not created" error={error} onDismiss={() => setError(null)} />
      <p className="demo-offer-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void create()}>
          Create the demo event
        </button>
        {busy && (
          <span className="loading" role="status">
            Creating the demo event…
          </span>
        )}
      </p>
    </section>
  );
}
