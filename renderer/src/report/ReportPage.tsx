// The report: its outline from the template on the left, the editor for the chosen narrative
// (autosaved) with the findings chosen for the report beside it, and the exports below.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { call } from '../api/client';
import type { EventDetail, ReportOutline } from '@contract/types';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { ErrorBanner } from '../components/ErrorBanner';
import { NotReady } from '../components/NotReady';
import { PageTitle } from '../components/PageTitle';
import { SaveStatus } from '../autosave/SaveStatus';
import { useAutosaver } from '../autosave/useAutosaver';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import { ExportPanel } from './ExportPanel';
import { useIdentifierCheck } from '../disclosure/useIdentifierCheck';
import { NARRATIVE_TEXT_ID, NarrativeEditor } from './NarrativeEditor';
import { OutlineNav } from './OutlineNav';
import { DISTRIBUTION_ID, DocumentControlPanel } from './DocumentControlPanel';
import { ReportFindings } from './ReportFindings';
import { insertQuote, narrativeId, narrativesOf, type Finding } from './outline';
import './report.css';

async function loadReport(eventId: number) {
  const [event, outline, info] = await Promise.all([
    call('events.get', { id: eventId }),
    call('report.outline', { eventId }),
    call('app.info', {}).then(
      (i) => i.transport as string,
      () => null,
    ),
  ]);
  return { event, outline, transport: info };
}

export function ReportPage({ eventId }: { eventId: number }) {
  const [loaded] = useLoad(() => loadReport(eventId), [eventId]);
  if (loaded.state !== 'ready')
    return <NotReady title="Report" loading="Loading the report" loaded={loaded} back={{ href: href.event(eventId), label: 'Back to the event' }} />;
  return <ReportWorkspace eventId={eventId} {...loaded.value} />;
}

interface WorkspaceProps {
  eventId: number;
  event: EventDetail;
  outline: ReportOutline;
  transport: string | null;
}

function ReportWorkspace({ eventId, event, outline, transport }: WorkspaceProps) {
  const narratives = useMemo(() => narrativesOf(outline), [outline]);
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(narratives.map((n) => [n.id, n.saved])));
  const [selected, setSelected] = useState(narratives[0]?.id ?? '');
  // A save that failed (no name in Settings, say) would be lost by leaving: ask first.
  const { saver, saved: saveState } = useAutosaver({ askWhenFailed: 'Some of your writing is not saved yet. Leave the report anyway and lose it?' });
  const textarea = useRef<HTMLTextAreaElement>(null);
  const caretAfterInsert = useRef<number | null>(null);
  const current = narratives.find((n) => n.id === selected) ?? null;
  const check = useIdentifierCheck(current ? (texts[current.id] ?? '') : '');
  // Each finished save runs the pre-export check again.
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    if (saveState.state === 'saved') setRevision((n) => n + 1);
  }, [saveState.state]);

  // After "Insert into text", the caret goes just after the quotation.
  useLayoutEffect(() => {
    const caret = caretAfterInsert.current;
    if (caret === null || !textarea.current) return;
    caretAfterInsert.current = null;
    textarea.current.focus();
    textarea.current.setSelectionRange(caret, caret);
  });

  function change(id: string, text: string) {
    const narrative = narratives.find((n) => n.id === id);
    if (!narrative) return;
    setTexts((all) => ({ ...all, [id]: text }));
    saver.schedule(id, async () => {
      await call('report.saveNarrative', { eventId, sectionKey: narrative.sectionKey, criterionKey: narrative.criterionKey, text });
    });
  }

  function select(id: string) {
    saver.flushAll();
    setSelected(id);
  }

  function insert(finding: Finding) {
    if (!current) return;
    const text = texts[current.id] ?? '';
    const box = textarea.current;
    // Where the caret was when the box was last used; the end when it has not been used yet.
    const at = box && box.dataset.used === 'true' ? box.selectionStart : text.length;
    const next = insertQuote(text, at, finding.text);
    caretAfterInsert.current = next.caret;
    change(current.id, next.text);
  }

  return (
    <>
      <ClassificationMarking marking={event.classification} />
      <p className="breadcrumb">
        <a href={href.event(eventId)}>{event.name}</a>
      </p>
      <PageTitle text="Report">Report</PageTitle>
      <p className="lead">
        Write the report’s narrative here; every other section is generated from the audit when you export. Your writing is saved as you
        type.
      </p>
      <div className="report-layout">
        <OutlineNav outline={outline} texts={texts} selected={selected} onSelect={select} />
        {current ? (
          <div className="report-editor">
            {current.perCriterion && <p className="report-kicker">Findings by criterion</p>}
            <div className="report-editor-bar">
              {/* The heading is the text box's label, so the two never say different things. */}
              <h2 className="narrative-heading">
                <label htmlFor={NARRATIVE_TEXT_ID}>{current.label}</label>
              </h2>
              <SaveStatus state={saveState.state} />
            </div>
            <ErrorBanner title="Your writing was not saved" error={saveState.error} />
            {check.hits.length > 0 && (
              <p className="field-error" role="status">
                This text contains {check.found}: the report cannot be exported without identifiers until {check.hits.length === 1 ? 'it is' : 'they are'} removed.
              </p>
            )}
            <div className="report-editor-body">
              <NarrativeEditor
                key={current.id}
                ref={textarea}
                narrative={current}
                value={texts[current.id] ?? ''}
                onChange={(value) => change(current.id, value)}
                onBlur={() => saver.flush(current.id)}
              />
              <ReportFindings eventId={eventId} findings={current.findings} perCriterion={current.perCriterion} onInsert={insert} />
            </div>
          </div>
        ) : (
          <p className="note">This report template has no narrative sections to write.</p>
        )}
      </div>
      {outline.sections.some((s) => s.key === 'document-control') && <DocumentControlPanel eventId={eventId} saver={saver} initial={outline.documentControl} />}
      <ExportPanel
        eventId={eventId}
        transport={transport}
        beforeExport={() => saver.settle()}
        revision={revision}
        onOpenNarrative={(sectionKey, criterionKey) => {
          if (sectionKey === 'document-control') return document.getElementById(DISTRIBUTION_ID)?.focus();
          select(narrativeId(sectionKey, criterionKey));
          setTimeout(() => textarea.current?.focus(), 0);
        }}
      />
    </>
  );
}
