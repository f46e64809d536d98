// The error banner for changes: a missing user name gets a plain explanation and a link to
// Settings instead of the core's message.
import { ErrorBanner } from '../components/ErrorBanner';
import { href } from '../router';
import type { ChangeError } from './changeError';

export function ChangeErrorBanner({ error, onDismiss }: { error: ChangeError | null; onDismiss?: () => void }) {
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
  return <ErrorBanner title={error.title} error={error} onDismiss={onDismiss} />;
}
