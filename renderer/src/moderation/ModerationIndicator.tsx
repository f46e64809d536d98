// On a case's page: how far its moderation has got, with links to moderate it and to its trail.
import { call } from '../api/client';
import { formatDate } from '../lib/dates';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import { isAgreedGrade } from './agreed';
import './moderation.css';

export function ModerationIndicator({ eventId, caseId }: { eventId: number; caseId: number }) {
  const [view] = useLoad(() => call('moderation.get', { caseId }), [caseId]);
  let summary = 'Loading the moderation state…';
  if (view.state === 'error') summary = 'The moderation state could not be loaded.';
  if (view.state === 'ready') {
    const v = view.value;
    const agreed = v.criteria.filter((c) => isAgreedGrade(c.agreed)).length;
    const differences = v.criteria.filter((c) => c.differences.length > 0).length;
    summary = v.locked
      ? `Signed off by ${v.signedOffBy} on ${formatDate(v.signedOffOn)}.`
      : `${agreed} of ${v.criteria.length} criteria agreed; ${differences === 1 ? '1 difference' : `${differences} differences`}; ${
          v.overall.grades.length === 1 ? '1 agency audit' : `${v.overall.grades.length} agency audits`
        }.`;
  }
  return (
    <section aria-labelledby="moderation-heading" className="panel">
      <h2 id="moderation-heading">Moderation</h2>
      <div className="moderation-indicator">
        <p>{summary}</p>
        <a className="button button-primary" href={href.moderation(eventId, caseId)}>
          Moderate this case
        </a>
        <a href={href.trail(eventId, caseId)}>Audit trail for this case</a>
      </div>
    </section>
  );
}
