// Lock and sign off a case's moderation, or unlock it again with a reason. Sign-off is refused
// until every criterion and the overall judgement have an agreed grade; what is missing is listed.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import type { ModerationView } from '@contract/types';
import { formatDate } from '../lib/dates';
import { ErrorBanner } from '../components/ErrorBanner';
import { ReasonDialog } from '../components/ReasonDialog';
import { toShownError, type ShownError } from '../lib/errors';
import { todayIso } from '@model/dates';
import { useFocusIfLost } from '../lib/useFocusIfLost';

interface Props {
  view: ModerationView;
  userName: string;
  /** What still needs an agreed grade, worked out from the page's own copy of the view. */
  missing: string[];
  onChanged: (view: ModerationView, message: string) => void;
}

export function SignOff({ view, userName, missing, onChanged }: Props) {
  // Signing off (or unlocking) swaps the form for its opposite: focus follows to its heading.
  useFocusIfLost('signoff-heading', view.locked);
  return view.locked ? <Unlock view={view} onChanged={onChanged} /> : <SignOffForm view={view} userName={userName} missing={missing} onChanged={onChanged} />;
}

function SignOffForm({ view, userName, missing, onChanged }: Props) {
  const [name, setName] = useState(userName);
  const nameTouched = useRef(false);
  // Settings may arrive after the page: fill the name in then, unless someone has typed one.
  useEffect(() => {
    if (!nameTouched.current) setName(userName);
  }, [userName]);
  const [date, setDate] = useState(todayIso);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      onChanged(await call('moderation.signOff', { caseId: view.caseId, name, date }), `Moderation locked and signed off by ${name.trim()}.`);
    } catch (e) {
      const shown = toShownError(e, 'The moderation was not signed off');
      if (shown.code !== 'INCOMPLETE') setError(shown);
      else
        setError({
          ...shown,
          title: 'Agree these before signing off',
          problems: (missing.length > 0 ? missing : [shown.message]).map((message) => ({ path: '', message })),
        });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="signoff-form" onSubmit={submit} aria-labelledby="signoff-heading" noValidate>
      <h2 id="signoff-heading" tabIndex={-1}>
        Lock and sign off
      </h2>
      <p className="hint">
        Signing off locks the agreed grades for this case. Every criterion and the overall judgement need an agreed grade first.
        {missing.length > 0 && ` ${missing.length === 1 ? '1 still needs' : `${missing.length} still need`} one.`}
      </p>
      <ErrorBanner error={error} focus onDismiss={() => setError(null)} />
      <div className="signoff-fields">
        <div className="field">
          <label htmlFor="signoff-name">Signed off by</label>
          <p className="hint" id="signoff-name-hint">
            Your name from Settings, unless someone else signs off
          </p>
          <input id="signoff-name" className="input input-medium" type="text" autoComplete="name" maxLength={120} required aria-describedby="signoff-name-hint" value={name} onChange={(e) => {
              nameTouched.current = true;
              setName(e.target.value);
            }} />
        </div>
        <div className="field">
          <label htmlFor="signoff-date">Date</label>
          <p className="hint" id="signoff-date-hint">
            Written YYYY-MM-DD
          </p>
          <input
            id="signoff-date"
            className="input input-date"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            required
            aria-describedby="signoff-date-hint"
            value={date}
            onChange={(e) => setDate(e.target.value.trim())}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          Lock and sign off
        </button>
      </div>
    </form>
  );
}

function Unlock({ view, onChanged }: Pick<Props, 'view' | 'onChanged'>) {
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };

  async function unlock(reason: string): Promise<ShownError | null> {
    try {
      const next = await call('moderation.unlock', { caseId: view.caseId, reason });
      setOpen(false);
      onChanged(next, 'Moderation unlocked. The reason is kept in the audit trail.');
      return null;
    } catch (e) {
      return toShownError(e);
    }
  }

  return (
    <section aria-labelledby="signoff-heading" className="signoff-form">
      <h2 id="signoff-heading" tabIndex={-1}>
        Signed off
      </h2>
      <p>
        Moderation of this case is locked. To change an agreed grade, unlock it and give a reason; the reason is kept in the audit trail.
      </p>
      <button ref={opener} type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Unlock…
      </button>
      {open && (
        <ReasonDialog
          title="Unlock moderation"
          label="Reason for unlocking"
          submitLabel="Unlock"
          busyLabel="Unlocking…"
          failedTitle="The moderation was not unlocked"
          whenEmpty="Give a reason for unlocking: it is kept in the audit trail."
          onCancel={close}
          onSubmit={unlock}
        >
          <p>
            Signed off by {view.signedOffBy} on {formatDate(view.signedOffOn)}. Unlocking removes the sign-off.
          </p>
        </ReasonDialog>
      )}
    </section>
  );
}
