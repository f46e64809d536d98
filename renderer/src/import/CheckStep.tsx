// Step 4: the counts, what the value mapping did, the validation report and the first records, then the import itself. With
// invalid rows the import is refused unless the user chooses to skip them; nothing is written
// until "Import" is pressed, and a failure leaves the file and mapping as they were.
import { useState } from 'react';
import { call } from '../api/client';
import type { ImportOutcome, ImportPreview } from '@contract/types';
import type { Mapping } from '@model/case-fields';
import type { ValueMapping } from '@model/value-mapping';
import { ErrorBanner } from '../components/ErrorBanner';
import { toShownError, type ShownError } from '../lib/errors';
import type { ReadFile } from '../lib/files';
import { ImportCounts, invalidRowCount } from './ImportCounts';
import { RecordPreview } from './RecordPreview';
import { ValidationReport } from './ValidationReport';
import { ReferenceNamesWarning } from './ReferenceNamesWarning';
import { ValueTallies } from '../values/ValueTallies';

interface Props {
  eventId: number;
  file: ReadFile;
  mapping: Mapping;
  values: ValueMapping;
  preview: ImportPreview;
  outcome: ImportOutcome;
  /** What importing the valid rows only would do, when some are invalid. */
  validOnlyOutcome: ImportOutcome | null;
  /** A newer check is on its way: the counts shown may be about to change. */
  busy: boolean;
  onImported: (outcome: ImportOutcome) => void;
  onBack: () => void;
}

export function CheckStep({ eventId, file, mapping, values, preview, outcome, validOnlyOutcome, busy, onImported, onBack }: Props) {
  const [validOnly, setValidOnly] = useState(false);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const invalid = invalidRowCount(outcome);
  const counts = validOnlyOutcome ?? outcome;
  const toImport = counts.imported + counts.updated + counts.unchanged;
  const blocked = invalid > 0 && !validOnly;

  async function run() {
    setImporting(true);
    setError(null);
    try {
      const result = await call('cases.import', { eventId, fileName: file.fileName, data: file.data, mapping, values, validOnly, dryRun: false });
      if (result.refused) setError({ message: 'The import was refused because some rows are invalid. Nothing was saved.', code: null, problems: [] });
      else onImported(result);
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setImporting(false);
    }
  }

  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading" tabIndex={-1}>
        Check and import
      </h2>
      <ImportCounts outcome={counts} />
      <ReferenceNamesWarning names={outcome.referenceNames} />
      <ValueTallies tallies={counts.values} />
      <ValidationReport errors={outcome.errors} warnings={counts.warnings} />
      <RecordPreview records={preview.records} />

      <div className="panel import-choice">
        {invalid > 0 && (
          <>
            <p id="import-blocked" className="field-error">
              {invalid === 1 ? '1 row is invalid' : `${invalid} rows are invalid`}. Fix the file or the mapping and choose the file again, or
              import only the valid rows.
            </p>
            <label className="checkbox">
              <input type="checkbox" checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)} />
              Import only the valid rows (skip {invalid} invalid {invalid === 1 ? 'row' : 'rows'})
            </label>
          </>
        )}
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            disabled={blocked || importing || busy || toImport === 0}
            aria-describedby={blocked ? 'import-blocked' : undefined}
            onClick={() => void run()}
          >
            {importing ? 'Importing…' : `Import ${toImport.toLocaleString('en-GB')} ${toImport === 1 ? 'case' : 'cases'}`}
          </button>
          <button type="button" className="button" disabled={importing} onClick={onBack}>
            Back
          </button>
        </div>
        {importing && (
          <p className="progress-line">
            <label htmlFor="import-progress">Importing {file.fileName}</label>
            <progress id="import-progress" />
          </p>
        )}
        <ErrorBanner title="The cases were not imported" error={error} onDismiss={() => setError(null)} />
      </div>
    </section>
  );
}
