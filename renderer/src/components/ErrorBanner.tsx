// An error that needs the user's attention, announced at once, with each problem by field path.
import type { ShownError } from '../lib/errors';

interface Props {
  error: ShownError | null;
  title?: string;
  onDismiss?: () => void;
}

export function ErrorBanner({ error, title = 'There is a problem', onDismiss }: Props) {
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <p className="banner-title">{title}</p>
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
