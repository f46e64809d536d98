// The themes this audit is coded with: a checkbox per theme of the event's framework, saved as it
// is ticked (stamped in the trail with the name the audit is scored as).
import { useState } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { toShownError, type ShownError } from '../lib/errors';
import { useLoad } from '../lib/useLoad';
import './themes.css';

export function AuditThemes({ auditId, readOnly }: { auditId: number; readOnly: boolean }) {
  const [loaded] = useLoad(() => call('themes.ofAudit', { auditId }), [auditId]);
  const [tagged, setTagged] = useState<number[] | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  if (loaded.state !== 'ready') return <ErrorBanner error={loaded.state === 'error' ? loaded.error : null} />;
  const current = tagged ?? loaded.value.tagged;
  const toggle = async (themeId: number, on: boolean) => {
    const next = on ? [...current, themeId] : current.filter((id) => id !== themeId);
    setTagged(next);
    setError(null);
    try {
      setTagged((await call('themes.tagAudit', { auditId, themeIds: next })).tagged);
    } catch (e) {
      setTagged(current);
      setError(toShownError(e, 'The themes were not saved'));
    }
  };
  if (loaded.value.themes.length === 0) return null;
  return (
    <fieldset className="audit-themes" disabled={readOnly}>
      <legend>Themes in this case</legend>
      <div className="theme-checks">
        {loaded.value.themes.map((t) => (
          <label key={t.id} className="checkbox">
            <input type="checkbox" checked={current.includes(t.id)} onChange={(e) => void toggle(t.id, e.target.checked)} />
            {t.label}
          </label>
        ))}
      </div>
      <ErrorBanner error={error} />
    </fieldset>
  );
}
