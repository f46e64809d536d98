// "This child may be at risk now": a button on every audit and case that opens a short form (who
// is raising it, what was seen, who was told and when). Raising it does not wait for the audit:
// the escalation goes straight into the event's escalation log.
import { useId, useState, type FormEvent } from 'react';
import type { Escalation } from '@contract/types';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { ModalForm } from '../components/ModalForm';
import { FormActions } from '../forms/FormActions';
import { StatusMessage } from '../components/StatusMessage';
import { href } from '../router';
import { toShownError, type ShownError } from '../lib/errors';
import './safeguarding.css';

interface Props {
  caseId: number;
  reference: string;
  auditId?: number;
  /** Filled in as the person raising it: the audit's "scoring as" name, else the Settings name. */
  raisedBy: string;
  onRaised?: (escalation: Escalation) => void;
}

/** Now on the user's clock, as a datetime-local value (YYYY-MM-DDTHH:MM). */
function nowLocal(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function RaiseEscalation(props: Props) {
  const [open, setOpen] = useState(false);
  const [raised, setRaised] = useState<Escalation | null>(null);
  return (
    <div className="raise-escalation">
      <button id={`raise-${props.caseId}`} type="button" className="button button-danger" onClick={() => setOpen(true)}>
        This child may be at risk now
      </button>
      {open && (
        <RaiseDialog
          {...props}
          onClose={(raised) => {
            setOpen(false);
            if (raised) {
              setRaised(raised);
              props.onRaised?.(raised);
            }
            document.getElementById(`raise-${props.caseId}`)?.focus();
          }}
        />
      )}
      <StatusMessage>
        {raised && (
          <>
            Escalation recorded: {raised.raisedBy} told {raised.toldWho}. It is in the <a href={href.escalations(raised.eventId)}>escalation log</a>.
          </>
        )}
      </StatusMessage>
    </div>
  );
}

function RaiseDialog({ caseId, reference, auditId, raisedBy, onClose }: Props & { onClose: (raised: Escalation | null) => void }) {
  const id = useId();
  const [who, setWho] = useState(raisedBy);
  const [concern, setConcern] = useState('');
  const [toldWho, setToldWho] = useState('');
  const [toldAt, setToldAt] = useState(nowLocal);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!toldWho.trim()) {
      setError({ message: 'Say who you told: a name and role, e.g. "MASH duty manager".', code: 'INVALID_INPUT', problems: [] });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onClose(await call('escalations.raise', { caseId, auditId: auditId ?? null, raisedBy: who, concern, toldWho, toldAt }));
    } catch (e) {
      setError(toShownError(e));
      setBusy(false);
    }
  }

  return (
    <ModalForm title={`This child may be at risk now: case ${reference}`} className="escalation-dialog" noValidate onCancel={() => onClose(null)} onSubmit={submit}>
      <p>
        Tell your agency’s safeguarding lead or the local authority front door now, as your procedures say. Then record it here: it goes into the event’s
        escalation log, and the report counts it without any details.
      </p>
      <div className="field">
        <label htmlFor={`${id}-who`}>Raised by</label>
        <input id={`${id}-who`} className="input" maxLength={120} value={who} onChange={(e) => setWho(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-concern`}>What you saw (optional)</label>
        <textarea id={`${id}-concern`} className="input input-wide" rows={3} maxLength={4000} value={concern} onChange={(e) => setConcern(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-told`}>Who was told</label>
        <input id={`${id}-told`} className="input input-wide" maxLength={200} autoFocus value={toldWho} onChange={(e) => setToldWho(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-when`}>When they were told</label>
        <input id={`${id}-when`} className="input" type="datetime-local" value={toldAt} onChange={(e) => setToldAt(e.target.value)} />
      </div>
      <ErrorBanner error={error} title="The escalation was not recorded" />
      <FormActions submitLabel="Record the escalation" busyLabel="Recording…" busy={busy} onCancel={() => onClose(null)} />
    </ModalForm>
  );
}
