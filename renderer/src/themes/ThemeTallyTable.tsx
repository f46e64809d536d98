// The dashboard's tally by theme: for each theme used in the event, the cases whose audits were
// tagged with it, the audits, and the findings. Small case counts are withheld by core's
// disclosure policy, following the dashboard's own suppression switch.
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { useLoad } from '../lib/useLoad';
import './themes.css';

/** withheld: the words for a withheld case count, e.g. "fewer than 5". */
export function ThemeTallyTable({ eventId, suppress, withheld }: { eventId: number; suppress: boolean; withheld: string }) {
  const [tally] = useLoad(() => call('themes.tally', { eventId, suppressSmallNumbers: suppress }), [eventId, suppress]);
  if (tally.state === 'error') return <ErrorBanner error={tally.error} />;
  if (tally.state !== 'ready') return null;
  return (
    <section aria-labelledby="theme-tally-heading" className="theme-tally">
      <h2 id="theme-tally-heading">Themes</h2>
      {tally.value.length === 0 ? (
        <p className="note">No audit or finding has been coded with a theme yet. Auditors tick themes in the audit; findings take them on the findings page.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Tally by theme">
          <table className="data-table">
            <caption className="visually-hidden">Tally by theme, most cases first</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col" className="num">
                  Cases
                </th>
                <th scope="col" className="num">
                  Audits
                </th>
                <th scope="col" className="num">
                  Findings
                </th>
              </tr>
            </thead>
            <tbody>
              {tally.value.map((t) => (
                <tr key={t.id}>
                  <th scope="row">
                    {t.label}
                    {t.archived ? ' (archived)' : ''}
                  </th>
                  <td className="num">{t.suppressed ? withheld : t.cases}</td>
                  <td className="num">{t.suppressed ? 'withheld' : t.audits}</td>
                  <td className="num">{t.findings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
