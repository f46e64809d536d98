// Moderation of one case as a grid: criteria as rows, each audit as a column, every difference
// highlighted and classified (the key on screen says how), "agree where unanimous" in one action,
// the chosen row's reasons, evidence and agreed grade beside the grid (autosaved), learning notes
// and single-agency feedback, then lock and sign-off. Agencies' own grades are never changed here.
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import type { ModerationView } from '@contract/types';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../lib/dates';
import { toShownError, type ShownError } from '../lib/errors';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import type { AgreedChoice } from './AgreedGrade';
import { isAgreedGrade } from './agreed';
import { CaseCapture } from './CaseCapture';
import { countKinds, DifferenceKey } from './DifferenceBadges';
import { CriterionDetail, OverallDetail } from './DetailPanel';
import { loadEventFramework } from '../lib/eventFramework';
import { ModerationGrid, OVERALL } from './ModerationGrid';
import { SignOff } from './SignOff';
import { SaveStatus } from '../autosave/SaveStatus';
import { useAutosaver } from '../autosave/useAutosaver';
import './moderation.css';
import './moderation-grid.css';

/** What still needs an agreed grade before sign-off, by title. */
export function missingAgreements(view: ModerationView): string[] {
  const missing = view.criteria.filter((c) => !isAgreedGrade(c.agreed)).map((c) => c.title);
  if (view.overall.agreedValue === null) missing.push('Overall judgement');
  return missing;
}

