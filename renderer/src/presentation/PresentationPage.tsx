// Presentation mode for the scrutiny event: a full-screen slide sequence in large, high-contrast
// type. Everything on it comes from one core call, presentation.view, which returns only what a
// slide may show (suppressed figures absent, texts that could identify a child replaced by a note),
// so this page cannot show a case reference even by mistake. Charts come from charts.figure, which
// draws only disclosed figures.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { call } from '../api/client';
import type { PresentationView, Slide } from '@contract/types';
import { NotReady } from '../components/NotReady';
import { PageTitle } from '../components/PageTitle';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { toQuery, noFilters, type SummaryQuery } from '../dashboard/query';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import { SlideView } from './SlideView';
import '../dashboard/dashboard.css';
import './presentation.css';

export function PresentationPage({ eventId }: { eventId: number }) {
  const id = useId();
  const [compareWith, setCompareWith] = useState<number | null>(null);
  const [suppress, setSuppress] = useState(true);
  const query = useMemo(() => toQuery(eventId, noFilters, compareWith, suppress), [eventId, compareWith, suppress]);
  const [loaded] = useLoad(() => call('presentation.view', query), [query]);
  const [started, setStarted] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);

  if (loaded.state !== 'ready') return <NotReady title="Presentation" loading="Preparing the slides" loaded={loaded} back={{ href: href.event(eventId), label: 'Back to the event' }} />;
  const view = loaded.value;
  const { event, slides, compareOptions } = view;

  return (
    <>
      <ClassificationMarking marking={event.classification} />
      <p className="breadcrumb">
        <a href={href.event(eventId)}>Back to {event.name}</a>
      </p>
      <PageTitle text={`Presentation – ${event.name}`}>Presentation</PageTitle>
      <p className="lead">
        Full-screen slides for the scrutiny event: the figures for each criterion, and only the findings marked as anonymised quotes for the
        report. No case reference is shown.
      </p>
      <div className="panel pr-setup">
        <div className="pr-setup-row">
          <div className="fd-inline-field">
            <label htmlFor={`${id}-compare`}>Compare with</label>
            <select id={`${id}-compare`} className="input input-small" value={compareWith ?? ''} onChange={(e) => setCompareWith(e.target.value ? Number(e.target.value) : null)}>
              <option value="">No comparison</option>
              {compareOptions.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={suppress} onChange={(e) => setSuppress(e.target.checked)} />
            Suppress groups under {view.smallNumberThreshold} cases
          </label>
        </div>
        <div className="actions">
          <button ref={startButton} type="button" className="button button-primary" onClick={() => setStarted(true)}>
            Start presentation
          </button>
          <a className="button" href={href.dashboard(eventId)}>
            Findings dashboard
          </a>
        </div>
        <p className="hint">Keys: Right arrow, Page Down or Space for the next slide; Left arrow or Page Up for the previous; Home and End; Escape leaves.</p>
      </div>
      <h2>The slides</h2>
      <ol className="pr-outline">
        {slides.map((s, i) => (
          <li key={i}>{s.title}</li>
        ))}
      </ol>
      {started && (
        <Deck
          view={view}
          query={query}
          onLeave={() => {
            setStarted(false);
            setTimeout(() => startButton.current?.focus(), 0);
          }}
        />
      )}
    </>
  );
}

interface DeckProps {
  view: PresentationView;
  query: SummaryQuery;
  onLeave: () => void;
}

function Deck({ view, query, onLeave }: DeckProps) {
  const { slides, event } = view;
  const [index, setIndex] = useState(0);
  const stage = useRef<HTMLDivElement>(null);
  const wentFullscreen = useRef(false);
  const last = slides.length - 1;
  const go = useCallback((next: number) => setIndex(Math.max(0, Math.min(last, next))), [last]);

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onLeave();
  }, [onLeave]);

  // Full screen where the platform allows it; the stage covers the window either way.
  useEffect(() => {
    const root = document.getElementById('root');
    if (root) root.inert = true;
    stage.current?.focus();
    const element = document.documentElement;
    if (element.requestFullscreen && !document.fullscreenElement) {
      element.requestFullscreen().then(
        () => (wentFullscreen.current = true),
        () => undefined,
      );
    }
    return () => {
      if (root) root.inert = false;
    };
  }, []);

  // Escape in full screen is taken by the browser: leaving full screen leaves the presentation.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && wentFullscreen.current) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [leave]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(index + 1),
        PageDown: () => go(index + 1),
        ' ': () => go(index + 1),
        ArrowLeft: () => go(index - 1),
        PageUp: () => go(index - 1),
        Home: () => go(0),
        End: () => go(last),
        Escape: leave,
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, last, leave]);

  const slide: Slide = slides[index]!;
  return createPortal(
    <div ref={stage} className="pr-stage" role="region" aria-roledescription="presentation" aria-label={`Presentation: ${event.name}`} tabIndex={-1}>
      <div className="pr-marking">
        <span className="visually-hidden">Classification: </span>
        {event.classification}
      </div>
      <p className="visually-hidden" aria-live="polite">
        Slide {index + 1} of {slides.length}: {slide.title}
      </p>
      <div className="pr-body">
        <SlideView key={index} slide={slide} view={view} query={query} />
      </div>
      <div className="pr-bar">
        <span className="pr-event-name">{event.name}</span>
        <div className="pr-nav">
          <button type="button" className="pr-button" onClick={() => go(index - 1)} disabled={index === 0}>
            <span aria-hidden="true">← </span>Previous
          </button>
          <span className="pr-counter" data-testid="slide-counter">
            {index + 1} / {slides.length}
          </span>
          <button type="button" className="pr-button" onClick={() => go(index + 1)} disabled={index === last}>
            Next<span aria-hidden="true"> →</span>
          </button>
          <button type="button" className="pr-button" onClick={leave}>
            Leave (Esc)
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
