// One auditor's audit of one case for one agency: the criteria down the left, the current one in
// the middle, then the overall judgement. Keyboard first (see KeyboardHelp), and no Save button:
// a grade is written the moment it is chosen, text after a pause in typing or on leaving the box.
// What the user typed is the truth on screen; replies from the core only bring the status and
// what is still to do.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { call } from '../api/client';
import type { Gap, Workspace } from '@contract/types';
import { auditTextFields, type AuditTextField } from '@model/audit';
import { StatusMessage } from '../components/StatusMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { toShownError, type ShownError } from '../lib/errors';
import { CriteriaNav, type NavItem } from './CriteriaNav';
import { CriterionPanel, type GradeDraft, type GradeTextField } from './CriterionPanel';
import { KeyboardHelp } from './KeyboardHelp';
import { levelsBestFirst } from '@model/framework';
import { levelForKey } from '@model/grade-keys';
import type { AuditStatus } from '@model/statuses';
import { OverallPanel, type OverallDraft } from './OverallPanel';
import { ReasonDialog } from '../components/ReasonDialog';
import { AuditThemes } from '../themes/AuditThemes';
import { WorkspaceHeader } from './WorkspaceHeader';
import { useAutosaver } from '../autosave/useAutosaver';
import { actsOnEnter, gradeDrafts, isTextEntry, overallDraft } from './drafts';
import './audit.css';

export const HEADING_ID = 'aw-item-heading';

