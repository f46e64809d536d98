// Per criterion: how many grades, how many not applicable, the count at each level of the scale,
// % good or better, the mean, and the change since the compared event. Each row can list its cases.
// A criterion the core withheld has no figures: its row says so.
import { levelName } from '@model/grade-keys';
import type { DisclosedSummary } from '@contract/types';
import { levelsBestFirst } from '@model/framework';
import { change, decimal, percent } from './format';
import { SmallNote, Suppressible } from './Suppressible';

interface Props {
  summary: DisclosedSummary;
  onShowCases: (key: string) => void;
}

export function CriteriaTable({ summary, onShowCases }: Props) {
  const levels = levelsBestFirst(summary.scale.levels);
  const changes = new Map(summary.comparison?.criteria.map((c) => [c.key, c]) ?? []);
  const threshold = summary.smallNumberThreshold;
  // After n: N/A, one per level, % good or better, mean, and the change when comparing.
  const restColumns = levels.length + 3 + (summary.comparison ? 1 : 0);
  return (
    <div className="fd-scroller" tabIndex={0}>
      <table className="data-table fd-table">
        <caption className="visually-hidden">Grades by criterion</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col" className="num">
              <abbr title="Number of grades (not applicable left out)">n</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title={summary.scale.notApplicableLabel}>N/A</abbr>
            </th>
            {levels.map((l) => (
              <th key={l.value} scope="col" className="num">
                {levelName(l)}
              </th>
            ))}
            <th scope="col" className="num fd-col-good">
              % good or better
            </th>
            <th scope="col" className="num">
              Mean
            </th>
            {summary.comparison && (
              <th scope="col" className="num">
                Change since {summary.comparison.previous.name}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {summary.criteria.map((c) => {
            const cmp = changes.get(c.key);
            const empty = !c.suppressed && c.n + c.notApplicable === 0;
            return (
              <tr key={c.key} data-criterion={c.key} className={empty ? 'row-muted' : undefined}>
                <th scope="row" className="fd-criterion-cell">
                  <span className="fd-criterion-title">{c.title}</span>
                  <button type="button" className="link-button fd-show-cases" onClick={() => onShowCases(c.key)}>
                    Show cases<span className="visually-hidden"> for {c.title}</span>
                  </button>
                </th>
                <td className="num" data-col="n">
                  <Suppressible figure={c} threshold={threshold}>
                    {(x) => x.n}
                  </Suppressible>
                </td>
                {c.suppressed ? (
                  <td colSpan={restColumns} className="fd-suppressed-row">
                    Figures not shown
                  </td>
                ) : (
                  <>
                    <td className="num">
                      <Suppressible figure={c} threshold={threshold}>
                        {(x) => x.notApplicable}
                      </Suppressible>
                    </td>
                    {levels.map((l) => (
                      <td key={l.value} className="num">
                        <Suppressible figure={c} threshold={threshold}>
                          {(x) => x.distribution[String(l.value)] ?? 0}
                        </Suppressible>
                      </td>
                    ))}
                    <td className="num" data-col="good">
                      <Suppressible figure={c} threshold={threshold}>
                        {(x) => percent(x.goodOrBetter)}
                      </Suppressible>
                    </td>
                    <td className="num">
                      <Suppressible figure={c} threshold={threshold}>
                        {(x) => decimal(x.mean)}
                      </Suppressible>
                    </td>
                    {summary.comparison && (
                      <td className="num" data-col="change">
                        {cmp ? (
                          <Suppressible figure={cmp} threshold={threshold}>
                            {(x) => change(x.change)}
                          </Suppressible>
                        ) : (
                          '–'
                        )}
                      </td>
                    )}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <SmallNote figures={[...summary.criteria, ...(summary.comparison?.criteria ?? [])]} threshold={threshold} />
    </div>
  );
}
