// The one error banner: an error that needs the user's attention, announced at once, with each
// problem by field path. A change refused because Settings has no user name gets a plain
// explanation and a link to Settings instead of the core's message.
import type { ShownError } from '../lib/errors';
import { href } from '../router';

interface Props {
  error: ShownError | null;
  /** The headline when the error brings none of its own. */
  title?: string;
  onDismiss?: () => void;
}

export function ErrorBanner({ error, title = 'There is a problem', onDismiss }: Props) {
  if (!error) return null;
  if (error.code === 'NO_USER_NAME')
    return (
      <div className="banner banner-error" role="alert">
        <p className="banner-title">Enter your name in Settings first</p>
        <p>
          Every change is stamped with the name of the person who made it, so the audit trail shows who did what. Nothing was
          saved. <a href={href.settings()}>Go to Settings to enter your name</a>, then come back.
        </p>
      </div>
    );
  return (
    <div className="banner banner-error" role="alert">
      <p className="banner-title">{error.title ?? title}</p>
      {/* The core's message repeats every problem; the list below says it more clearly. */}
      <p>{error.problems.length > 0 ? problemCount(error.problems.length) : error.message}</p>
      {error.problems.length > 0 && (
        <ul className="problem-list">
          {error.problems.map((p, i) => (
            <li key={i}>
              {p.path && <code>{p.path}</code>} {p.message}
            </li>
          ))}
        </ul>
      )}
      {onDismiss && (
        <button type="button" className="button button-small" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}

function problemCount(n: number): string {
  return n === 1 ? 'There is 1 problem to fix:' : `There are ${n} problems to fix:`;
}
