// The top of the audit workspace: marking, case facts, progress, save status and the actions.
import type { ComponentProps } from 'react';
import type { Workspace } from '@contract/types';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { PageTitle } from '../components/PageTitle';
import { ageStageLabel, levelOfNeedLabel } from '@model/labels';
import { href } from '../router';
import { AuditStatusBadge } from './AuditStatusBadge';
import type { AuditStatus } from '@model/statuses';
import { SaveStatus } from '../autosave/SaveStatus';
import { RaiseEscalation } from '../safeguarding/RaiseEscalation';
import { ScoringAs } from './ScoringAs';

interface Props {
  workspace: Workspace;
  status: AuditStatus;
  done: number;
  total: number;
  overallGiven: boolean;
  saveState: ComponentProps<typeof SaveStatus>['state'];
  readOnly: boolean;
  submitting: boolean;
  helpOpen: boolean;
  onSubmit: () => void;
  onReopen: () => void;
  onToggleHelp: () => void;
}

export function WorkspaceHeader({ workspace, status, done, total, overallGiven, saveState, readOnly, submitting, helpOpen, onSubmit, onReopen, onToggleHelp }: Props) {
  const c = workspace.case;
  return (
    <>
      <ClassificationMarking marking={workspace.event.classification} />
      <p className="breadcrumb">
        <a href={href.caseDetail(workspace.event.id, c.id)}>Back to case {c.reference}</a>
        <span className="aw-crumb-sep" aria-hidden="true">
          ·
        </span>
        <a href={href.board(workspace.event.id)}>Progress board</a>
      </p>
      <PageTitle text={`Audit – ${workspace.agencyName}`}>
        Audit of {c.reference} <span className="aw-title-agency">{workspace.agencyName}</span>
      </PageTitle>
      <dl className="facts facts-inline aw-facts">
        {(
          [
            ['Case reference', c.reference],
            ['Age stage', ageStageLabel(c.ageStage) || 'Not recorded'],
            ['Level of need', levelOfNeedLabel(c.levelOfNeed) || 'Not recorded'],
            ['Agency', workspace.agencyName],
            ['Auditor', workspace.audit.auditor],
            ['Status', <AuditStatusBadge key="status" status={status} />],
          ] as const
        ).map(([term, value]) => (
          <div key={term} className="aw-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ScoringAs initial={workspace.audit} readOnly={readOnly}>
        {(name) => <RaiseEscalation caseId={c.id} reference={c.reference} auditId={workspace.audit.id} raisedBy={name} />}
      </ScoringAs>

      <div className="aw-toolbar">
        <div className="aw-progress">
          <label htmlFor="aw-progress-bar">
            {done} of {total} criteria done
            {overallGiven ? ', overall judgement given' : ''}
          </label>
          <progress id="aw-progress-bar" max={total} value={done} />
        </div>
        <SaveStatus state={saveState} />
        <div className="aw-toolbar-actions">
          {readOnly ? (
            status === 'submitted' && (
              <button id="aw-reopen" type="button" className="button" onClick={onReopen}>
                Reopen audit…
              </button>
            )
          ) : (
            <button id="aw-submit" type="button" className="button button-primary" aria-keyshortcuts="Control+Enter Meta+Enter" disabled={submitting} onClick={onSubmit}>
              {submitting ? 'Submitting…' : 'Submit audit'}
            </button>
          )}
          <button type="button" className="button button-small" aria-expanded={helpOpen} aria-controls="aw-keyboard-help" aria-keyshortcuts="?" onClick={onToggleHelp}>
            Keyboard <kbd className="aw-kbd-inline">?</kbd>
          </button>
        </div>
      </div>
    </>
  );
}
