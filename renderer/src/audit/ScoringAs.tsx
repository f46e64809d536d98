// "Scoring as": the name every change inside this audit is stamped with in the trail. It starts as
// the audit's auditor; changing it (a facilitator entering another auditor's scores, a colleague
// taking over) needs a reason, which the trail keeps with the old and new names.
import { useId, useState, type ReactNode } from 'react';
import type { AuditSummary } from '@contract/types';
import { call } from '../api/client';
import { ReasonDialog } from '../components/ReasonDialog';
import { toShownError } from '../lib/errors';

interface Props {
  initial: AuditSummary;
  readOnly: boolean;
  /** Beside the name: what needs it too (the escalation button raises in this name). */
  children?: (scoringAs: string) => ReactNode;
}

export function ScoringAs({ initial, readOnly, children }: Props) {
  const [audit, setAudit] = useState(initial);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const id = useId();
  const current = audit.scoringAs || audit.auditor;
  return (
    <div className="aw-scoring-as">
      <span>
        Scoring as: <strong>{current}</strong>
      </span>{' '}
      {!readOnly && (
        <button
          id="aw-scoring-as"
          type="button"
          className="link-button"
          onClick={() => {
            setName(current);
            setOpen(true);
          }}
        >
          Change<span className="visually-hidden"> who is scoring</span>
        </button>
      )}
      {open && (
        <ReasonDialog
          title="Change who is scoring"
          label="Reason for the change"
          submitLabel="Score as this person"
          busyLabel="Changing…"
          failedTitle="Who is scoring was not changed"
          whenEmpty="Give a reason for changing who is scoring."
          onCancel={() => {
            setOpen(false);
            document.getElementById('aw-scoring-as')?.focus();
          }}
          onSubmit={async (reason) => {
            try {
              const next = await call('audits.scoringAs', { auditId: audit.id, name, reason });
              setOpen(false);
              setAudit(next);
              return null;
            } catch (e) {
              return toShownError(e);
            }
          }}
        >
          <p>Every change made in this audit from now on is stamped with this name in the audit trail. The audit’s auditor, {audit.auditor}, stays as recorded.</p>
          <div className="field">
            <label htmlFor={`${id}-name`}>Name to score as</label>
            <input id={`${id}-name`} className="input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          </div>
        </ReasonDialog>
      )}
      {children?.(current)}
    </div>
  );
}
