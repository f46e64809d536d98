// One file on the import screen: its checks, the preview per audit, conflicts to decide, and
// the button that applies it (one transaction for the file).
import type { FilePreview, Resolution } from '@contract/types';
import { ConflictChoice } from './ConflictChoice';

const statusWords: Record<FilePreview['status'], string> = {
  ready: 'Ready to import',
  applied: 'Imported',
  unchanged: 'Nothing new',
  stale: 'Stale: not imported',
  refused: 'Refused',
  conflict: 'Conflicts to decide',
};
const changeWords = { new: 'New', changed: 'Changed', unchanged: 'Unchanged', conflict: 'Conflict' } as const;

interface Props {
  index: number;
  preview: FilePreview;
  choices: Record<string, Resolution>;
  busy: boolean;
  onChoose: (key: string, choice: Resolution) => void;
  onApply: () => void;
}

export function ImportedFileCard({ index, preview, choices, busy, onChoose, onApply }: Props) {
  const open = preview.status === 'ready' || preview.status === 'conflict';
  const undecided = preview.conflicts.filter((c) => !choices[c.key]).length;
  return (
    <section className="panel import-file" aria-label={`File ${preview.file}`}>
      <h3>
        {preview.file} <span className={`badge${preview.status === 'refused' || preview.status === 'stale' ? ' badge-overdue' : ''}`}>{statusWords[preview.status]}</span>
      </h3>
      <p>{preview.message}</p>
      {preview.kind !== 'unknown' && (
        <p className="hint">
          {preview.kind === 'return'
            ? `Return from ${preview.auditor || 'the auditor'} for ${preview.agency}, revision ${preview.revision}`
            : preview.kind === 'workbook'
              ? `Workbook from ${preview.auditor || 'the auditor'} for ${preview.agency}`
              : 'Spreadsheet return (reference, agency, auditor, criterion, grade, evidence)'}
          . SHA-256 {preview.sha256.slice(0, 16)}…
        </p>
      )}
      {preview.audits.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">Audits in {preview.file}</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Auditor</th>
              <th scope="col">Change</th>
              <th scope="col" className="num">
                Fields that differ
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.audits.map((a) => (
              <tr key={a.key}>
                <th scope="row">{a.reference}</th>
                <td>{a.auditor}</td>
                <td className={`change-${a.change}`}>{changeWords[a.change]}</td>
                <td className="num">{a.differences.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && preview.conflicts.map((c) => <ConflictChoice key={c.key} conflict={c} fileIndex={index} choice={choices[c.key]} onChoose={(choice) => onChoose(c.key, choice)} />)}
      {open && (
        <div className="actions">
          <button type="button" className="button button-primary" disabled={busy || undecided > 0} onClick={onApply}>
            {busy ? 'Importing…' : `Import ${preview.file}`}
          </button>
          {undecided > 0 && <span className="hint">Decide {undecided === 1 ? 'the conflict' : `all ${undecided} conflicts`} first.</span>}
        </div>
      )}
    </section>
  );
}
