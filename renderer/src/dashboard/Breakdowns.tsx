// Single-agency against moderated % good or better, the breakdowns by groups of children, and the
// overall judgements, each figure as the core disclosed it.
import { levelName } from '@model/grade-keys';
import type { DisclosedSummary, DisclosedTally } from '@contract/types';
import { levelsBestFirst } from '@model/framework';
import { decimal, percent } from './format';
import { SmallNote, Suppressible } from './Suppressible';

export function ModeratedTable({ summary }: { summary: DisclosedSummary }) {
  const moderated = new Map(summary.moderated.map((c) => [c.key, c]));
  const anyModerated = summary.moderated.some((c) => c.suppressed || c.n + c.notApplicable > 0);
  return (
    <div className="fd-scroller" tabIndex={0}>
      {!anyModerated && <p className="note">No grades have been agreed in moderation yet, so the moderated column is empty.</p>}
      <table className="data-table fd-table fd-side-by-side">
        <caption className="visually-hidden">% good or better: single-agency grades and moderated grades</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col" className="num">
              Single-agency
            </th>
            <th scope="col" className="num">
              Moderated
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.criteria.map((c) => {
            const m = moderated.get(c.key);
            return (
              <tr key={c.key}>
                <th scope="row" className="fd-criterion-cell">
                  {c.title}
                </th>
                <td className="num">
                  <ShareOf t={c} threshold={summary.smallNumberThreshold} />
                </td>
                <td className="num">{m ? <ShareOf t={m} threshold={summary.smallNumberThreshold} /> : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SmallNote figures={[...summary.criteria, ...summary.moderated]} threshold={summary.smallNumberThreshold} />
    </div>
  );
}

function ShareOf({ t, threshold }: { t: DisclosedTally; threshold: number }) {
  if (!t.suppressed && t.n === 0) return <span className="text-empty">no grades</span>;
  return (
    <Suppressible figure={t} threshold={threshold}>
      {(x) => (
        <>
          {percent(x.goodOrBetter)} <span className="fd-of">of {x.n}</span>
        </>
      )}
    </Suppressible>
  );
}

export function AttributeTables({ summary }: { summary: DisclosedSummary }) {
  const threshold = summary.smallNumberThreshold;
  return (
    <div className="fd-attribute-grid">
      {summary.byAttribute.map((a) => (
        <div key={a.attribute} className="fd-attribute">
          <h3 id={`attr-${a.attribute}`}>{a.label}</h3>
          <div className="fd-scroller" tabIndex={0}>
            <table className="data-table fd-table" aria-labelledby={`attr-${a.attribute}`}>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col" className="num">
                    Cases
                  </th>
                  <th scope="col" className="num">
                    Grades
                  </th>
                  <th scope="col" className="num fd-col-good">
                    % good or better
                  </th>
                  <th scope="col" className="num">
                    Mean
                  </th>
                </tr>
              </thead>
              <tbody>
                {a.groups.length === 0 && (
                  <tr>
                    <td colSpan={5} className="text-empty">
                      No cases
                    </td>
                  </tr>
                )}
                {a.groups.map((g) => (
                  <tr key={g.group}>
                    <th scope="row">{g.label}</th>
                    {g.suppressed ? (
                      <>
                        <td className="num">
                          <Suppressible figure={g} threshold={threshold}>
                            {() => null}
                          </Suppressible>
                        </td>
                        <td colSpan={3} className="fd-suppressed-row">
                          Figures not shown
                        </td>
                      </>
                    ) : (
                      <>
                        {[g.cases, g.n, percent(g.goodOrBetter), decimal(g.mean)].map((value, i) => (
                          <td key={i} className="num">
                            <Suppressible figure={g} threshold={threshold}>
                              {() => value}
                            </Suppressible>
                          </td>
                        ))}
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <SmallNote figures={a.groups} threshold={threshold} />
        </div>
      ))}
    </div>
  );
}

export function OverallTable({ summary }: { summary: DisclosedSummary }) {
  const levels = levelsBestFirst(summary.scale.levels);
  const threshold = summary.smallNumberThreshold;
  const rows: [string, DisclosedTally][] = [
    ['Agencies’ own judgements', summary.overall.single],
    ['Agreed in moderation', summary.overall.moderated],
  ];
  return (
    <div className="fd-scroller" tabIndex={0}>
      <table className="data-table fd-table">
        <caption className="visually-hidden">Overall judgements</caption>
        <thead>
          <tr>
            <th scope="col">Judgements</th>
            <th scope="col" className="num">
              n
            </th>
            {levels.map((l) => (
              <th key={l.value} scope="col" className="num">
                {levelName(l)}
              </th>
            ))}
            <th scope="col" className="num fd-col-good">
              % good or better
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, t]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">
                <Suppressible figure={t} threshold={threshold}>
                  {(x) => x.n}
                </Suppressible>
              </td>
              {levels.map((l) => (
                <td key={l.value} className="num">
                  <Suppressible figure={t} threshold={threshold}>
                    {(x) => x.distribution[String(l.value)] ?? 0}
                  </Suppressible>
                </td>
              ))}
              <td className="num">
                <Suppressible figure={t} threshold={threshold}>
                  {(x) => percent(x.goodOrBetter)}
                </Suppressible>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SmallNote figures={rows.map(([, t]) => t)} threshold={threshold} />
    </div>
  );
}
