// The event's findings: good practice, areas for development and themes, each linked to criteria
// and cases, some cleared as anonymised quotes for the report. Add, edit and delete here.
import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import type { Finding } from '@contract/types';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { ErrorBanner } from '../components/ErrorBanner';
import { NotReady } from '../components/NotReady';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { formatDateTime } from '../lib/dates';
import { useLoad } from '../lib/useLoad';
import { useActions } from '../lib/useActions';
import { shorten } from '../lib/text';
import { refocus } from '../lib/refocus';
import { loadEventFramework, type EventFramework } from '../lib/eventFramework';
import { href } from '../router';
import { FindingForm, emptyDraft, type FindingDraft } from './FindingForm';
import './findings.css';
import { findingKindLabels } from '@model/labels';
import { findingKinds } from '@model/statuses';

async function loadFindings(eventId: number) {
  const [fw, findings, cases] = await Promise.all([loadEventFramework(eventId), call('findings.list', { eventId }), call('cases.list', { eventId })]);
  const themes = await call('themes.list', { frameworkKey: fw.event.frameworkKey, includeArchived: true });
  return { fw, findings, cases: cases.map((c) => ({ id: c.id, reference: c.reference })), themes };
}

export function FindingsPage({ eventId }: { eventId: number }) {
  const [loaded] = useLoad(() => loadFindings(eventId), [eventId]);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [editing, setEditing] = useState<number | null>(null);
  const { busy, status, error, dismiss, act } = useActions();

  useEffect(() => {
    if (loaded.state === 'ready') setFindings(loaded.value.findings);
  }, [loaded]);

  if (loaded.state !== 'ready')
    return <NotReady title="Findings" loading="Loading the findings" loaded={loaded} back={{ href: href.event(eventId), label: 'Back to the event' }} />;
  const { fw, cases, themes } = loaded.value;
  const offered = themes.filter((t) => !t.archived);

  const add = (draft: FindingDraft) =>
    act('The finding was not added', async () => {
      const created = await call('findings.create', { eventId, ...draft });
      setFindings((list) => [...list, created]);
      return `Added the finding to ${findingKindLabels[created.kind].plural.toLowerCase()}.`;
    });
  const save = (id: number, draft: FindingDraft) =>
    act('The finding was not saved', async () => {
      const updated = await call('findings.update', { id, ...draft });
      setFindings((list) => list.map((f) => (f.id === id ? updated : f)));
      setEditing(null);
      refocus(`finding-${id}-edit`);
      return 'Saved the finding.';
    });
  const remove = (finding: Finding) => {
    if (!window.confirm(`Delete this finding? “${shorten(finding.text, 80)}” The deletion is kept in the audit trail.`)) return;
    void act('The finding was not deleted', async () => {
      await call('findings.delete', { id: finding.id });
      setFindings((list) => list.filter((f) => f.id !== finding.id));
      document.getElementById('findings-heading')?.focus();
      return 'Deleted the finding.';
    });
  };

  return (
    <>
      <ClassificationMarking marking={fw.event.classification} />
      <p className="breadcrumb">
        <a href={href.event(eventId)}>{fw.event.name}</a>
      </p>
      <PageTitle text="Findings">Findings</PageTitle>
      <p className="lead">
        What the audits and moderation found: good practice, areas for development and themes, linked to the criteria and cases they come
        from. Only findings marked as anonymised quotes may be shown at the scrutiny event or in the report.
      </p>
      <ErrorBanner error={error} onDismiss={dismiss} />
      <StatusMessage>{status}</StatusMessage>
      <h2 id="findings-heading" tabIndex={-1} className="visually-hidden">
        Findings by kind
      </h2>
      {findingKinds.map((kind) => {
        const list = findings.filter((f) => f.kind === kind);
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="finding-group">
            <h2 id={`kind-${kind}`}>
              {findingKindLabels[kind].plural} <span className="group-count">({list.length})</span>
            </h2>
            {list.length === 0 ? (
              <p className="note">None recorded yet.</p>
            ) : (
              <ul className="finding-list">
                {list.map((finding) => (
                  <li key={finding.id} className="finding">
                    {editing === finding.id ? (
                      <FindingForm
                        initial={toDraft(finding)}
                        criteria={fw.criteria}
                        cases={cases}
                        themes={offered}
                        submitLabel="Save changes"
                        busy={busy}
                        onSubmit={(draft) => save(finding.id, draft)}
                        onCancel={() => {
                          setEditing(null);
                          refocus(`finding-${finding.id}-edit`);
                        }}
                      />
                    ) : (
                      <FindingCard finding={finding} fw={fw} cases={cases} themes={themes} eventId={eventId} busy={busy} onEdit={() => setEditing(finding.id)} onDelete={() => remove(finding)} />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <section aria-labelledby="add-finding-heading" className="panel">
        <h2 id="add-finding-heading">Add a finding</h2>
        <FindingForm initial={emptyDraft} criteria={fw.criteria} cases={cases} themes={offered} submitLabel="Add finding" busy={busy} onSubmit={add} />
      </section>
    </>
  );
}

interface CardProps {
  finding: Finding;
  fw: EventFramework;
  cases: { id: number; reference: string }[];
  themes: { id: number; label: string }[];
  eventId: number;
  busy: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

function FindingCard({ finding, fw, cases, themes, eventId, busy, onEdit, onDelete }: CardProps) {
  const editButton = useRef<HTMLButtonElement>(null);
  const references = new Map(cases.map((c) => [c.id, c.reference]));
  const summary = shorten(finding.text, 40);
  return (
    <article className="finding-card" aria-label={`${findingKindLabels[finding.kind].singular}: ${summary}`}>
      {finding.quoteForReport && <p className="quote-badge">Quote for the report (anonymised)</p>}
      <p className="finding-text">{finding.text}</p>
      <dl className="finding-links">
        <dt>Criteria</dt>
        <dd>{finding.criterionKeys.length ? finding.criterionKeys.map(fw.criterionTitle).join('; ') : <span className="text-empty">None linked</span>}</dd>
        {finding.themeIds.length > 0 && (
          <>
            <dt>Themes</dt>
            <dd>{finding.themeIds.map((id) => themes.find((t) => t.id === id)?.label ?? id).join('; ')}</dd>
          </>
        )}
        <dt>Cases</dt>
        <dd>
          {finding.caseIds.length ? (
            <ul className="inline-list">
              {finding.caseIds.map((id) => (
                <li key={id}>
                  <a href={href.caseDetail(eventId, id)}>{references.get(id) ?? `Case ${id}`}</a>
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-empty">None linked</span>
          )}
        </dd>
      </dl>
      <p className="finding-meta">
        Added by {finding.createdBy}, {formatDateTime(finding.createdAt)}
        {finding.updatedAt && `; changed ${formatDateTime(finding.updatedAt)}`}
      </p>
      <div className="actions actions-small">
        <button ref={editButton} id={`finding-${finding.id}-edit`} type="button" className="button button-small" disabled={busy} aria-label={`Edit finding: ${summary}`} onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button button-small button-danger" disabled={busy} aria-label={`Delete finding: ${summary}`} onClick={onDelete}>
          Delete
        </button>
      </div>
    </article>
  );
}

function toDraft(finding: Finding): FindingDraft {
  return { kind: finding.kind, text: finding.text, quoteForReport: finding.quoteForReport, criterionKeys: finding.criterionKeys, caseIds: finding.caseIds, themeIds: finding.themeIds };
}