export function ModerationPage({ eventId, caseId }: { eventId: number; caseId: number }) {
  const [fw] = useLoad(() => loadEventFramework(eventId), [eventId]);
  const [loaded] = useLoad(() => call('moderation.get', { caseId }), [caseId]);
  const [settings] = useLoad(() => call('settings.get', {}), []);
  const [view, setView] = useState<ModerationView | null>(null);
  const [selected, setSelected] = useState('');
  /** Bumped when many agreed grades change at once, so the panel shows the stored ones. */
  const [generation, setGeneration] = useState(0);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const [message, setMessage] = useState('');
  const [bulkError, setBulkError] = useState<ShownError | null>(null);
  const { saver, saved } = useAutosaver();

  useEffect(() => {
    if (loaded.state !== 'ready') return;
    setView(loaded.value);
    // Open on the first difference, else the first criterion.
    setSelected((s) => s || (loaded.value.criteria.find((c) => c.differences.length > 0) ?? loaded.value.criteria[0])?.key || OVERALL);
  }, [loaded]);

  const reference = view?.reference ?? '';
  const marking = fw.state === 'ready' ? <ClassificationMarking marking={fw.value.event.classification} /> : null;
  const error = loaded.state === 'error' ? loaded.error : fw.state === 'error' ? fw.error : null;
  if (error)
    return (
      <>
        {marking}
        <PageTitle text="Moderation">Moderation</PageTitle>
        <ErrorBanner error={error} />
        <p>
          <a href={href.event(eventId)}>Back to the event</a>
        </p>
      </>
    );
  if (!view || fw.state !== 'ready')
    return (
      <>
        {marking}
        <PageTitle text="Moderation">Moderation</PageTitle>
        <Loading what="Loading the grades for moderation" />
      </>
    );

  const { levels, notApplicableLabel } = fw.value;
  const differing = view.criteria.filter((c) => c.differences.length > 0).length;
  const agreed = view.criteria.filter((c) => isAgreedGrade(c.agreed)).length;
  const unanimousToAgree = view.criteria.filter((c) => c.unanimous && !isAgreedGrade(c.agreed)).length;
  const userName = settings.state === 'ready' ? settings.value.userName : '';
  const criterion = view.criteria.find((c) => c.key === selected);

  const chooseFor = (key: string, criterionTitle: string) => (choice: Exclude<AgreedChoice, null>, undo: () => void) =>
    saver.schedule(
      `grade:${key}`,
      async () => {
        const row = await call('moderation.grade', choice === 'na' ? { caseId, criterionKey: key, notApplicable: true } : { caseId, criterionKey: key, value: choice });
        setView((v) => v && { ...v, criteria: v.criteria.map((c) => (c.key === key ? { ...c, agreed: row } : c)) });
      },
      { delay: 0, title: `The agreed grade for ${criterionTitle} was not saved`, undo },
    );
  const rationaleFor = (key: string, criterionTitle: string) => (rationale: string) =>
    saver.schedule(
      `rationale:${key}`,
      async () => {
        const row = await call('moderation.grade', { caseId, criterionKey: key, rationale });
        setView((v) => v && { ...v, criteria: v.criteria.map((c) => (c.key === key ? { ...c, agreed: row } : c)) });
      },
      { title: `The rationale for ${criterionTitle} was not saved` },
    );
  const saveOverall = (patch: { value?: number; rationale?: string }, undo?: () => void) =>
    saver.schedule(
      patch.rationale === undefined ? 'overall:value' : 'overall:rationale',
      async () => {
        const row = await call('moderation.overall', { caseId, ...patch });
        setView((v) => v && { ...v, overall: { ...v.overall, agreedValue: row.overallValue, agreedRationale: row.overallRationale } });
      },
      patch.rationale === undefined ? { delay: 0, title: 'The agreed overall grade was not saved', undo } : { title: 'The overall rationale was not saved' },
    );

  async function agreeUnanimous() {
    setBulkError(null);
    setMessage('');
    await saver.settle();
    try {
      const before = view!.criteria.filter((c) => isAgreedGrade(c.agreed)).length;
      const next = await call('moderation.agreeUnanimous', { caseId });
      const after = next.criteria.filter((c) => isAgreedGrade(c.agreed)).length;
      setView(next);
      setGeneration((n) => n + 1);
      setMessage(`${after - before === 1 ? '1 criterion' : `${after - before} criteria`} agreed where every audit gave the same grade.`);
    } catch (e) {
      setBulkError(toShownError(e, 'Nothing was agreed'));
    }
  }

  const panelProps = { view, levels, notApplicableLabel };
  return (
    <>
      <ClassificationMarking marking={fw.value.event.classification} />
      <p className="breadcrumb">
        <a href={href.event(eventId)}>{fw.value.event.name}</a>
        <span className="breadcrumb-sep" aria-hidden="true">
          {' '}
          ›{' '}
        </span>
        <a href={href.moderationQueue(eventId)}>Moderation queue</a>
        <span className="breadcrumb-sep" aria-hidden="true">
          {' '}
          ›{' '}
        </span>
        <a href={href.caseDetail(eventId, caseId)}>Case {reference}</a>
      </p>
      <PageTitle text="Moderation">
        Moderation: case {reference}{' '}
        <span className={`lock-badge${view.locked ? ' lock-badge-locked' : ''}`}>{view.locked ? 'Locked' : 'Open for moderation'}</span>
      </PageTitle>
      {view.eventId !== eventId && (
        <p className="banner banner-warning">
          This case belongs to another event: <a href={href.moderation(view.eventId, caseId)}>moderate it there</a>.
        </p>
      )}
      {view.locked && (
        <div className="banner banner-info locked-banner">
          <p className="banner-title">
            Signed off by {view.signedOffBy} on {formatDate(view.signedOffOn)}
          </p>
          <p>The agreed grades are locked and shown read-only. Unlock at the foot of the page to change them.</p>
        </div>
      )}
      <dl className="moderation-summary" aria-label="Summary">
        <div>
          <dt>Criteria</dt>
          <dd>{view.criteria.length}</dd>
        </div>
        <div className={differing > 0 ? 'summary-flag' : undefined}>
          <dt>Differences</dt>
          <dd>{differing}</dd>
        </div>
        <div>
          <dt>Agreed</dt>
          <dd>
            {agreed} <span className="summary-of">of {view.criteria.length}</span>
          </dd>
        </div>
        <div>
          <dt>Overall</dt>
          <dd className="summary-text">{view.overall.agreedValue === null ? 'Not yet agreed' : 'Agreed'}</dd>
        </div>
      </dl>
      <DifferenceKey counts={countKinds(view.criteria.map((c) => c.differences))} />
      <div className="moderation-bar">
        <button type="button" className="button button-primary" disabled={view.locked || unanimousToAgree === 0} onClick={() => void agreeUnanimous()}>
          Agree where unanimous ({unanimousToAgree})
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.target.checked)} />
          Show only differences
        </label>
        <SaveStatus state={saved.state} locked={view.locked} />
        <a href={href.trail(eventId, caseId)} className="bar-link">
          Audit trail for this case
        </a>
      </div>
      <ErrorBanner error={saved.error} onDismiss={saved.dismissible ? () => saver.dismiss() : undefined} />
      <ErrorBanner error={bulkError} onDismiss={() => setBulkError(null)} />
      <StatusMessage>{message}</StatusMessage>

      <div className="moderation-layout">
        <ModerationGrid view={view} levels={levels} notApplicableLabel={notApplicableLabel} selected={selected} onlyDifferences={onlyDifferences} onSelect={setSelected} />
        {criterion ? (
          <CriterionDetail
            key={`${criterion.key}:${generation}`}
            {...panelProps}
            criterion={criterion}
            number={view.criteria.indexOf(criterion) + 1}
            onChoose={chooseFor(criterion.key, criterion.title)}
            onRationale={rationaleFor(criterion.key, criterion.title)}
            onRationaleDone={() => saver.flush(`rationale:${criterion.key}`)}
          />
        ) : (
          <OverallDetail
            key={`overall:${generation}`}
            {...panelProps}
            onChoose={(choice, undo) => {
              if (choice !== 'na') saveOverall({ value: choice }, undo);
            }}
            onRationale={(rationale) => saveOverall({ rationale })}
            onRationaleDone={() => saver.flush('overall:rationale')}
          />
        )}
      </div>

      <CaseCapture view={view} eventId={eventId} agencies={fw.value.event.agencies} />

      <SignOff
        view={view}
        userName={userName}
        missing={missingAgreements(view)}
        onChanged={(next, text) => {
          setView(next);
          setGeneration((n) => n + 1);
          setMessage(text);
        }}
      />
    </>
  );
}
