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
      <p>{error.message}</p>
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
