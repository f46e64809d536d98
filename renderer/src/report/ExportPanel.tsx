// Exports: the Word report, the 7-minute briefing and the figures workbook. Each builds in the
// core, which withholds small figures, refuses text that could identify a child unless the user
// ticks identifiers in (listing every hit with a link to fix it), marks an identifiable file, and
// records the export in the trail. Then it is saved through the desktop's save dialog and opened,
// or downloaded in the browser.
import { useEffect, useState } from 'react';
import type { ReportReadiness } from '@contract/types';
import { call } from '../api/client';
import { StatusMessage } from '../components/StatusMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { toShownError, type ShownError } from '../lib/errors';
import { IdentifierHits } from '../disclosure/IdentifierHits';
import { useLoad } from '../lib/useLoad';
import { saveExport } from './saveFile';
import { ReadinessCheck } from './ReadinessCheck';
import type { Loaded } from '../lib/useLoad';

type Kind = 'report' | 'briefing' | 'figures';

const names: Record<Kind, { button: string; noun: string; failed: string }> = {
  report: { button: 'Export report (Word)…', noun: 'Report', failed: 'The report was not exported' },
  briefing: { button: 'Export 7-minute briefing (Word)…', noun: '7-minute briefing', failed: 'The briefing was not exported' },
  figures: { button: 'Export figures and action plan (Excel)…', noun: 'Figures and action plan', failed: 'The workbook was not exported' },
};

const building: Record<Kind, string> = {
  report: 'Building the report…',
  briefing: 'Building the briefing…',
  figures: 'Building the workbook…',
};

interface Props {
  eventId: number;
  transport: string | null;
  /** Resolves once every narrative typed so far is saved, so the export has the newest text. */
  beforeExport: () => Promise<void>;
  onOpenNarrative: (sectionKey: string, criterionKey?: string) => void;
  /** Changes whenever the narrative was saved: the check runs again. */
  revision: number;
}

/** The pre-export check for the current choices, run again after each save; the last answer stays shown while it runs. */
function useReadiness(input: { eventId: number; includeIdentifiers: boolean; suppressSmallNumbers: boolean; findingIds: number[] }, revision: number): [Loaded<ReportReadiness>, () => void] {
  const [check, setCheck] = useState<Loaded<ReportReadiness>>({ state: 'loading' });
  const [again, setAgain] = useState(0);
  const key = JSON.stringify(input);
  useEffect(() => {
    let live = true;
    call('report.readiness', JSON.parse(key) as typeof input).then(
      (value) => live && setCheck({ state: 'ready', value }),
      (error: unknown) => live && setCheck({ state: 'error', error: toShownError(error) }),
    );
    return () => {
      live = false;
    };
  }, [key, revision, again]);
  return [check, () => setAgain((n) => n + 1)];
}

