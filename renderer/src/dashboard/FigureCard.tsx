// A chart drawn by the core: the picture, its text alternative behind a disclosure, and downloads
// as SVG (the same text) and PNG (rendered by the core with the shipped fonts).
import { useState } from 'react';
import type { FigureKind } from '@model/figures';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { toShownError, type ShownError } from '../lib/errors';
import { slugify } from '@model/slug';
import { saveExport } from '../report/saveFile';
import type { SummaryQuery } from './query';
import { svgSource, useFigure } from './useFigure';

interface Props {
  query: SummaryQuery;
  kind: FigureKind;
  criterionKey?: string;
  /** Start of the downloaded file names, e.g. the event's name. */
  filePrefix: string;
}

export function FigureCard({ query, kind, criterionKey, filePrefix }: Props) {
  const figure = useFigure(query, kind, criterionKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const base = slugify(`${filePrefix} ${kind}${criterionKey ? ` ${criterionKey}` : ''}`) || kind;

  async function save(format: 'png' | 'svg') {
    setBusy(true);
    setError(null);
    try {
      await saveExport(format === 'png' ? 'charts.png' : 'charts.svg', { ...query, kind, ...(criterionKey ? { criterionKey } : {}) }, { fileStem: base });
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setBusy(false);
    }
  }

  if (figure.state === 'loading') return <Loading what="Drawing the chart" />;
  if (figure.state === 'error') return <ErrorBanner title="The chart could not be drawn" error={figure.error} />;
  const { title, alt, svg } = figure.value;
  return (
    <figure className="fd-figure">
      <img className="fd-figure-image" src={svgSource(svg)} alt={alt} />
      <figcaption>
        <details className="fd-alt">
          <summary>Text alternative</summary>
          <p>{alt}</p>
        </details>
        <div className="actions actions-small">
          <button type="button" className="button button-small" onClick={() => void save('svg')}>
            Download SVG<span className="visually-hidden">: {title}</span>
          </button>
          <button type="button" className="button button-small" disabled={busy} onClick={() => void save('png')}>
            {busy ? 'Preparing PNG…' : 'Download PNG'}
            <span className="visually-hidden">: {title}</span>
          </button>
        </div>
        <ErrorBanner title="The chart could not be saved" error={error} onDismiss={() => setError(null)} />
      </figcaption>
    </figure>
  );
}
