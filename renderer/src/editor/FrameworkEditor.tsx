// The framework editor: a draft in React state, validated on every change by the same schema the
// core uses, saved as a whole under the core's versioning rule.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../api/client';
import { validateFramework } from '@model/framework';
import type { FrameworkDetail, SaveResult } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { toShownError, type ShownError } from '../lib/errors';
import { href, navigate } from '../router';
import { DomainEditor, emptyCriterion } from './DomainEditor';
import { fromDraft, move, newId, toDraft, type Draft, type DraftDomain } from './draft';
import { Field, GroupProblems } from './Field';
import { firstPerPath } from './problems';
import { ProblemSummary } from './ProblemSummary';
import { ScaleEditor } from './ScaleEditor';
import { useUnsavedGuard } from './useUnsavedGuard';

function describeOutcome(result: SaveResult): string {
  switch (result.outcome) {
    case 'new-version':
      return `Saved as version ${result.version} because events use version ${result.version - 1} (they keep it).`;
    case 'unchanged':
      return 'No changes: the framework is the same as the saved version.';
    default:
      return 'Saved';
  }
}

export function FrameworkEditor({ initial }: { initial: FrameworkDetail }) {
  const [detail, setDetail] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial.framework));
  const [baseline, setBaseline] = useState(() => JSON.stringify(fromDraft(toDraft(initial.framework))));
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [saveError, setSaveError] = useState<ShownError | null>(null);

  const definition = useMemo(() => fromDraft(draft), [draft]);
  const validation = useMemo(() => validateFramework(definition), [definition]);
  const problems = useMemo(() => firstPerPath(validation.problems), [validation]);
  const dirty = JSON.stringify(definition) !== baseline;
  useUnsavedGuard(dirty);

  const update = useCallback((change: (d: Draft) => Draft) => {
    setDraft(change);
    setStatus('');
  }, []);

  const save = useCallback(async () => {
    if (!validation.ok || saving) return;
    setSaving(true);
    setSaveError(null);
    setStatus('');
    try {
      const result = await call('frameworks.save', { framework: validation.framework });
      const fresh = await call('frameworks.get', { key: result.key });
      const freshDraft = toDraft(fresh.framework);
      setDetail(fresh);
      setDraft(freshDraft);
      setBaseline(JSON.stringify(fromDraft(freshDraft)));
      setStatus(describeOutcome(result));
    } catch (e) {
      setSaveError(toShownError(e));
    } finally {
      setSaving(false);
    }
  }, [validation, saving]);

  // Ctrl+S / Cmd+S saves, as in any desktop editor.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const fw = detail.framework;
  const setDomains = (change: (domains: DraftDomain[]) => DraftDomain[]) => update((d) => ({ ...d, domains: change(d.domains) }));

  function addDomain() {
    // The key starts blank and follows the title as it is typed (see DomainEditor).
    setDomains((domains) => [...domains, { id: newId(), key: '', title: '', criteria: [emptyCriterion()] }]);
  }

  function moveCriterion(from: number, criterionIndex: number, to: number) {
    setDomains((domains) => {
      const criterion = domains[from]?.criteria[criterionIndex];
      if (!criterion) return domains;
      return domains.map((d, i) =>
        i === from ? { ...d, criteria: d.criteria.filter((_, j) => j !== criterionIndex) } : i === to ? { ...d, criteria: [...d.criteria, criterion] } : d,
      );
    });
  }

  return (
    <>
      <p className="breadcrumb">
        <a href={href.frameworks()}>All frameworks</a> › <a href={href.framework(fw.key)}>{fw.name}</a>
      </p>
      <PageTitle text={`Edit ${fw.name}`}>Edit framework</PageTitle>
      <p className="subtitle">
        <code>{fw.key}</code>, version {fw.version}
      </p>

      {detail.eventCount > 0 && (
        <div className="banner banner-warning" role="note">
          <p className="banner-title">
            {detail.eventCount} {detail.eventCount === 1 ? 'event uses' : 'events use'} version {fw.version}
          </p>
          <p>
            Saving makes version {fw.version + 1}. {detail.eventCount === 1 ? 'That event keeps' : 'Those events keep'} version {fw.version}, so
            their audits are not changed.
          </p>
        </div>
      )}
      {detail.builtin && <p className="note">This framework is shipped with Scrutineer. You can edit it, or clone it to keep the original as it is.</p>}

      <form
        className="editor"
        aria-label="Framework"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="editor-bar">
          <button type="submit" className="button button-primary" disabled={!validation.ok || saving} aria-keyshortcuts="Control+S Meta+S">
            {saving ? 'Saving…' : 'Save framework'}
          </button>
          <button type="button" className="button" onClick={() => navigate(href.framework(fw.key))}>
            Cancel
          </button>
          <span className="editor-state" aria-hidden="true">
            {dirty ? 'Unsaved changes' : 'No unsaved changes'}
            {!validation.ok && ' · fix the problems to save'}
          </span>
        </div>
        <StatusMessage>{status}</StatusMessage>
        <ErrorBanner title="The framework was not saved" error={saveError} onDismiss={() => setSaveError(null)} />
        <ProblemSummary problems={problems} />

        <section aria-labelledby="details-heading" className="panel">
          <h2 id="details-heading">Details</h2>
          <Field path="name" label="Name" problems={problems}>
            {(p) => <input {...p} className="input input-wide" value={draft.name} onChange={(e) => update((d) => ({ ...d, name: e.target.value }))} />}
          </Field>
          <Field path="description" label="Description" problems={problems}>
            {(p) => <textarea {...p} className="input input-wide" rows={3} value={draft.description} onChange={(e) => update((d) => ({ ...d, description: e.target.value }))} />}
          </Field>
        </section>

        <ScaleEditor draft={draft} problems={problems} onChange={(patch) => update((d) => ({ ...d, ...patch }))} />

        <section aria-labelledby="domains-heading" className="panel">
          <h2 id="domains-heading">Domains and criteria</h2>
          <GroupProblems path="domains" problems={problems} />
          {draft.domains.map((domain, i) => (
            <DomainEditor
              key={domain.id}
              domain={domain}
              index={i}
              count={draft.domains.length}
              problems={problems}
              allDomains={draft.domains}
              onChange={(next) => setDomains((domains) => domains.map((x, j) => (j === i ? next : x)))}
              onMove={(offset) => setDomains((domains) => move(domains, i, i + offset))}
              onRemove={() => setDomains((domains) => domains.filter((_, j) => j !== i))}
              onMoveCriterion={(c, to) => moveCriterion(i, c, to)}
            />
          ))}
          <div className="actions">
            <button type="button" className="button" onClick={addDomain}>
              Add domain
            </button>
          </div>
        </section>
      </form>
    </>
  );
}
