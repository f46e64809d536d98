// Import cases: choose a CSV or Excel export, map its columns to case fields, check the
// validation report, then import. The file stays in the page until the import succeeds, so a
// refused or failed import loses nothing.
import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import type { ImportOutcome } from '@contract/types';
import type { Mapping } from '@model/case-fields';
import { ErrorBanner } from '../components/ErrorBanner';
import { FileButton } from '../components/FileButton';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { StatusMessage } from '../components/StatusMessage';
import { useUnsavedGuard } from '../editor/useUnsavedGuard';
import { CheckStep } from './CheckStep';
import { MapStep } from './MapStep';
import { StepIndicator } from './StepIndicator';
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
  const [step, setStep] = useState(0);
  const [readError, setReadError] = useState<{ error: ShownError; fileName: string } | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const state = useImportPreview(eventId, file, mapping);
  const stepHeading = useRef<HTMLDivElement>(null);
  useUnsavedGuard(!!file && !outcome, LEAVE);

  // The first preview of a new file fills the mapping (remembered or suggested) and moves on.
  useEffect(() => {
    if (state.preview && !mapping) {
      setMapping(state.preview.mapping);
      setStep(1);
    }
  }, [state.preview, mapping]);

  // Each new step starts at its heading, for keyboard and screen reader users.
  useEffect(() => {
    stepHeading.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [step]);

  function chooseFile(read: ReadFile) {
    setReadError(null);
    setOutcome(null);
    setMapping(undefined);
    setStep(0);
    setFile(read);
  }
  function startAgain() {
    setFile(null);
    setMapping(undefined);
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
      <StepIndicator current={outcome ? 3 : step} />
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
            busy={state.busy}
            error={state.error}
            chooser={chooser('Choose a different file…', false)}
            onChange={setMapping}
            onNext={() => setStep(2)}
          />
        )}
        {step === 2 && file && state.preview?.outcome && mapping && !outcome && (
          <CheckStep
            eventId={eventId}
            file={file}
            mapping={mapping}
            preview={state.preview}
            outcome={state.preview.outcome}
            validOnlyOutcome={state.validOnly}
            onImported={setOutcome}
            onBack={() => setStep(1)}
          />
        )}
      </div>
      <StatusMessage>{outcome && describeOutcome(outcome)}</StatusMessage>
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
