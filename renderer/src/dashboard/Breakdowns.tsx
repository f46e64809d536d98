// Single-agency against moderated % good or better, the breakdowns by groups of children, and the
// overall judgements.
import type { Summary } from '../../../core/analysis/summary';
import type { Tally } from '../../../core/analysis/tally';
import { levelsBestFirst } from '@model/framework';
import { decimal, isSmall, percent } from './format';
import { SmallNote, Suppressible, type SmallRule } from './Suppressible';

export function ModeratedTable({ summary, rule }: { summary: Summary; rule: SmallRule }) {
  const moderated = new Map(summary.moderated.map((c) => [c.key, c]));
  const anyModerated = summary.moderated.some((c) => c.n + c.notApplicable > 0);
  const anySmall = summary.criteria.some((c) => isSmall(c, rule.threshold) || isSmall(moderated.get(c.key) ?? c, rule.threshold));
  return (
    <div className="fd-scroller">
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
                  <ShareOf t={c} rule={rule} />
                </td>
                <td className="num">{m ? <ShareOf t={m} rule={rule} /> : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SmallNote rule={rule} any={anySmall} />
    </div>
  );
}

function ShareOf({ t, rule }: { t: Tally; rule: SmallRule }) {
  if (t.n === 0) return <span className="text-empty">no grades</span>;
  return (
    <Suppressible small={isSmall(t, rule.threshold)} rule={rule}>
      {percent(t.goodOrBetter)} <span className="fd-of">of {t.n}</span>
    </Suppressible>
  );
}

export function AttributeTables({ summary, rule }: { summary: Summary; rule: SmallRule }) {
  return (
    <div className="fd-attribute-grid">
      {summary.byAttribute.map((a) => (
        <div key={a.attribute} className="fd-attribute">
          <h3 id={`attr-${a.attribute}`}>{a.label}</h3>
          <div className="fd-scroller">
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
                    <td className="num">
                      <Suppressible small={g.small} rule={rule}>
                        {g.cases}
                      </Suppressible>
                    </td>
                    {g.small && rule.suppress ? (
                      <td colSpan={3} className="fd-suppressed-row">
                        Figures not shown
                      </td>
                    ) : (
                      <>
                        <td className="num">
                          <Suppressible small={g.small} rule={rule}>
                            {g.n}
                          </Suppressible>
                        </td>
                        <td className="num">
                          <Suppressible small={g.small} rule={rule}>
                            {percent(g.goodOrBetter)}
                          </Suppressible>
                        </td>
                        <td className="num">
                          <Suppressible small={g.small} rule={rule}>
                            {decimal(g.mean)}
                          </Suppressible>
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <SmallNote rule={rule} any={a.groups.some((g) => g.small)} />
        </div>
      ))}
    </div>
  );
}

export function OverallTable({ summary, rule }: { summary: Summary; rule: SmallRule }) {
  const levels = levelsBestFirst(summary.scale.levels);
  const rows: [string, Tally][] = [
    ['Agencies’ own judgements', summary.overall.single],
    ['Agreed in moderation', summary.overall.moderated],
  ];
  return (
    <div className="fd-scroller">
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
                {l.label}
              </th>
            ))}
            <th scope="col" className="num fd-col-good">
              % good or better
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, t]) => {
            const small = isSmall(t, rule.threshold);
            return (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">
                  <Suppressible small={small} rule={rule}>
                    {t.n}
                  </Suppressible>
                </td>
                {levels.map((l) => (
                  <td key={l.value} className="num">
                    <Suppressible small={small} rule={rule}>
                      {t.distribution[String(l.value)] ?? 0}
                    </Suppressible>
                  </td>
                ))}
                <td className="num">
                  <Suppressible small={small} rule={rule}>
                    {percent(t.goodOrBetter)}
                  </Suppressible>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SmallNote rule={rule} any={rows.some(([, t]) => isSmall(t, rule.threshold))} />
    </div>
  );
}
