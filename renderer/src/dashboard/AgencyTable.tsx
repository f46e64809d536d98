// Criteria down, agencies across: each cell's % good or better with its number of grades, shaded
// by the percentage (the figures are always written too, so colour is never the only cue).
import type { DisclosedSummary, DisclosedTally } from '@contract/types';
import { percent } from './format';
import { SmallNote, Suppressible } from './Suppressible';

/** Five light bands, dark text readable on every one. */
export const bands = [
  { from: 0, label: 'under 20%', colour: '#f4f6fa' },
  { from: 0.2, label: '20% to 39%', colour: '#dde6f2' },
  { from: 0.4, label: '40% to 59%', colour: '#c0d2ea' },
  { from: 0.6, label: '60% to 79%', colour: '#9fbadd' },
  { from: 0.8, label: '80% or more', colour: '#7fa3d1' },
];

function bandOf(share: number | null): string | undefined {
  if (share === null) return undefined;
  return bands.findLast((b) => share >= b.from)?.colour;
}

interface Props {
  summary: DisclosedSummary;
  onShowCases: (agencyId: number, key: string | null) => void;
}

export function AgencyTable({ summary, onShowCases }: Props) {
  if (summary.byAgency.length === 0) return <p className="note">No agencies are counted with these filters.</p>;
  const threshold = summary.smallNumberThreshold;
  const cell = (agencyId: number, agencyName: string, key: string | null, title: string, t: DisclosedTally) => (
    <td key={agencyId} className="num fd-heat" style={t.suppressed ? undefined : { background: bandOf(t.goodOrBetter) }}>
      {!t.suppressed && t.n + t.notApplicable === 0 ? (
        <span className="text-empty">no grades</span>
      ) : (
        <button type="button" className="fd-cell-button" onClick={() => onShowCases(agencyId, key)}>
          <Suppressible figure={t} threshold={threshold}>
            {(x) => (
              <>
                <span className="fd-heat-share">{percent(x.goodOrBetter)}</span> <span className="fd-heat-n">of {x.n}</span>
              </>
            )}
          </Suppressible>
          {/* The name starts with what is shown (WCAG 2.5.3), then says what the button does. */}
          <span className="visually-hidden">
            : show cases for {agencyName}, {title}
          </span>
        </button>
      )}
    </td>
  );
  return (
    <div className="fd-scroller" tabIndex={0}>
      <table className="data-table fd-table fd-agency-table">
        <caption className="visually-hidden">% good or better by criterion and agency, with the number of grades</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {summary.byAgency.map((a) => (
              <th key={a.agencyId} scope="col" className="num">
                {a.agencyName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.criteria.map((c) => (
            <tr key={c.key}>
              <th scope="row" className="fd-criterion-cell">
                {c.title}
              </th>
              {summary.byAgency.map((a) => {
                const t = a.criteria.find((x) => x.key === c.key)!;
                return cell(a.agencyId, a.agencyName, c.key, c.title, t);
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All criteria</th>
            {summary.byAgency.map((a) => cell(a.agencyId, a.agencyName, null, 'all criteria', a.overall))}
          </tr>
        </tfoot>
      </table>
      <div className="fd-legend" aria-label="Shading">
        <span className="fd-legend-title">Shading, % good or better:</span>
        {bands.map((b) => (
          <span key={b.label} className="fd-legend-item">
            <span className="fd-legend-swatch" style={{ background: b.colour }} aria-hidden="true" />
            {b.label}
          </span>
        ))}
      </div>
      <SmallNote figures={summary.byAgency.flatMap((a) => [a.overall, ...a.criteria])} threshold={threshold} />
    </div>
  );
}
