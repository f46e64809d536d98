// A drawn sample: how it was drawn (method, seed, cohort file and hash, exclusions), its strata,
// the cases in draw order with a way to replace an unsuitable one from the reserves (with the
// reason recorded), the replacements made, and the profile against the cohort.
import { useState } from 'react';
import type { SampleDrawView, SampledCase } from '@contract/sample-types';
import { describeMinimum, sampleAttributeLabels } from '@model/sample';
import { call } from '../api/client';
import { ReasonDialog } from '../components/ReasonDialog';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../lib/dates';
import { toShownError } from '../lib/errors';
import { ProfileTables } from './ProfileTables';

const whole = (n: number) => n.toLocaleString('en-GB');

export function describeMethod(v: SampleDrawView): string {
  if (v.stratify.length === 0) return 'Simple random sample';
  const by = v.stratify.map((a) => sampleAttributeLabels[a].toLowerCase()).join(' and ');
  return `Stratified by ${by}, ${v.allocation === 'proportional' ? 'proportional allocation (largest remainder)' : 'equal allocation'}`;
}

function exclusions(v: SampleDrawView): string {
  const { excluded } = v.cohort;
  const parts = [
    v.excludePrevious ? `${whole(excluded.previous)} audited in an earlier event` : null,
    v.excludeList ? `${whole(excluded.list)} on ${v.excludeList.fileName}` : null,
    v.excludeRecentWeeks !== null ? `${whole(excluded.recentPlan)} with a plan under ${v.excludeRecentWeeks} weeks old` : null,
  ].filter(Boolean);
  return parts.length === 0 ? 'none' : parts.join('; ');
}

export function SampleFacts({ view }: { view: SampleDrawView }) {
  return (
    <dl className="sample-facts">
      <dt>Method</dt>
      <dd>{describeMethod(view)}</dd>
      {view.minimums.length > 0 && (
        <>
          <dt>Minimums</dt>
          <dd>{view.minimums.map(describeMinimum).join('; ')}</dd>
        </>
      )}
      <dt>Seed</dt>
      <dd>
        <code>{view.seed}</code>
      </dd>
      <dt>Cohort</dt>
      <dd>
        {view.cohort.fileName}: {whole(view.cohort.rows)} children, {whole(view.cohort.eligible)} eligible
      </dd>
      <dt>SHA-256</dt>
      <dd>
        <code className="mono">{view.cohort.sha256}</code>
      </dd>
      <dt>Left out</dt>
      <dd>{exclusions(view)}</dd>
      <dt>Reserves</dt>
      <dd>{view.reserve === 0 ? 'none' : `${view.reserve} per stratum, in draw order`}</dd>
      <dt>Generator</dt>
      <dd>{view.method}</dd>
    </dl>
  );
}

export function StrataTable({ view }: { view: SampleDrawView }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Strata: eligible cases, cases drawn and reserves left</caption>
      <thead>
        <tr>
          <th scope="col">Stratum</th>
          <th scope="col" className="num">
            Eligible
          </th>
          <th scope="col" className="num">
            Drawn
          </th>
          <th scope="col" className="num">
            Reserves left
          </th>
        </tr>
      </thead>
      <tbody>
        {view.strata.map((s) => (
          <tr key={s.key}>
            <th scope="row">{s.label}</th>
            <td className="num">{whole(s.eligible)}</td>
            <td className="num">{s.allocated}</td>
            <td className="num">{view.dryRun ? s.reserves : `${s.reservesLeft} of ${s.reserves}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DrawnSample({ view: loaded }: { view: SampleDrawView }) {
  // A replacement answers with the sample as it now is: shown in place, with its status line.
  const [view, setView] = useState(loaded);
  const [replacing, setReplacing] = useState<SampledCase | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <p className="lead">
        {view.cases.length} cases drawn{view.drawnAt ? ` on ${formatDate(view.drawnAt.slice(0, 10), '')}` : ''}
        {view.drawnBy ? ` by ${view.drawnBy}` : ''}. Only these cases{view.reserve > 0 ? ' and their reserves' : ''} were stored; of the rest of the cohort
        Scrutineer keeps counts only.
      </p>
      <StatusMessage>{status}</StatusMessage>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">How the sample was chosen</h2>
        <SampleFacts view={view} />
      </section>
      <section aria-labelledby="strata-heading">
        <h2 id="strata-heading">Strata</h2>
        <StrataTable view={view} />
      </section>
      <ProfileTables profile={view.profile} />
      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading">Cases in the sample</h2>
        <table className="data-table">
          <caption className="visually-hidden">The sampled cases in draw order</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Stratum</th>
              <th scope="col" className="num">
                Drawn
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.cases.map((c) => (
              <tr key={c.reference}>
                <th scope="row">{c.reference}</th>
                <td>{c.stratumLabel}</td>
                <td className="num">{c.fromReserve ? `reserve ${c.position}` : c.position}</td>
                <td>
                  <button type="button" className="button button-small" onClick={() => setReplacing(c)} aria-label={`Replace ${c.reference}`}>
                    Replace…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {view.replacements.length > 0 && (
          <>
            <h3>Replacements</h3>
            <ul>
              {view.replacements.map((r) => (
                <li key={`${r.replaced}-${r.at}`}>
                  {r.replaced} replaced by {r.replacement} ({r.stratumLabel}), by {r.actor}: {r.reason}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {replacing && (
        <ReasonDialog
          title={`Replace ${replacing.reference}`}
          label="Why is the case unsuitable?"
          submitLabel="Replace from the reserves"
          busyLabel="Replacing…"
          failedTitle="The case was not replaced"
          whenEmpty="Give the reason: it is recorded with the replacement."
          onCancel={() => setReplacing(null)}
          onSubmit={async (reason) => {
            try {
              const next = await call('sample.replace', { eventId: view.eventId, reference: replacing.reference, reason });
              const done = next.replacements.at(-1)!;
              setReplacing(null);
              setStatus(`${done.replaced} was replaced by ${done.replacement}, the next reserve of ${done.stratumLabel}.`);
              setView(next);
              return null;
            } catch (e) {
              return toShownError(e);
            }
          }}
        >
          <p>
            The next unused reserve of {replacing.stratumLabel} takes its place. A case is replaced only before auditing starts; the reason goes into the
            audit trail.
          </p>
        </ReasonDialog>
      )}
    </>
  );
}
