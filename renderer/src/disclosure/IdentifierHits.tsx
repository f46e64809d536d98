// An export refused because text in it could identify a child: every hit the core listed, each
// with a link to the place to fix it (a finding, a narrative section, a recommendation, the event).
import { href } from '../router';

export interface Hit {
  /** Where to fix it, as the core names it: "findings/12", "report/executive-summary", "report/findings-by-criterion/drift", "actions/3", "event". */
  path: string;
  message: string;
}

interface Props {
  eventId: number;
  title: string;
  message: string;
  hits: Hit[];
  /** Opens a narrative section on this page (sectionKey, criterionKey). */
  onOpenNarrative: (sectionKey: string, criterionKey?: string) => void;
  onDismiss: () => void;
}

/** A link to where a listed problem is fixed: a narrative on this page, the findings, the action plan, a case's moderation or the event. */
export function FixLink({ eventId, path, onOpenNarrative, write = false }: { eventId: number; path: string; onOpenNarrative: Props['onOpenNarrative']; write?: boolean }) {
  const [area, key, criterion] = path.split('/');
  if (area === 'moderation' && key) return <a href={href.moderation(eventId, Number(key))}>Go to this case’s moderation</a>;
  if (area === 'report' && key)
    return (
      <button type="button" className="link-button" onClick={() => onOpenNarrative(key, criterion)}>
        {write ? 'Write it' : 'Edit this text'}
      </button>
    );
  const to = area === 'findings' ? href.findings(eventId) : area === 'actions' ? href.actions(eventId) : href.event(eventId);
  const words = area === 'findings' ? 'Go to the findings' : area === 'actions' ? 'Go to the action plan' : 'Go to the event';
  return <a href={to}>{words}</a>;
}

export function IdentifierHits({ eventId, title, message, hits, onOpenNarrative, onDismiss }: Props) {
  return (
    <div className="banner banner-error" role="alert">
      <p className="banner-title">{title}</p>
      <p>{message}</p>
      <ul className="identifier-hits">
        {hits.map((h, i) => (
          <li key={i}>
            {h.message} <FixLink eventId={eventId} path={h.path} onOpenNarrative={onOpenNarrative} />
          </li>
        ))}
      </ul>
      <button type="button" className="button button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
