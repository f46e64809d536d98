// Import cases: choose a CSV or Excel export, map its columns to case fields, map the values of
// the columns with fixed values, check the validation report, then import. The file stays in the page until the import succeeds, so a
// refused or failed import loses nothing.
import { useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../api/client';
import type { ImportOutcome } from '@contract/types';
import type { Mapping } from '@model/case-fields';
import { mergeValueMapping, type ValueMapping } from '@model/value-mapping';
import { ErrorBanner } from '../components/ErrorBanner';
import { FileButton } from '../components/FileButton';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { useUnsavedGuard } from '../editor/useUnsavedGuard';
import { CheckStep } from './CheckStep';
import { MapStep } from './MapStep';
import { StepIndicator } from './StepIndicator';
import { ValueMapStep } from './ValueMapStep';
import { useImportPreview } from './useImportPreview';
import { formatDate } from '../lib/dates';
import type { ShownError } from '../lib/errors';
import type { ReadFile } from '../lib/files';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';

const ACCEPT = '.csv,.tsv,.txt,.xlsx';
const LEAVE = 'The cases have not been imported yet. Leave and lose the file and mapping?';

export function ImportCasesPage({ eventId }: { eventId: number }) {
  const [event] = useLoad(() => call('events.get', { id: eventId }), [eventId]);
  const [file, setFile] = useState<ReadFile | null>(null);
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  const [values, setValues] = useState<ValueMapping | undefined>(undefined);
  const [step, setStep] = useState(0);
  const [readError, setReadError] = useState<{ error: ShownError; fileName: string } | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const state = useImportPreview(eventId, file, mapping, values);
  const stepHeading = useRef<HTMLDivElement>(null);
  const outcomeHeading = useRef<HTMLHeadingElement>(null);
  useUnsavedGuard(!!file && !outcome, LEAVE);

  // The first preview of a new file fills the mapping (remembered or suggested) and moves on.
  useEffect(() => {
    if (state.preview && !mapping) {
      setMapping(state.preview.mapping);
      setStep(1);
    }
  }, [state.preview, mapping]);

  // Every value of the file has a choice from the start (the suggestion, or the user's earlier
  // one), so each count on screen is for exactly what would be imported.
  const merged = useMemo(() => (state.preview ? mergeValueMapping(state.preview.values, values ?? []) : null), [state.preview, values]);
  const valuesSettled = merged !== null && values !== undefined && JSON.stringify(merged) === JSON.stringify(values);
  useEffect(() => {
    if (merged && !valuesSettled) setValues(merged);
  }, [merged, valuesSettled]);
  // Until the choices cover the file's values, the counts on screen are not yet the import's.
  const busy = state.busy || (!!state.preview && !valuesSettled);

  // Each new step starts at its heading, and the outcome at its own, for keyboard and screen reader users.
  // A step may render only once its preview has come back (step 3 waits for the check), so focus
  // moves when its heading first appears, once per step.
  const focusedStep = useRef(-1);
  useEffect(() => {
    if (focusedStep.current === step) return;
    const heading = stepHeading.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    focusedStep.current = step;
    heading.focus();
  });
  useEffect(() => {
    if (outcome) outcomeHeading.current?.focus();
  }, [outcome]);

  function chooseFile(read: ReadFile) {
    setReadError(null);
    setOutcome(null);
    setMapping(undefined);
    setValues(undefined);
    setStep(0);
    setFile(read);
  }
  function startAgain() {
    setFile(null);
    setMapping(undefined);
    setValues(undefined);
    setOutcome(null);
    setStep(0);
  }
  const chooser = (label: string, primary: boolean) => (
    <FileButton
      label={label}
      inputLabel="Case file to import"
      accept={ACCEPT}
      primary={primary}
      onRead={chooseFile}
      onFailed={(error, fileName) => setReadError({ error, fileName })}
    />
  );

  const name = event.state === 'ready' ? event.value.name : 'the event';
  const firstError = !mapping ? state.error : null;
  const hasValues = (state.preview?.values.length ?? 0) > 0;
  return (
    <>
      <p className="breadcrumb">
        <a href={href.event(eventId)}>Back to {name}</a>
      </p>
      <PageTitle text="Import cases">Import cases</PageTitle>
      {event.state === 'error' && <ErrorBanner error={event.error} />}
      {event.state === 'ready' && (
        <p className="lead">
          Into “{event.value.name}”. Ages and age stages are worked out at the audit date, {formatDate(event.value.auditDate, 'not set (today is used)')}.
        </p>
      )}
      <StepIndicator current={outcome ? 4 : step} />
      <ErrorBanner title={readError ? `${readError.fileName} could not be read` : undefined} error={readError?.error ?? null} onDismiss={() => setReadError(null)} />

      <div ref={stepHeading}>
        {step === 0 && (
          <section aria-labelledby="choose-heading">
            <h2 id="choose-heading" tabIndex={-1}>
              Choose file
            </h2>
            <p>A CSV (comma, semicolon or tab separated) or Excel (.xlsx) export from your case-management system, with one row per child and a heading row.</p>
            <div className="actions">{chooser('Choose CSV or Excel file…', true)}</div>
            {file && state.busy && <Loading what={`Reading the columns of ${file.fileName}`} />}
            <ErrorBanner title={file ? `${file.fileName} cannot be imported` : undefined} error={firstError} />
          </section>
        )}
        {step === 1 && file && state.preview && mapping && (
          <MapStep
            file={file}
            preview={state.preview}
            validOnly={state.validOnly}
            mapping={mapping}
            busy={busy}
            error={state.error}
            chooser={chooser('Choose a different file…', false)}
            onChange={setMapping}
            onNext={() => setStep(hasValues ? 2 : 3)}
          />
        )}
        {step === 2 && file && state.preview && values && (
          <ValueMapStep columns={state.preview.values} choices={values} busy={busy} onChange={setValues} onBack={() => setStep(1)} onNext={() => setStep(3)} />
        )}
        {step === 3 && file && state.preview?.outcome && mapping && !outcome && (
          <CheckStep
            eventId={eventId}
            file={file}
            mapping={mapping}
            values={values ?? []}
            preview={state.preview}
            outcome={state.preview.outcome}
            validOnlyOutcome={state.validOnly}
            busy={busy}
            onImported={setOutcome}
            onBack={() => setStep(hasValues ? 2 : 1)}
          />
        )}
      </div>
      <StatusMessage>{outcome && describeOutcome(outcome)}</StatusMessage>
      {outcome && (
        <h2 ref={outcomeHeading} tabIndex={-1} className="outcome-heading">
          Cases imported
        </h2>
      )}
      {outcome && (
        <div className="actions">
          <a className="button button-primary" href={href.event(eventId)}>
            Back to the event’s cases
          </a>
          <button type="button" className="button" onClick={startAgain}>
            Import another file
          </button>
        </div>
      )}
    </>
  );
}

function describeOutcome(o: ImportOutcome): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return `Imported ${n(o.imported)} new ${o.imported === 1 ? 'case' : 'cases'}, updated ${n(o.updated)}, ${n(o.unchanged)} unchanged, skipped ${n(o.skipped)}.`;
}
