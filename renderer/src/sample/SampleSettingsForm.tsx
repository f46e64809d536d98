// The method of the draw: sample size, strata, allocation, minimums, exclusions, reserves and the
// seed. "Preview the draw" shows what would be drawn (nothing stored); "Draw the sample" stores it.
import { useId, useState, type FormEvent } from 'react';
import type { CohortPreview, SampleDrawView } from '@contract/sample-types';
import type { Mapping } from '@model/case-fields';
import { allocations, parseMinimum, sampleAttributeLabels, type Allocation, type SampleAttribute } from '@model/sample';
import type { ValueMapping } from '@model/value-mapping';
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { FileButton } from '../components/FileButton';
import { toShownError, type ShownError } from '../lib/errors';
import type { ReadFile } from '../lib/files';
import { SampleFacts, StrataTable } from './DrawnSample';
import { ProfileTables } from './ProfileTables';

export interface SettingsRequest {
  eventId: number;
  fileName: string;
  data: string;
  mapping: Mapping;
  values: ValueMapping;
}

interface Props {
  preview: CohortPreview;
  request: SettingsRequest;
  onBack: () => void;
  onDrawn: (view: SampleDrawView) => void;
}

const allocationLabels: Record<Allocation, string> = {
  proportional: 'Proportional to each stratum’s size (largest remainder)',
  equal: 'Equal for every stratum',
};

/** A whole number typed in a box, or the message to show. */
function wholeNumber(text: string, what: string): number | string {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : `${what} must be a whole number.`;
}

export function SampleSettingsForm({ preview, request, onBack, onDrawn }: Props) {
  const id = useId();
  const [size, setSize] = useState('30');
  const [stratify, setStratify] = useState<SampleAttribute[]>([]);
  const [allocation, setAllocation] = useState<Allocation>('proportional');
  const [minimums, setMinimums] = useState('');
  const [excludePrevious, setExcludePrevious] = useState(true);
  const [recentWeeks, setRecentWeeks] = useState('');
  const [excludeList, setExcludeList] = useState<ReadFile | null>(null);
  const [reserve, setReserve] = useState('2');
  const [seed, setSeed] = useState(() => String(Math.floor(Math.random() * 1_000_000)));
  const [busy, setBusy] = useState<'preview' | 'draw' | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [result, setResult] = useState<SampleDrawView | null>(null);
  const planStart = request.mapping.some((m) => m.field === 'planStartDate');

  function settings() {
    const numbers = { size: wholeNumber(size, 'The sample size'), reserve: wholeNumber(reserve, 'Reserves per stratum'), seed: wholeNumber(seed, 'The seed') };
    const weeks = recentWeeks.trim() ? wholeNumber(recentWeeks, 'The weeks') : null;
    const problem = [...Object.values(numbers), weeks].find((v) => typeof v === 'string');
    if (problem) throw { message: problem, code: 'INVALID_INPUT', problems: [] } satisfies ShownError;
    const lines = minimums.split('\n').map((l) => l.trim()).filter(Boolean);
    return {
      size: numbers.size as number,
      stratify,
      allocation,
      minimums: lines.map((l) => parseMinimum(l)),
      excludePrevious,
      excludeRecentWeeks: weeks as number | null,
      reserve: numbers.reserve as number,
      seed: numbers.seed as number,
    };
  }

  async function run(dryRun: boolean) {
    setBusy(dryRun ? 'preview' : 'draw');
    setError(null);
    try {
      const view = await call('sample.draw', {
        ...request,
        settings: settings(),
        excludeList: excludeList ? { fileName: excludeList.fileName, data: excludeList.data } : undefined,
        dryRun,
      });
      setResult(view);
      if (!dryRun) onDrawn(view);
    } catch (e) {
      setError(toShownError(e));
    } finally {
      setBusy(null);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(true);
  }
  const toggle = (a: SampleAttribute, on: boolean) => setStratify((s) => (on ? [...s, a] : s.filter((x) => x !== a)));

  return (
    <section aria-labelledby={`${id}-heading`} className="sample-settings">
      <h2 id={`${id}-heading`}>Method and draw</h2>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-size`}>Sample size</label>
          <input id={`${id}-size`} className="input input-small" inputMode="numeric" value={size} onChange={(e) => setSize(e.target.value)} />
          <p className="hint">From a cohort of {preview.rows.toLocaleString('en-GB')}.</p>
        </div>
        <fieldset>
          <legend>Stratify by (none: a simple random sample)</legend>
          {preview.attributes.map((a) => (
            <label key={a} className="checkbox">
              <input type="checkbox" checked={stratify.includes(a)} onChange={(e) => toggle(a, e.target.checked)} />
              {sampleAttributeLabels[a]}
            </label>
          ))}
        </fieldset>
        {stratify.length > 0 && (
          <fieldset>
            <legend>Cases per stratum</legend>
            {allocations.map((a) => (
              <label key={a} className="checkbox">
                <input type="radio" name={`${id}-allocation`} checked={allocation === a} onChange={() => setAllocation(a)} />
                {allocationLabels[a]}
              </label>
            ))}
            <div className="field">
              <label htmlFor={`${id}-min`}>Minimums, one a line (optional)</label>
              <textarea id={`${id}-min`} className="input input-wide mono" rows={2} value={minimums} placeholder="ageStage=pre-birth:2" onChange={(e) => setMinimums(e.target.value)} />
            </div>
          </fieldset>
        )}
        <fieldset>
          <legend>Leave out</legend>
          <label className="checkbox">
            <input type="checkbox" checked={excludePrevious} onChange={(e) => setExcludePrevious(e.target.checked)} />
            Cases audited in an earlier event (matched by reference)
          </label>
          {planStart && (
            <div className="field">
              <label htmlFor={`${id}-weeks`}>Plans started less than this many weeks before the audit date (optional)</label>
              <input id={`${id}-weeks`} className="input input-small" inputMode="numeric" value={recentWeeks} onChange={(e) => setRecentWeeks(e.target.value)} />
            </div>
          )}
          <div className="actions">
            <FileButton label={excludeList ? `List: ${excludeList.fileName}` : 'A list of references to leave out…'} inputLabel="References to leave out" accept=".csv,.txt" onRead={setExcludeList} onFailed={setError} />
            {excludeList && (
              <button type="button" className="button button-small" onClick={() => setExcludeList(null)}>
                Remove the list
              </button>
            )}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-reserve`}>Reserve cases per stratum</label>
          <input id={`${id}-reserve`} className="input input-small" inputMode="numeric" value={reserve} onChange={(e) => setReserve(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-seed`}>Seed</label>
          <input id={`${id}-seed`} className="input input-medium mono" inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} />
          <p className="hint">The same file, settings and seed give the same sample on any computer. It is stored with the sample.</p>
        </div>
        <ErrorBanner title="The sample cannot be drawn" error={error} />
        <div className="actions">
          <button type="submit" className="button" disabled={busy !== null}>
            {busy === 'preview' ? 'Previewing…' : 'Preview the draw'}
          </button>
          <button type="button" className="button button-primary" disabled={busy !== null} onClick={() => void run(false)}>
            {busy === 'draw' ? 'Drawing…' : 'Draw the sample'}
          </button>
          <button type="button" className="button" onClick={onBack}>
            Back
          </button>
        </div>
      </form>
      {result?.dryRun && (
        <section aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>Preview: nothing stored yet</h2>
          <SampleFacts view={result} />
          <StrataTable view={result} />
          <p>Would draw: {result.cases.map((c) => c.reference).join(', ')}</p>
          <ProfileTables profile={result.profile} />
        </section>
      )}
    </section>
  );
}
