// Exports: the Word report (with a clear switch for identifiable content, off by default), the
// 7-minute briefing and the figures workbook. Each builds in the core, then is saved through the
// desktop's save dialog and opened, or downloaded in the browser.
import { useState } from 'react';
import { call } from '../api/client';
import { StatusMessage } from '../components/StatusMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { toShownError, type ShownError } from '../lib/errors';
import { saveOrDownload } from './saveFile';

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
}

export function ExportPanel({ eventId, transport, beforeExport }: Props) {
  const [includeIdentifiers, setIncludeIdentifiers] = useState(false);
  const [suppressSmallNumbers, setSuppressSmallNumbers] = useState(true);
  const [progress, setProgress] = useState<{ kind: Kind; stage: string } | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ title: string; error: ShownError } | null>(null);

  async function run(kind: Kind) {
    setError(null);
    setStatus('');
    setProgress({ kind, stage: building[kind] });
    try {
      await beforeExport();
      const file =
        kind === 'report'
          ? await call('report.export', { eventId, includeIdentifiers, suppressSmallNumbers })
          : kind === 'briefing'
            ? await call('report.briefing', { eventId })
            : await call('report.figuresXlsx', { eventId, suppressSmallNumbers });
      setProgress({ kind, stage: 'Saving…' });
      const outcome = await saveOrDownload(file, transport);
      const noun = names[kind].noun;
      if (outcome.kind === 'saved') setStatus(`${noun} saved to ${outcome.path}${outcome.opened ? ' and opened' : ''}`);
      else if (outcome.kind === 'downloaded') setStatus(`${noun} downloaded as ${outcome.fileName}`);
      else setStatus(`${noun} not saved: the save was cancelled.`);
    } catch (e) {
      setError({ title: names[kind].failed, error: toShownError(e) });
    } finally {
      setProgress(null);
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
            Include case references and unchosen findings (identifiable: handle accordingly)
          </label>
        </p>
        <p className="hint" id="identifiers-hint">
          Off by default: the report then holds no case reference and only the findings cleared as anonymised quotes. The briefing never
          holds either.
        </p>
        {includeIdentifiers && (
          <div className="banner banner-warning" role="note">
            <p className="banner-title">This report will identify children</p>
            <p>
              It will list case references and findings not cleared for the report. Store and share it only as your partnership’s
              information-sharing rules allow for identifiable data, under its classification marking.
            </p>
          </div>
        )}
        <p className="export-option">
          <label className="checkbox">
            <input type="checkbox" checked={suppressSmallNumbers} disabled={busy} aria-describedby="suppress-hint" onChange={(e) => setSuppressSmallNumbers(e.target.checked)} />
            Suppress figures from fewer than 5 cases
          </label>
        </p>
        <p className="hint" id="suppress-hint">
          A figure from so few children could identify them; suppressed figures show as “fewer than 5”. Applies to the report and the workbook.
        </p>
      </fieldset>
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
      {error && <ErrorBanner title={error.title} error={error.error} onDismiss={() => setError(null)} />}
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
