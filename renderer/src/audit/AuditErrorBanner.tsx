// An error from an audit call, announced at once. When the user has no name in Settings the core
// refuses every change, so the banner says so plainly and links to Settings.
import { href } from '../router';
import type { SaveError } from './autosave';
import './audit.css';

interface Props {
  error: SaveError | null;
  title?: string;
  onDismiss?: () => void;
}

export function AuditErrorBanner({ error, title = 'There is a problem', onDismiss }: Props) {
  if (!error) return null;
  const noName = error.code === 'NO_USER_NAME';
  return (
    <div className="banner banner-error" role="alert">
      <p className="banner-title">{noName ? 'Enter your name in Settings first' : title}</p>
      {noName ? (
        <p>
          Every change to an audit is stamped with your name, so nothing can be saved until it is set.{' '}
          <a href={href.settings()}>Go to Settings to enter your name</a>, then come back.
        </p>
      ) : (
        <p>{error.message}</p>
      )}
      {onDismiss && (
        <button type="button" className="button button-small" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
