// One framework at its latest version: what it asks, how it grades, its history, and the actions
// (edit, clone, export).
import { useRef, useState } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { CloneForm } from './CloneForm';
import { DomainsView } from './DomainsView';
import { ExportButtons } from './ExportButtons';
import { ScaleView } from './ScaleView';
import { VersionHistory } from './VersionHistory';
import { ThemesEditor } from '../themes/ThemesEditor';
import type { ShownError } from '../lib/errors';
import { useLoad } from '../lib/useLoad';
import { href, navigate } from '../router';

export function FrameworkViewPage({ frameworkKey }: { frameworkKey: string }) {
  const [detail] = useLoad(() => call('frameworks.get', { key: frameworkKey }), [frameworkKey]);
  const [cloning, setCloning] = useState(false);
  const [actionError, setActionError] = useState<ShownError | null>(null);
  const cloneButton = useRef<HTMLButtonElement>(null);

  if (detail.state === 'loading')
    return (
      <>
        <PageTitle text="Framework">Framework</PageTitle>
        <Loading what="Loading the framework" />
      </>
    );
  if (detail.state === 'error')
    return (
      <>
        <PageTitle text="Framework">Framework</PageTitle>
        <ErrorBanner error={detail.error} />
        <p>
          <a href={href.frameworks()}>All frameworks</a>
        </p>
      </>
    );

  const { framework, builtin, eventCount, versions } = detail.value;
  const criteriaCount = framework.domains.reduce((n, d) => n + d.criteria.length, 0);
  return (
    <>
      <p className="breadcrumb">
        <a href={href.frameworks()}>All frameworks</a>
      </p>
      <PageTitle text={framework.name}>
        {framework.name}
        {builtin && <span className="badge">Shipped</span>}
      </PageTitle>
      <dl className="facts facts-inline">
        <dt>Key</dt>
        <dd>
          <code>{framework.key}</code>
        </dd>
        <dt>Version</dt>
        <dd>{framework.version}</dd>
        <dt>Criteria</dt>
        <dd>{criteriaCount}</dd>
      </dl>
      {framework.description && <p className="lead">{framework.description}</p>}
      <p className="note">
        {eventCount === 0
          ? 'No event uses this version, so edits change it in place.'
          : `Used by ${eventCount} ${eventCount === 1 ? 'event' : 'events'}. Editing makes a new version; ${eventCount === 1 ? 'that event keeps' : 'those events keep'} version ${framework.version}.`}
      </p>

      <div className="actions">
        <a className="button button-primary" href={href.frameworkEdit(framework.key)}>
          Edit
        </a>
        <button ref={cloneButton} type="button" className="button" aria-expanded={cloning} onClick={() => setCloning(true)}>
          Clone…
        </button>
        <ExportButtons frameworkKey={framework.key} version={framework.version} onError={setActionError} />
      </div>
      <ErrorBanner title="The framework was not exported" error={actionError} onDismiss={() => setActionError(null)} />
      {cloning && (
        <CloneForm
          sourceKey={framework.key}
          sourceName={framework.name}
          onCancel={() => {
            setCloning(false);
            cloneButton.current?.focus();
          }}
          onCloned={(newKey) => navigate(href.frameworkEdit(newKey))}
        />
      )}

      <section aria-labelledby="scale-heading">
        <h2 id="scale-heading">Grading scale</h2>
        <ScaleView scale={framework.scale} />
      </section>

      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading">Domains and criteria</h2>
        <DomainsView domains={framework.domains} />
      </section>

      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">Themes</h2>
        <ThemesEditor frameworkKey={framework.key} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Version history</h2>
        <VersionHistory versions={versions} />
      </section>
    </>
  );
}
