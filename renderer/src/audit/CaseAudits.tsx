// The "Audits" section of a case page: every agency's audit of this case, and a small form to
// start one. Starting again with the same auditor opens the audit they already have; another
// name makes a double audit.
import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { useLoad } from '../lib/useLoad';
import { href, navigate } from '../router';
import { AuditStatusBadge } from './AuditStatusBadge';
import { toShownError, type ShownError } from '../lib/errors';
import './audit.css';

export function CaseAudits({ eventId, caseId }: { eventId: number; caseId: number }) {
  const [audits] = useLoad(() => call('audits.list', { eventId, caseId }), [eventId, caseId]);
  const [event] = useLoad(() => call('events.get', { id: eventId }), [eventId]);
  const [settings] = useLoad(() => call('settings.get', {}), []);
  const [agencyId, setAgencyId] = useState('');
  const [auditor, setAuditor] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  useEffect(() => {
    if (settings.state === 'ready') setAuditor((a) => a || settings.value.userName);
  }, [settings]);
  useEffect(() => {
    if (event.state === 'ready') setAgencyId((id) => id || String(event.value.agencies[0]?.id ?? ''));
  }, [event]);

  async function start(e: FormEvent) {
    e.preventDefault();
    if (!agencyId) return;
    setBusy(true);
    setError(null);
    try {
      const audit = await call('audits.start', { caseId, agencyId: Number(agencyId), auditor: auditor.trim() || undefined });
      navigate(href.audit(eventId, audit.id));
    } catch (err) {
      setError(toShownError(err));
      setBusy(false);
    }
  }

  const agencies = event.state === 'ready' ? event.value.agencies : [];
  const userName = settings.state === 'ready' ? settings.value.userName : '';
  return (
    <section aria-labelledby="audits-heading" className="panel">
      <h2 id="audits-heading">Audits</h2>
      {audits.state === 'loading' && <Loading what="Loading the audits" />}
      {audits.state === 'error' && <ErrorBanner error={audits.error} />}
      {audits.state === 'ready' &&
        (audits.value.length === 0 ? (
          <p className="hint">No agency has started an audit of this case yet.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Audits of this case</caption>
            <thead>
              <tr>
                <th scope="col">Agency</th>
                <th scope="col">Auditor</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {audits.value.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.agencyName}</th>
                  <td>{a.auditor}</td>
                  <td>
                    <AuditStatusBadge status={a.status} />
                  </td>
                  <td>
                    <a href={href.audit(eventId, a.id)}>
                      Open<span className="visually-hidden"> the {a.agencyName} audit by {a.auditor}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}

      <h3>Start an audit</h3>
      {event.state === 'error' && <ErrorBanner error={event.error} />}
      {event.state === 'ready' && agencies.length === 0 ? (
        <p>
          No agencies take part in this event yet. <a href={href.event(eventId)}>Add them on the event page</a> first.
        </p>
      ) : (
        <form className="audit-start" onSubmit={start}>
          <div className="field">
            <label htmlFor="start-agency">Agency</label>
            <select id="start-agency" className="input" value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="start-auditor">Auditor name</label>
            <input
              id="start-auditor"
              className="input input-medium"
              type="text"
              maxLength={120}
              autoComplete="name"
              aria-describedby="start-auditor-hint"
              value={auditor}
              onChange={(e) => setAuditor(e.target.value)}
            />
          </div>
          <div className="field">
            <button type="submit" className="button button-primary" disabled={busy || !agencyId}>
              {busy ? 'Starting…' : 'Start audit'}
            </button>
          </div>
          <p className="hint audit-start-hint" id="start-auditor-hint">
            {userName ? (
              <>Your name from Settings. Another auditor’s name makes a double audit of the same case for that agency; your own opens the audit you already have.</>
            ) : (
              <>
                Your name is not set yet: <a href={href.settings()}>enter it in Settings</a>, as every change to an audit is stamped with it.
              </>
            )}
          </p>
        </form>
      )}
      <ErrorBanner error={error} title="The audit was not started" onDismiss={() => setError(null)} />
    </section>
  );
}
