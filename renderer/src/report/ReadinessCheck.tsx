// The pre-export check: what keeps the report a draft (unwritten narrative, text that could
// identify a child, disagreements moderation has not settled), each with a link to fix it, and
// notes on withheld figures. The core decides; this shows it. Exporting anyway gives a DRAFT.
import type { ReportReadiness } from '@contract/types';
import { FixLink } from '../disclosure/IdentifierHits';
import type { Loaded } from '../lib/useLoad';

interface Props {
  eventId: number;
  check: Loaded<ReportReadiness>;
  onOpenNarrative: (sectionKey: string, criterionKey?: string) => void;
}

export function ReadinessCheck({ eventId, check, onOpenNarrative }: Props) {
  if (check.state === 'loading') return <p className="note">Checking whether the report is ready…</p>;
  if (check.state === 'error') return <p className="field-error">The check before export could not run: {check.error.message}</p>;
  const { draft, items } = check.value;
  const toResolve = items.filter((i) => i.makesDraft);
  const notes = items.filter((i) => !i.makesDraft);
  return (
    <section className={`banner ${draft ? 'banner-warning' : 'banner-success'} readiness`} aria-labelledby="readiness-heading">
      <h3 id="readiness-heading" className="banner-title">
        {draft
          ? `Draft: ${toResolve.length} ${toResolve.length === 1 ? 'thing' : 'things'} to resolve before the report is final`
          : 'Ready: the report will export as final'}
      </h3>
      {draft && <p>You can export now: every page will say DRAFT and so will the file name.</p>}
      {toResolve.length > 0 && (
        <ul className="readiness-items">
          {toResolve.map((item, i) => (
            <li key={i}>
              {item.text} {item.fix && <FixLink eventId={eventId} path={item.fix} onOpenNarrative={onOpenNarrative} write={item.kind === 'unwritten'} />}
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul className="readiness-notes">
          {notes.map((item, i) => (
            <li key={i}>Note: {item.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