export function ExportPanel({ eventId, transport, beforeExport, onOpenNarrative, revision }: Props) {
  const [includeIdentifiers, setIncludeIdentifiers] = useState(false);
  const [findingIds, setFindingIds] = useState<number[]>([]);
  const [includeQuotes, setIncludeQuotes] = useState(false);
  const [suppressSmallNumbers, setSuppressSmallNumbers] = useState(true);
  const [progress, setProgress] = useState<{ kind: Kind; stage: string } | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ title: string; error: ShownError } | null>(null);
  const [findings] = useLoad(() => (includeIdentifiers ? call('findings.list', { eventId }) : Promise.resolve([])), [eventId, includeIdentifiers]);
  const uncleared = findings.state === 'ready' ? findings.value.filter((f) => !f.quoteForReport) : [];
  const [readiness, checkAgain] = useReadiness({ eventId, includeIdentifiers, suppressSmallNumbers, findingIds: includeIdentifiers ? findingIds : [] }, revision);

  async function run(kind: Kind) {
    setError(null);
    setStatus('');
    setProgress({ kind, stage: building[kind] });
    try {
      await beforeExport();
      const options = { transport, open: true };
      const { outcome, made } =
        kind === 'report'
          ? await saveExport('report.export', { eventId, includeIdentifiers, suppressSmallNumbers, findingIds: includeIdentifiers ? findingIds : [] }, options)
          : kind === 'briefing'
            ? await saveExport('report.briefing', { eventId, includeIdentifiers, includeQuotes, suppressSmallNumbers }, options)
            : await saveExport('report.figuresXlsx', { eventId, includeIdentifiers, suppressSmallNumbers }, options);
      const noun = made.draft ? `${names[kind].noun} (a DRAFT: every page says so)` : names[kind].noun;
      if (outcome.kind === 'saved') setStatus(`${noun} saved to ${outcome.path}${outcome.opened ? ' and opened' : ''}`);
      else if (outcome.kind === 'downloaded') setStatus(`${noun} downloaded as ${outcome.fileName}`);
      else setStatus(`${noun} not saved: the save was cancelled.`);
    } catch (e) {
      setError({ title: names[kind].failed, error: toShownError(e) });
    } finally {
      setProgress(null);
      checkAgain();
    }
  }

  const busy = progress !== null;
  return (
    <section className="panel export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <fieldset className="export-options">
        <legend>What goes into the exports</legend>
        <p className="export-option">
          <label className="checkbox">
            <input type="checkbox" checked={includeIdentifiers} disabled={busy} aria-describedby="identifiers-hint" onChange={(e) => setIncludeIdentifiers(e.target.checked)} />
            Include identifiers (identifiable: handle accordingly)
          </label>
        </p>
        <p className="hint" id="identifiers-hint">
          Off by default: no case reference leaves, only findings cleared as anonymised quotes are used, and an export whose text holds a case
          reference, date of birth, postcode, NHS number, UPN, phone number or email address is refused with a list of where to fix it.
        </p>
        {includeIdentifiers && (
          <div className="banner banner-warning" role="note">
            <p className="banner-title">These exports will identify children</p>
            <p>
              Every page and the file name will say CONTAINS PERSONAL DATA; the report lists the case references. Store and share them only as your
              partnership’s information-sharing rules allow for identifiable data.
            </p>
            {uncleared.length > 0 && (
              <fieldset className="export-findings">
                <legend>Also include these findings, not cleared as quotes, in the report</legend>
                <ul className="checkbox-list">
                  {uncleared.map((f) => (
                    <li key={f.id}>
                      <label className="checkbox">
                        <input type="checkbox" checked={findingIds.includes(f.id)} disabled={busy} onChange={(e) => setFindingIds((ids) => (e.target.checked ? [...ids, f.id] : ids.filter((x) => x !== f.id)))} />
                        {f.text}
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            )}
          </div>
        )}
        <p className="export-option">
          <label className="checkbox">
            <input type="checkbox" checked={includeQuotes} disabled={busy} aria-describedby="quotes-hint" onChange={(e) => setIncludeQuotes(e.target.checked)} />
            Include quotes in the 7-minute briefing
          </label>
        </p>
        <p className="hint" id="quotes-hint">
          The briefing circulates widely, so it carries no quotes unless you tick this (then up to two of the cleared quotes).
        </p>
        <p className="export-option">
          <label className="checkbox">
            <input type="checkbox" checked={suppressSmallNumbers} disabled={busy} aria-describedby="suppress-hint" onChange={(e) => setSuppressSmallNumbers(e.target.checked)} />
            Suppress figures from fewer than 5 cases
          </label>
        </p>
        <p className="hint" id="suppress-hint">
          A figure from so few children could identify them; suppressed figures show as “fewer than 5” and are left out of rankings and comparisons.
          Turning this off is recorded with the export.
        </p>
      </fieldset>
      <ReadinessCheck eventId={eventId} check={readiness} onOpenNarrative={onOpenNarrative} />
      <div className="actions">
        {(Object.keys(names) as Kind[]).map((kind) => (
          <button key={kind} type="button" className={`button${kind === 'report' ? ' button-primary' : ''}`} disabled={busy} onClick={() => void run(kind)}>
            {names[kind].button}
          </button>
        ))}
      </div>
      {/* Always in the page, so screen readers hear each stage as it changes. */}
      <div aria-live="polite" className="export-progress-region">
        {progress && (
          <div className="progress-line export-progress">
            <label htmlFor="export-progress">{progress.stage}</label>
            <progress id="export-progress" max={2} value={progress.stage === 'Saving…' ? 1.5 : 0.5} />
          </div>
        )}
      </div>
      {error?.error.code === 'IDENTIFIERS_FOUND' ? (
        <IdentifierHits eventId={eventId} title={error.title} message={error.error.message} hits={error.error.problems} onOpenNarrative={onOpenNarrative} onDismiss={() => setError(null)} />
      ) : (
        error && <ErrorBanner title={error.title} error={error.error} onDismiss={() => setError(null)} />
      )}
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