export function AuditWorkspace({ workspace }: { workspace: Workspace }) {
  const auditId = workspace.audit.id;
  const { framework } = workspace;
  const levels = useMemo(() => levelsBestFirst(framework.scale.levels), [framework]);
  const items = useMemo<NavItem[]>(
    () => framework.domains.flatMap((domain) => domain.criteria.map((criterion) => ({ criterion, domain }))),
    [framework],
  );
  const overallIndex = items.length;

  const { saver, saved: saveState } = useAutosaver();
  const [current, setCurrent] = useState(0);
  const [grades, setGrades] = useState(() => gradeDrafts(workspace));
  const [overall, setOverall] = useState(() => overallDraft(workspace));
  const [status, setStatus] = useState<AuditStatus>(workspace.audit.status);
  const [gaps, setGaps] = useState<Gap[]>(workspace.gaps);
  const [problems, setProblems] = useState<Gap[] | null>(null);
  const [actionError, setActionError] = useState<ShownError | null>(null);
  const [message, setMessage] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  // The newest values, for saves that run later and for the key handler.
  const gradesRef = useRef(grades);
  const overallRef = useRef(overall);
  const sequence = useRef({ sent: 0, applied: 0 });
  const pendingFocus = useRef<string | null>(null);
  const readOnly = status === 'submitted' || status === 'moderated';

  // Focus moves after the new criterion is on screen, so screen readers announce it.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    const element = document.getElementById(id);
    element?.focus();
    if (id === HEADING_ID) element?.scrollIntoView({ block: 'nearest' });
  });

  /** Wraps a call so its reply updates the status and gaps, unless a newer reply came first. */
  function tracked<T extends { gaps: Gap[] }>(send: () => Promise<T>, statusOf: (reply: T) => AuditStatus): () => Promise<void> {
    return async () => {
      const seq = ++sequence.current.sent;
      const reply = await send();
      if (seq < sequence.current.applied) return;
      sequence.current.applied = seq;
      setGaps(reply.gaps);
      setStatus(statusOf(reply));
    };
  }

  function patchGrade(key: string, patch: Partial<GradeDraft>) {
    const next = { ...gradesRef.current, [key]: { ...gradesRef.current[key]!, ...patch } };
    gradesRef.current = next;
    setGrades(next);
  }

  function refuseWhenLocked(): boolean {
    if (!readOnly) return false;
    setMessage(status === 'moderated' ? 'This audit has been moderated and is locked.' : 'This audit has been submitted, so it is read-only. Reopen it, giving a reason, to change it.');
    return true;
  }

  function chooseLevel(key: string, value: number) {
    if (refuseWhenLocked()) return;
    patchGrade(key, { value, notApplicable: false });
    saver.schedule(
      `${key}:mark`,
      tracked(() => call('audits.grade', { auditId, criterionKey: key, value }), (r) => r.status),
      { delay: 0 },
    );
  }

  function markNotApplicable(key: string) {
    if (refuseWhenLocked()) return;
    patchGrade(key, { value: null, notApplicable: true });
    saver.schedule(
      `${key}:mark`,
      tracked(() => call('audits.grade', { auditId, criterionKey: key, notApplicable: true }), (r) => r.status),
      { delay: 0 },
    );
  }

  function setGradeText(key: string, field: GradeTextField, text: string) {
    if (readOnly) return;
    patchGrade(key, { [field]: text });
    saver.schedule(
      `${key}:${field}`,
      tracked(() => call('audits.grade', { auditId, criterionKey: key, [field]: gradesRef.current[key]![field] }), (r) => r.status),
    );
  }

  function patchOverall(patch: Partial<OverallDraft>) {
    const next = { ...overallRef.current, ...patch };
    overallRef.current = next;
    setOverall(next);
  }

  function chooseOverall(value: number) {
    if (refuseWhenLocked()) return;
    patchOverall({ overallValue: value });
    saver.schedule(
      'overall:value',
      tracked(() => call('audits.update', { auditId, overallValue: value }), (r) => r.audit.status),
      { delay: 0 },
    );
  }

  function setOverallText(field: AuditTextField, text: string) {
    if (readOnly) return;
    patchOverall({ [field]: text });
    saver.schedule(
      `overall:${field}`,
      tracked(() => call('audits.update', { auditId, [field]: overallRef.current[field] }), (r) => r.audit.status),
    );
  }

  function select(index: number, focus: string | null = HEADING_ID) {
    const next = Math.max(0, Math.min(overallIndex, index));
    if (next === current) {
      if (focus) focusNow(focus);
      return;
    }
    saver.flushAll();
    pendingFocus.current = focus;
    setCurrent(next);
  }

  /** Focuses an element now, or after the render that is on its way when it is not there yet. */
  function focusNow(id: string) {
    const element = document.getElementById(id);
    if (element) element.focus();
    else pendingFocus.current = id;
  }

  function goToGap(gap: Gap) {
    if (gap.criterionKey === null) return select(overallIndex, HEADING_ID);
    const index = items.findIndex((item) => item.criterion.key === gap.criterionKey);
    if (index < 0) return;
    const grade = gradesRef.current[gap.criterionKey];
    const target = grade?.notApplicable ? 'aw-na-reason' : grade?.value !== null && grade?.value !== undefined ? 'aw-rationale' : HEADING_ID;
    select(index, target);
  }

  async function submit() {
    if (submitting) return;
    if (refuseWhenLocked()) return;
    setSubmitting(true);
    setActionError(null);
    setMessage('');
    try {
      await saver.settle();
      if (saver.getSnapshot().state === 'failed') {
        setActionError({
          message: 'Some changes are not saved yet, so the audit was not submitted. Scrutineer keeps trying to save them; submit again when the status says all changes are saved.',
          code: 'UNSAVED',
          problems: [],
        });
        return;
      }
      const row = await call('audits.submit', { auditId });
      setStatus(row.status);
      setGaps([]);
      setProblems(null);
      setMessage('The audit was submitted. It is now read-only; reopen it, giving a reason, to change it.');
    } catch (e) {
      const error = toShownError(e);
      if (error.code === 'INCOMPLETE') {
        const list = error.problems.map((p) => ({ criterionKey: p.path === 'overall' || !p.path ? null : p.path, message: p.message }));
        setGaps(list);
        setProblems(list);
        pendingFocus.current = 'aw-incomplete-title';
      } else setActionError(error);
    } finally {
      setSubmitting(false);
    }
  }

  async function reopen(reason: string): Promise<ShownError | null> {
    try {
      const row = await call('audits.reopen', { auditId, reason });
      setStatus(row.status);
      setReopening(false);
      setMessage('The audit was reopened. Changes save as you make them.');
      pendingFocus.current = 'aw-submit';
      return null;
    } catch (e) {
      return toShownError(e);
    }
  }

  const onKey = (event: KeyboardEvent) => {
    if (reopening || event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return;
    const target = document.activeElement;
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void submit();
      return;
    }
    if (isTextEntry(target)) {
      if (event.key === 'Escape' && !(target instanceof HTMLSelectElement)) {
        event.preventDefault();
        (target as HTMLElement).blur();
        focusNow(HEADING_ID);
      }
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const item = items[current];
    const key = event.key;
    if (/^[1-9]$/.test(key)) {
      const level = levelForKey(levels, key);
      if (!level) return;
      event.preventDefault();
      if (item) chooseLevel(item.criterion.key, level.value);
      else chooseOverall(level.value);
    } else if (key === 'n' || key === 'N') {
      if (!item) return;
      event.preventDefault();
      markNotApplicable(item.criterion.key);
      if (!readOnly) focusNow('aw-na-reason');
    } else if (key === 'ArrowDown' || key === 'j' || key === 'J') {
      event.preventDefault();
      select(current + 1);
    } else if (key === 'ArrowUp' || key === 'k' || key === 'K') {
      event.preventDefault();
      select(current - 1);
    } else if ((key === 'Enter' && !actsOnEnter(target)) || key === 'e' || key === 'E') {
      event.preventDefault();
      focusNow(item ? 'aw-rationale' : 'aw-overall-rationale');
    } else if (key === '?') {
      event.preventDefault();
      setHelpOpen((open) => !open);
    } else if (key === 'Escape' && helpOpen) {
      setHelpOpen(false);
    }
  };
  const keyHandler = useRef(onKey);
  keyHandler.current = onKey;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const done = items.filter(({ criterion }) => {
    const g = grades[criterion.key];
    return g && (g.value !== null || g.notApplicable);
  }).length;
  const todo = new Set(gaps.map((g) => g.criterionKey ?? '#overall'));
  const item = items[current];
  // After a refused submit, the list follows what is still to do as the auditor works through it.
  const shownProblems = problems ? gaps : null;

  return (
    <div className="aw">
      <WorkspaceHeader
        workspace={workspace}
        status={status}
        done={done}
        total={items.length}
        overallGiven={overall.overallValue !== null}
        saveState={saveState.state}
        readOnly={readOnly}
        submitting={submitting}
        helpOpen={helpOpen}
        onSubmit={() => void submit()}
        onReopen={() => setReopening(true)}
        onToggleHelp={() => setHelpOpen((o) => !o)}
      />
      <ErrorBanner error={saveState.error} title="Not saved — Scrutineer will try again" />
      <ErrorBanner error={actionError} title="The audit was not submitted" onDismiss={() => setActionError(null)} />
      <StatusMessage tone="info">{message}</StatusMessage>
      {readOnly && (
        <p className="banner banner-info aw-locked">
          {status === 'moderated' ? 'This audit has been moderated and is locked.' : 'This audit has been submitted and is read-only.'}
        </p>
      )}
      {shownProblems && shownProblems.length > 0 && !readOnly && (
        <div className="banner banner-warning aw-incomplete" role="alert">
          <h2 id="aw-incomplete-title" className="banner-title" tabIndex={-1}>
            The audit is not complete yet
          </h2>
          <p>{shownProblems.length === 1 ? 'One thing is still to do:' : `${shownProblems.length} things are still to do:`}</p>
          <ul className="aw-gap-list">
            {shownProblems.map((gap, i) => (
              <li key={i}>
                <button type="button" className="link-button" onClick={() => goToGap(gap)}>
                  {gap.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {helpOpen && <KeyboardHelp levels={levels} notApplicableLabel={framework.scale.notApplicableLabel} onClose={() => setHelpOpen(false)} />}

      <div className="aw-layout">
        <CriteriaNav
          items={items}
          current={current}
          levels={levels}
          grades={grades}
          overallValue={overall.overallValue}
          todo={todo}
          notApplicableLabel={framework.scale.notApplicableLabel}
          onSelect={(index) => select(index)}
        />
        <div className="aw-main">
          {item ? (
            <CriterionPanel
              key={item.criterion.key}
              item={item}
              number={current + 1}
              total={items.length}
              levels={levels}
              scale={framework.scale}
              grade={grades[item.criterion.key]!}
              readOnly={readOnly}
              attempted={problems !== null}
              onChoose={(value) => chooseLevel(item.criterion.key, value)}
              onNotApplicable={() => {
                markNotApplicable(item.criterion.key);
                if (!readOnly) focusNow('aw-na-reason');
              }}
              onText={(field, text) => setGradeText(item.criterion.key, field, text)}
              onBlur={(field) => saver.flush(`${item.criterion.key}:${field}`)}
              onPrevious={current > 0 ? () => select(current - 1) : undefined}
              onNext={() => select(current + 1)}
            />
          ) : (
            <OverallPanel
              levels={levels}
              draft={overall}
              readOnly={readOnly}
              missing={problems !== null && overall.overallValue === null}
              onChoose={chooseOverall}
              onText={setOverallText}
              onBlur={(field) => saver.flush(`overall:${field}`)}
              onPrevious={() => select(current - 1)}
              fields={auditTextFields}
              themes={<AuditThemes auditId={auditId} readOnly={readOnly} />}
            />
          )}
        </div>
      </div>
      {reopening && (
        <ReasonDialog
          title="Reopen this audit"
          label="Reason for reopening"
          submitLabel="Reopen audit"
          busyLabel="Reopening…"
          failedTitle="The audit was not reopened"
          whenEmpty="Give a reason for reopening the audit."
          onCancel={() => {
            setReopening(false);
            pendingFocus.current = 'aw-reopen';
          }}
          onSubmit={reopen}
        >
          <p>The audit goes back to “In progress” so it can be changed. The reason is kept in the audit trail.</p>
        </ReasonDialog>
      )}
    </div>
  );
}
