// Drawing the sample: choose the cohort file, map its columns and values (the case import's
// tables), set the method, preview the draw, then draw it. The cohort is read by the core in
// memory each time; nothing is stored until "Draw the sample", and then only the chosen cases.
import { useEffect, useMemo, useState } from 'react';
import type { CohortPreview, SampleDrawView } from '@contract/sample-types';
import type { Mapping } from '@model/case-fields';
import { mergeValueMapping, type ValueMapping } from '@model/value-mapping';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { FileButton } from '../components/FileButton';
import { Loading } from '../components/Loading';
import { useUnsavedGuard } from '../editor/useUnsavedGuard';
import { MappingTable } from '../import/MappingTable';
import { toShownError, type ShownError } from '../lib/errors';
import { formatSize, type ReadFile } from '../lib/files';
import { ValueMappingTable } from '../values/ValueMappingTable';
import { SampleSettingsForm, type SettingsRequest } from './SampleSettingsForm';

const ACCEPT = '.csv,.tsv,.txt,.xlsx';
const DEBOUNCE_MS = 400;
const steps = ['Choose the cohort file', 'Map columns', 'Map values', 'Method and draw'] as const;

function useCohortPreview(eventId: number, file: ReadFile | null, mapping: Mapping | undefined) {
  const [state, setState] = useState<{ preview: CohortPreview | null; busy: boolean; error: ShownError | null }>({ preview: null, busy: false, error: null });
  const key = JSON.stringify(mapping ?? null);
  useEffect(() => {
    if (!file) return setState({ preview: null, busy: false, error: null });
    let live = true;
    setState((s) => ({ ...s, busy: true, error: null }));
    const timer = setTimeout(
      () =>
        void call('sample.preview', { eventId, fileName: file.fileName, data: file.data, mapping }).then(
          (preview) => live && setState({ preview, busy: false, error: null }),
          (e: unknown) => live && setState({ preview: null, busy: false, error: toShownError(e) }),
        ),
      mapping ? DEBOUNCE_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [eventId, file, key]);
  return state;
}

export function DrawSample({ eventId, onDrawn }: { eventId: number; onDrawn: () => void }) {
  const [file, setFile] = useState<ReadFile | null>(null);
  const [readError, setReadError] = useState<{ error: ShownError; fileName: string } | null>(null);
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  const [values, setValues] = useState<ValueMapping>([]);
  const [step, setStep] = useState(0);
  const { preview, busy, error } = useCohortPreview(eventId, file, mapping);
  const [drawn, setDrawn] = useState<SampleDrawView | null>(null);
  useUnsavedGuard(!!file && !drawn, 'The sample has not been drawn yet. Leave and lose the cohort file and settings?');

  useEffect(() => {
    if (preview && !mapping) {
      setMapping(preview.mapping);
      setStep(1);
    }
  }, [preview, mapping]);
  // Every value has a choice from the start (the suggestion, or the user's earlier one).
  const merged = useMemo(() => (preview ? mergeValueMapping(preview.values, values) : values), [preview, values]);
  useEffect(() => {
    if (JSON.stringify(merged) !== JSON.stringify(values)) setValues(merged);
  }, [merged, values]);

  function chooseFile(read: ReadFile) {
    setReadError(null);
    setMapping(undefined);
    setValues([]);
    setStep(0);
    setFile(read);
  }
  const chooser = (label: string, primary: boolean) => (
    <FileButton label={label} inputLabel="Cohort file to draw from" accept={ACCEPT} primary={primary} onRead={chooseFile} onFailed={(e, fileName) => setReadError({ error: e, fileName })} />
  );
  const request: SettingsRequest | null = file && mapping ? { eventId, fileName: file.fileName, data: file.data, mapping, values } : null;
  const hasValues = (preview?.values.length ?? 0) > 0;

  return (
    <>
      <nav aria-label="Sample steps">
        <ol className="steps">
          {steps.map((label, i) => (
            <li key={label} className={i === step ? 'step step-current' : i < step ? 'step step-done' : 'step'} aria-current={i === step ? 'step' : undefined}>
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              {label}
            </li>
          ))}
        </ol>
      </nav>
      <ErrorBanner title={readError ? `${readError.fileName} could not be read` : undefined} error={readError?.error ?? null} onDismiss={() => setReadError(null)} />
      {step === 0 && (
        <section aria-labelledby="cohort-heading">
          <h2 id="cohort-heading">Choose the cohort file</h2>
          <p>
            The export of every child the sample is drawn from (for example every child on a Child in Need or Child Protection plan with neglect as a
            category), CSV or Excel, one row per child. It is read in memory: <strong>only the cases drawn are stored</strong>, with the cohort’s counts per
            characteristic. Nothing about a child who is not chosen is kept.
          </p>
          <div className="actions">{chooser('Choose the cohort file…', true)}</div>
          {file && busy && <Loading what={`Reading ${file.fileName}`} />}
          <ErrorBanner title={file ? `${file.fileName} cannot be used` : undefined} error={error} />
        </section>
      )}
      {step === 1 && file && preview && mapping && (
        <section aria-labelledby="map-heading">
          <h2 id="map-heading">Map columns</h2>
          <p>
            <strong>{file.fileName}</strong> ({formatSize(file.size)}): {preview.rows.toLocaleString('en-GB')} rows, {preview.headers.length} columns. Map the
            reference and the characteristics to stratify and profile by; leave names and workers as “Do not import”.
          </p>
          <div className="actions">{chooser('Choose a different file…', false)}</div>
          <MappingTable preview={preview} mapping={mapping} onChange={setMapping} />
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
          <ErrorBanner title="The file could not be checked with this mapping" error={error} />
          <div className="actions">
            <button type="button" className="button button-primary" disabled={busy || preview.mappingProblems.length > 0} onClick={() => setStep(hasValues ? 2 : 3)}>
              {hasValues ? 'Next: map values' : 'Next: method and draw'}
            </button>
          </div>
        </section>
      )}
      {step === 2 && preview && (
        <section aria-labelledby="values-heading">
          <h2 id="values-heading">Map values</h2>
          <p>Each value found in the cohort file with the number of rows that hold it. Choose what it becomes, as for a case import.</p>
          {preview.values.map((column) => (
            <ValueMappingTable key={column.field} column={column} choices={values} onChange={setValues} />
          ))}
          <div className="actions">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => setStep(3)}>
              Next: method and draw
            </button>
            <button type="button" className="button" onClick={() => setStep(1)}>
              Back to columns
            </button>
          </div>
        </section>
      )}
      {step === 3 && preview && request && (
        <SampleSettingsForm
          preview={preview}
          request={request}
          onBack={() => setStep(hasValues ? 2 : 1)}
          onDrawn={(view) => {
            setDrawn(view);
            onDrawn();
          }}
        />
      )}
    </>
  );
}
