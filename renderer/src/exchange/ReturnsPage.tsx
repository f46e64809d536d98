// Importing returns and filled workbooks: choose one or many files; each is checked and
// previewed (new, changed, unchanged, conflict), conflicts are decided side by side, and each
// file is applied on its own.
import { useRef, useState, type ChangeEvent } from 'react';
import { call } from '../api/client';
import type { FilePreview, Resolution } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { StatusMessage } from '../components/StatusMessage';
import { toShownError, type ShownError } from '../lib/errors';
import { readForUpload, type ReadFile } from '../lib/files';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import { EventSubpage } from './EventSubpage';
import { ImportedFileCard } from './ImportedFileCard';
import './exchange.css';

interface Entry {
  file: ReadFile;
  preview: FilePreview;
  choices: Record<string, Resolution>;
}

export function ReturnsPage({ eventId }: { eventId: number }) {
  const input = useRef<HTMLInputElement>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [reading, setReading] = useState('');
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [history, reloadHistory] = useLoad(() => call('packs.list', { eventId }), [eventId]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    setError(null);
    const added: Entry[] = [];
    try {
      for (const [i, f] of files.entries()) {
        setReading(`Checking ${f.name} (${i + 1} of ${files.length})…`);
        const file = await readForUpload(f, () => undefined);
        added.push({ file, preview: await call('returns.preview', { eventId, fileName: file.fileName, data: file.data }), choices: {} });
      }
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setReading('');
      setEntries((current) => [...current, ...added]);
    }
  }

  async function apply(index: number) {
    const entry = entries[index]!;
    setBusy(index);
    setError(null);
    try {
      const preview = await call('returns.apply', { eventId, fileName: entry.file.fileName, data: entry.file.data, resolutions: entry.choices });
      setEntries((current) => current.map((e, i) => (i === index ? { ...e, preview } : e)));
      reloadHistory();
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setBusy(null);
    }
  }

  const setChoice = (index: number, key: string, choice: Resolution) => setEntries((current) => current.map((e, i) => (i === index ? { ...e, choices: { ...e.choices, [key]: choice } } : e)));

  return (
    <EventSubpage eventId={eventId} title="Import returns">
      <p className="lead">Returns (.scrutineer-return) from auditors with the app, filled audit workbooks (.xlsx) and spreadsheet returns in the older column format (.csv or .xlsx: reference, agency, auditor, criterion, grade, evidence). Nothing changes until you import a file.</p>
      <p className="actions">
        <button type="button" className="button button-primary" disabled={!!reading} onClick={() => input.current?.click()}>
          Choose files…
        </button>
        <input ref={input} type="file" multiple accept=".scrutineer-return,.xlsx,.csv" aria-label="Return files" className="visually-hidden" tabIndex={-1} onChange={(e) => void choose(e)} />
        <a className="button" href={href.packs(eventId)}>
          Packs and workbooks
        </a>
        <a className="button" href={href.outstanding(eventId)}>
          Outstanding by agency
        </a>
      </p>
      <StatusMessage tone="info">{reading}</StatusMessage>
      <ErrorBanner title="Not imported" error={error} onDismiss={() => setError(null)} />
      {entries.map((e, i) => (
        <ImportedFileCard key={`${i}-${e.file.fileName}`} index={i} preview={e.preview} choices={e.choices} busy={busy === i} onChoose={(key, choice) => setChoice(i, key, choice)} onApply={() => void apply(i)} />
      ))}
      {history.state === 'ready' && history.value.imports.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Imported so far</h2>
          <table className="data-table import-history">
            <caption className="visually-hidden">Files imported</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Agency and auditor</th>
                <th scope="col">What changed</th>
                <th scope="col">When, by</th>
              </tr>
            </thead>
            <tbody>
              {history.value.imports.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.fileName}
                    {r.revision !== null && <span className="pb-case-meta">revision {r.revision}</span>}
                  </th>
                  <td>
                    {r.agency}
                    <span className="pb-case-meta">{r.auditor}</span>
                  </td>
                  <td>{r.summary}</td>
                  <td>
                    {r.importedAt.slice(0, 16).replace('T', ' ')}, {r.importedBy}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </EventSubpage>
  );
}
