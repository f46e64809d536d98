// One slide, drawn large, from the core's presentation view: figures the policy withheld arrive
// absent, and texts the identifier guard caught arrive as a note saying why; charts come from
// the core like the dashboard's.
import type { PresentationView, Slide, SlideText } from '@contract/types';
import type { FigureKind } from '@model/figures';
import { formatDate } from '../lib/dates';
import { change, decimal, fewerThan, percent } from '../dashboard/format';
import type { SummaryQuery } from '../dashboard/query';
import { svgSource, useFigure } from '../dashboard/useFigure';
import { recommendationStatusLabels } from '@model/labels';

interface Props {
  slide: Slide;
  view: PresentationView;
  query: SummaryQuery;
}

export function SlideView({ slide, view, query }: Props) {
  const threshold = view.smallNumberThreshold;
  switch (slide.kind) {
    case 'title':
      return (
        <div className="pr-slide pr-title-slide">
          <p className="pr-kicker">Scrutiny event</p>
          <h2 className="pr-heading pr-heading-title">{slide.title}</h2>
          {slide.theme && <p className="pr-subtitle">{slide.theme}</p>}
          <dl className="pr-title-facts">
            {slide.partnership && (
              <div>
                <dt>Partnership</dt>
                <dd>{slide.partnership}</dd>
              </div>
            )}
            <div>
              <dt>Audit date</dt>
              <dd>{formatDate(slide.auditDate)}</dd>
            </div>
            <div>
              <dt>Framework</dt>
              <dd>{slide.frameworkName}</dd>
            </div>
          </dl>
          <p className="pr-title-marking">{slide.classification}</p>
        </div>
      );
    case 'overview': {
      const s = slide.sample;
      const numbers: [string, number][] = [
        ['Cases in the sample', s.cases],
        ['Cases audited', s.casesAudited],
        ['Audits', s.audits],
        ['Agencies', s.agencies],
      ];
      return (
        <div className="pr-slide">
          <h2 className="pr-heading">{slide.title}</h2>
          <dl className="pr-numbers pr-numbers-row">
            {numbers.map(([label, n]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{n}</dd>
              </div>
            ))}
            {(slide.overall.suppressed || slide.overall.n > 0) && (
              <div>
                <dt>Overall judgements good or better</dt>
                <dd>{slide.overall.suppressed ? <span className="pr-suppressed">{fewerThan(threshold)} cases</span> : percent(slide.overall.goodOrBetter)}</dd>
              </div>
            )}
          </dl>
          <SlideFigure query={query} kind="good-or-better" wide />
        </div>
      );
    }
    case 'comparison':
      return (
        <div className="pr-slide">
          <h2 className="pr-heading">{slide.title}</h2>
          <SlideFigure query={query} kind="comparison" wide />
        </div>
      );
    case 'criterion': {
      const c = slide.figures;
      const cmp = slide.change;
      return (
        <div className="pr-slide">
          <p className="pr-kicker">{slide.domain}</p>
          <h2 className="pr-heading">{slide.title}</h2>
          <div className="pr-split">
            <div>
              <dl className="pr-numbers pr-numbers-compact">
                <div>
                  <dt>Grades</dt>
                  <dd>{c.suppressed ? <span className="pr-suppressed">{fewerThan(threshold)} cases</span> : c.n}</dd>
                </div>
                {!c.suppressed && (
                  <>
                    <div>
                      <dt>Good or better</dt>
                      <dd>{percent(c.goodOrBetter)}</dd>
                    </div>
                    <div>
                      <dt>Mean grade</dt>
                      <dd>{decimal(c.mean)}</dd>
                    </div>
                    {cmp && (
                      <div>
                        <dt>Since {view.comparedWith}</dt>
                        <dd>{cmp.suppressed ? <span className="pr-suppressed">not shown: {fewerThan(threshold)} cases</span> : change(cmp.change)}</dd>
                      </div>
                    )}
                  </>
                )}
              </dl>
              <Texts heading="Themes" texts={slide.themes} />
              <Texts heading="In the auditors’ words" texts={slide.quotes} quotes />
            </div>
            {c.suppressed ? (
              <p className="pr-placeholder">The chart is not shown: its figures come from {fewerThan(threshold)} cases.</p>
            ) : c.n === 0 ? (
              <p className="pr-placeholder">No grades were recorded for this criterion.</p>
            ) : (
              <SlideFigure query={query} kind="criterion" criterionKey={slide.key} />
            )}
          </div>
        </div>
      );
    }
    case 'findings':
      return (
        <div className="pr-slide">
          <h2 className="pr-heading">{slide.title}</h2>
          {slide.texts.length === 0 ? <p className="pr-placeholder">{slide.empty}</p> : <Texts texts={slide.texts} quotes />}
        </div>
      );
    case 'recommendations':
      return (
        <div className="pr-slide">
          <h2 className="pr-heading">{slide.title}</h2>
          {slide.items.length === 0 ? (
            <p className="pr-placeholder">No recommendations have been recorded yet.</p>
          ) : (
            <ol className="pr-recommendations">
              {slide.items.map((r, i) => (
                <li key={i}>
                  <p className="pr-recommendation-text">
                    <Text text={r.text} />
                  </p>
                  <p className="pr-recommendation-meta">
                    <span>Owner: {r.ownerName ?? 'not yet agreed'}</span>
                    <span>Due: {formatDate(r.dueDate, 'no date yet')}</span>
                    <span>{recommendationStatusLabels[r.status as keyof typeof recommendationStatusLabels] ?? r.status}</span>
                  </p>
                </li>
              ))}
            </ol>
          )}
        </div>
      );
  }
}

/** A text, or the note that it was withheld and why. */
function Text({ text }: { text: SlideText }) {
  return text.withheld ? <span className="pr-withheld">{text.reason}</span> : <>{text.text}</>;
}

function Texts({ heading, texts, quotes }: { heading?: string; texts: SlideText[]; quotes?: boolean }) {
  if (texts.length === 0) return null;
  return (
    <div className="pr-texts">
      {heading && <h3 className="pr-subheading">{heading}</h3>}
      <ul className={quotes ? 'pr-quotes' : 'pr-themes'}>
        {texts.map((t, i) => (
          <li key={i}>{quotes && !t.withheld ? <blockquote>{t.text}</blockquote> : <Text text={t} />}</li>
        ))}
      </ul>
    </div>
  );
}

function SlideFigure({ query, kind, criterionKey, wide }: { query: SummaryQuery; kind: FigureKind; criterionKey?: string; wide?: boolean }) {
  const figure = useFigure(query, kind, criterionKey);
  if (figure.state === 'loading') return <p className="pr-placeholder">Drawing the chart…</p>;
  if (figure.state === 'error') return <p className="pr-placeholder">The chart could not be drawn: {figure.error.message}</p>;
  return <img className={`pr-figure${wide ? ' pr-figure-wide' : ''}`} src={svgSource(figure.value.svg)} alt={figure.value.alt} />;
}
