// Moderation of one case: every agency's grades side by side per criterion, disagreements
// flagged, the agreed multi-agency grade and its rationale (autosaved), the overall judgement,
// then lock and sign-off. Agencies' own grades are shown as recorded and never changed here.
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import type { ModerationView } from '@contract/types';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../lib/dates';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import { ExpandableText } from '../components/ExpandableText';
import { AgreedGrade, type AgreedChoice } from './AgreedGrade';
import { isAgreedGrade } from './agreed';
import { CriterionModeration } from './CriterionModeration';
import { DisagreementFlag } from './DisagreementFlag';
import { loadEventFramework, type EventFramework } from '../lib/eventFramework';
import { GradeChip } from './GradeChip';
import { SignOff } from './SignOff';
import { SaveStatus } from '../autosave/SaveStatus';
import { useAutosaver } from '../autosave/useAutosaver';
import './moderation.css';

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
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);
  const [message, setMessage] = useState('');
  const { saver, saved } = useAutosaver();

  useEffect(() => {
    if (loaded.state === 'ready') setView(loaded.value);
  }, [loaded]);

  const reference = view?.reference ?? '';
  const title = reference ? `Moderation: case ${reference}` : 'Moderation';
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
  const disagreements = view.criteria.filter((c) => c.disagreement).length;
  const agreed = view.criteria.filter((c) => isAgreedGrade(c.agreed)).length;
  const shown = onlyDisagreements ? view.criteria.filter((c) => c.disagreement) : view.criteria;
  const userName = settings.state === 'ready' ? settings.value.userName : '';

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

  return (
    <>
      <ClassificationMarking marking={fw.value.event.classification} />
      <p className="breadcrumb">
        <a href={href.event(eventId)}>{fw.value.event.name}</a>
        <span className="breadcrumb-sep" aria-hidden="true">
          {' '}
          ›{' '}
        </span>
        <a href={href.caseDetail(eventId, caseId)}>Case {reference}</a>
      </p>
      <PageTitle text={title}>
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
      <p className="lead">
        Agencies’ own grades are kept as recorded: they are shown here side by side and cannot be changed on this page. Record the grade
        the agencies agree, and why, below each criterion.
      </p>
      <dl className="moderation-summary" aria-label="Summary">
        <div>
          <dt>Criteria</dt>
          <dd>{view.criteria.length}</dd>
        </div>
        <div className={disagreements > 0 ? 'summary-flag' : undefined}>
          <dt>Disagreements</dt>
          <dd>{disagreements}</dd>
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
      <div className="moderation-bar">
        <label className="checkbox">
          <input type="checkbox" checked={onlyDisagreements} onChange={(e) => setOnlyDisagreements(e.target.checked)} />
          Show only disagreements
        </label>
        <SaveStatus state={saved.state} locked={view.locked} />
        <a href={href.trail(eventId, caseId)} className="bar-link">
          Audit trail for this case
        </a>
      </div>
      <ErrorBanner error={saved.error} onDismiss={saved.dismissible ? () => saver.dismiss() : undefined} />
      <StatusMessage>{message}</StatusMessage>

      <h2>Criteria</h2>
      {shown.length === 0 && <p className="note">No criterion has grades that differ by two levels or more.</p>}
      {shown.map((criterion) => (
        <CriterionModeration
          key={criterion.key}
          number={view.criteria.indexOf(criterion) + 1}
          criterion={criterion}
          levels={levels}
          notApplicableLabel={notApplicableLabel}
          locked={view.locked}
          onChoose={chooseFor(criterion.key, criterion.title)}
          onRationale={rationaleFor(criterion.key, criterion.title)}
          onRationaleDone={() => saver.flush(`rationale:${criterion.key}`)}
        />
      ))}

      <OverallModeration view={view} fw={fw.value} onChoose={(value, undo) => saveOverall({ value }, undo)} onRationale={(rationale) => saveOverall({ rationale })}
        onRationaleDone={() => saver.flush('overall:rationale')}
      />

      <SignOff
        view={view}
        userName={userName}
        missing={missingAgreements(view)}
        onChanged={(next, text) => {
          setView(next);
          setMessage(text);
        }}
      />
    </>
  );
}

interface OverallProps {
  view: ModerationView;
  fw: EventFramework;
  onChoose: (value: number, undo: () => void) => void;
  onRationale: (text: string) => void;
  onRationaleDone: () => void;
}

function OverallModeration({ view, fw, onChoose, onRationale, onRationaleDone }: OverallProps) {
  const { overall } = view;
  return (
    <section aria-labelledby="overall-heading" className={`moderation-criterion moderation-overall${overall.disagreement ? ' has-disagreement' : ''}`}>
      <div className="criterion-head">
        <h2 id="overall-heading">Overall judgement</h2>
        {overall.agreedValue !== null ? <span className="agreed-state agreed-done">Agreed</span> : <span className="agreed-state">Not yet agreed</span>}
      </div>
      {overall.disagreement && <DisagreementFlag>Overall judgements differ by two levels or more</DisagreementFlag>}
      {overall.grades.length === 0 ? (
        <p className="note">No agency has started an audit of this case yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table grades-table">
            <caption className="visually-hidden">Each agency’s overall judgement</caption>
            <thead>
              <tr>
                <th scope="col">Agency</th>
                <th scope="col">Auditor</th>
                <th scope="col">Overall grade</th>
                <th scope="col">Why this judgement</th>
              </tr>
            </thead>
            <tbody>
              {overall.grades.map((g) => (
                <tr key={g.auditId}>
                  <th scope="row">{g.agencyName}</th>
                  <td>{g.auditor || <span className="text-empty">Not recorded</span>}</td>
                  <td className="grade-cell">
                    <GradeChip value={g.value} levels={fw.levels} notApplicableLabel={fw.notApplicableLabel} />
                  </td>
                  <td>
                    <ExpandableText text={g.rationale} what={`of ${g.agencyName}’s overall reasons`} empty="None given" limit={240} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AgreedGrade
        legend="Agreed overall grade"
        rationaleFor="overall"
        levels={fw.levels}
        choice={overall.agreedValue}
        rationale={overall.agreedRationale}
        locked={view.locked}
        onChoose={(choice, undo) => {
          if (choice !== 'na') onChoose(choice, undo);
        }}
        onRationale={onRationale}
        onRationaleDone={onRationaleDone}
      />
    </section>
  );
}
