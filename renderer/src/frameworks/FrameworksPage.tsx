// Frameworks: every audit tool at its latest version, with import from a JSON or YAML file.
import { useState } from 'react';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { ImportButton } from './ImportButton';
import { describeSave } from './outcome';
import type { ShownError } from '../lib/errors';
import { formatDateTime } from '../lib/dates';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';

export function FrameworksPage() {
  const [list, reload] = useLoad(() => call('frameworks.list', {}), []);
  const [status, setStatus] = useState('');
  const [importError, setImportError] = useState<{ error: ShownError; fileName: string } | null>(null);

  return (
    <>
      <PageTitle text="Frameworks">Frameworks</PageTitle>
      <p className="lead">
        A framework is the audit tool: the criteria each agency scores a case against, and the grading scale. Events keep the version
        they started with.
      </p>
      <div className="actions">
        <ImportButton
          onImported={(result, fileName) => {
            setImportError(null);
            setStatus(`Imported ${fileName}. ${describeSave(result)}`);
            reload();
          }}
          onFailed={(error, fileName) => {
            setStatus('');
            setImportError({ error, fileName });
          }}
        />
      </div>
      <ErrorBanner
        title={importError ? `${importError.fileName} was not imported` : undefined}
        error={importError?.error ?? null}
        onDismiss={() => setImportError(null)}
      />
      <StatusMessage>{status}</StatusMessage>
      {list.state === 'loading' && <Loading what="Loading frameworks" />}
      {list.state === 'error' && <ErrorBanner error={list.error} />}
      {list.state === 'ready' &&
        (list.value.length === 0 ? (
          <div className="empty-state">
            <h2>No frameworks yet</h2>
            <p>Import a framework file (JSON or YAML) to start.</p>
          </div>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Frameworks</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col" className="num">
                  Version
                </th>
                <th scope="col" className="num">
                  Criteria
                </th>
                <th scope="col" className="num">
                  Events using
                </th>
                <th scope="col">Last changed</th>
              </tr>
            </thead>
            <tbody>
              {list.value.map((fw) => (
                <tr key={fw.key}>
                  <th scope="row">
                    <a href={href.framework(fw.key)}>{fw.name}</a>
                    {fw.builtin && <span className="badge">Shipped</span>}
                  </th>
                  <td>
                    <code>{fw.key}</code>
                  </td>
                  <td className="num">{fw.version}</td>
                  <td className="num">{fw.criteriaCount}</td>
                  <td className="num">{fw.eventCount}</td>
                  <td>{formatDateTime(fw.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </>
  );
}
