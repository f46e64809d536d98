// Step 2: map the file's columns to case fields. Every change asks the core again (debounced) so
// the counts and problems below are always for the mapping on screen.
import type { ReactNode } from 'react';
import type { ImportOutcome, ImportPreview } from '@contract/types';
import type { Mapping } from '@model/case-fields';
import { ErrorBanner } from '../components/ErrorBanner';
import type { ShownError } from '../lib/errors';
import { formatSize, type ReadFile } from '../lib/files';
import { invalidRowCount } from './ImportCounts';
import { MappingTable } from './MappingTable';
import { ReferenceNamesWarning } from './ReferenceNamesWarning';

interface Props {
  file: ReadFile;
  preview: ImportPreview;
  validOnly: ImportOutcome | null;
  mapping: Mapping;
  busy: boolean;
  error: ShownError | null;
  /** The "Choose a different file…" button. */
  chooser: ReactNode;
  onChange: (next: Mapping) => void;
  onNext: () => void;
}

export function MapStep({ file, preview, validOnly, mapping, busy, error, chooser, onChange, onNext }: Props) {
  const outcome = preview.outcome;
  const ready = !busy && !error && outcome !== null && preview.mappingProblems.length === 0;
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading" tabIndex={-1}>
        Map columns
      </h2>
      <p>
        <strong>{file.fileName}</strong> ({formatSize(file.size)}): {preview.headers.length} columns. Choose the case field each column fills.
      </p>
      <div className="actions">{chooser}</div>
      <p className="banner banner-info">
        <strong>Columns set to Do not import are never stored.</strong> Leave names, addresses, workers and teams as “Do not import”: the audit
        needs a pseudonymous reference, not who the child is.
      </p>
      {preview.remembered && <p className="hint">Where it fits, the mapping from this event’s last import is used again (marked “Remembered”).</p>}
      <MappingTable preview={preview} mapping={mapping} onChange={onChange} />
      {preview.mappingProblems.length > 0 && (
        <div className="banner banner-warning" role="alert">
          <p className="banner-title">The mapping cannot be used yet</p>
          <ul className="problem-list">
            {preview.mappingProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome && <ReferenceNamesWarning names={outcome.referenceNames} />}
      <ErrorBanner title="The file could not be checked with this mapping" error={error} />
      <p className="map-summary" role="status">
        {busy
          ? 'Checking the rows with this mapping…'
          : outcome
            ? summary(outcome, validOnly, preview)
            : ''}
      </p>
      <div className="actions">
        <button type="button" className="button button-primary" disabled={!ready} onClick={onNext}>
          {preview.values.length > 0 ? 'Next: map values' : 'Next: check and import'}
        </button>
      </div>
    </section>
  );
}

function summary(outcome: ImportOutcome, validOnly: ImportOutcome | null, preview: ImportPreview): string {
  const invalid = invalidRowCount(outcome);
  const counts = validOnly ?? outcome;
  const rows = `${outcome.rowsRead.toLocaleString('en-GB')} rows read: ${counts.imported.toLocaleString('en-GB')} new, ${counts.updated.toLocaleString('en-GB')} updated, ${counts.unchanged.toLocaleString('en-GB')} unchanged`;
  const refused = invalid === 0 ? 'no row refused' : `${invalid.toLocaleString('en-GB')} invalid ${invalid === 1 ? 'row' : 'rows'}`;
  const fields = preview.values.length;
  // Values are never called valid here: what they become is the next step's question.
  const next = fields === 0 ? '' : ` ${fields} ${fields === 1 ? 'column has' : 'columns have'} values to map next.`;
  return `${rows}, ${refused}.${next}`;
}
