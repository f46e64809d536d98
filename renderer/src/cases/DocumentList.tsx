// A case's documents: list, attach, open (desktop app only) and remove. The core checks type and
// size (25 MB) and says so clearly; its message is shown as it comes.
import { call } from '../api/client';
import type { CaseDocument } from '@contract/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { FileButton } from '../components/FileButton';
import { StatusMessage } from '../components/StatusMessage';
import { formatDateTime } from '../lib/dates';
import { useActions } from '../lib/useActions';
import { formatSize } from '../lib/files';

interface Props {
  caseId: number;
  documents: CaseDocument[];
  onChanged: () => void;
}

const kinds: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'text/plain': 'Text',
};

export function DocumentList({ caseId, documents, onChanged }: Props) {
  const { busy, status, error, dismiss, show, act } = useActions();

  const attach = (fileName: string, data: string) =>
    act(`${fileName} was not attached`, async () => {
      await call('documents.add', { caseId, fileName, data });
      onChanged();
      return `Attached ${fileName}.`;
    });
  const open = (doc: CaseDocument) =>
    act(`${doc.fileName} could not be opened`, async () => {
      const { opened } = await call('documents.open', { id: doc.id });
      return opened ? `Opened ${doc.fileName}.` : 'Opening files needs the desktop app.';
    });
  const remove = (doc: CaseDocument) => {
    if (!window.confirm(`Remove ${doc.fileName} from this case? The stored copy is deleted.`)) return;
    void act(`${doc.fileName} was not removed`, async () => {
      await call('documents.remove', { id: doc.id });
      onChanged();
      return `Removed ${doc.fileName}.`;
    });
  };

  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents</h2>
      <div className="actions">
        <FileButton
          label="Attach document…"
          inputLabel="Document to attach"
          accept=".pdf,.docx,.png,.jpg,.jpeg,.txt"
          disabled={busy}
          onRead={async (file) => void (await attach(file.fileName, file.data))}
          onFailed={(e, fileName) => show({ ...e, title: `${fileName} could not be read` })}
        />
        <span className="hint">PDF, Word (.docx), PNG, JPEG or text, up to 25 MB.</span>
      </div>
      <ErrorBanner error={error} onDismiss={dismiss} />
      <StatusMessage tone={status.startsWith('Opening files') ? 'info' : 'success'}>{status}</StatusMessage>
      {documents.length === 0 ? (
        <p className="note">No documents are attached to this case.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Documents attached to this case</caption>
          <thead>
            <tr>
              <th scope="col">File name</th>
              <th scope="col">Type</th>
              <th scope="col" className="num">
                Size
              </th>
              <th scope="col">Added</th>
              <th scope="col">SHA-256</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <tr key={doc.id}>
                <th scope="row">{doc.fileName}</th>
                <td>{kinds[doc.mimeType] ?? doc.mimeType}</td>
                <td className="num">{formatSize(doc.size)}</td>
                <td>{formatDateTime(doc.addedAt)}</td>
                <td>
                  <code title={doc.sha256}>{doc.sha256.slice(0, 12)}…</code>
                </td>
                <td>
                  <div className="actions actions-small">
                    <button type="button" className="button button-small" disabled={busy} aria-label={`Open ${doc.fileName}`} onClick={() => void open(doc)}>
                      Open
                    </button>
                    <button type="button" className="button button-small button-danger" disabled={busy} aria-label={`Remove ${doc.fileName}`} onClick={() => remove(doc)}>
                      Remove
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
