// Per criterion: how many grades, how many not applicable, the count at each level of the scale,
// % good or better, the mean, and the change since the compared event. Each row can list its cases.
import type { Summary } from '../../../core/analysis/summary';
import { levelsBestFirst } from '@model/framework';
import { change, decimal, isSmall, percent } from './format';
import { SmallNote, Suppressible, type SmallRule } from './Suppressible';

interface Props {
  summary: Summary;
  rule: SmallRule;
  onShowCases: (key: string) => void;
}

export function CriteriaTable({ summary, rule, onShowCases }: Props) {
  const levels = levelsBestFirst(summary.scale.levels);
  const changes = new Map(summary.comparison?.criteria.map((c) => [c.key, c]) ?? []);
  const anySmall = summary.criteria.some((c) => isSmall(c, rule.threshold));
  // After n: N/A, one per level, % good or better, mean, and the change when comparing.
  const restColumns = levels.length + 3 + (summary.comparison ? 1 : 0);
  return (
    <div className="fd-scroller">
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
                {l.label}
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
            const small = isSmall(c, rule.threshold);
            const cmp = changes.get(c.key);
            const hidden = small && rule.suppress;
            const empty = c.n + c.notApplicable === 0;
            return (
              <tr key={c.key} data-criterion={c.key} className={empty ? 'row-muted' : undefined}>
                <th scope="row" className="fd-criterion-cell">
                  <span className="fd-criterion-title">{c.title}</span>
                  <button type="button" className="link-button fd-show-cases" aria-label={`Show cases for ${c.title}`} onClick={() => onShowCases(c.key)}>
                    Show cases
                  </button>
                </th>
                <td className="num" data-col="n">
                  <Suppressible small={small} rule={rule}>
                    {c.n}
                  </Suppressible>
                </td>
                {hidden ? (
                  <td colSpan={restColumns} className="fd-suppressed-row">
                    Figures not shown
                  </td>
                ) : (
                  <>
                    <td className="num">
                      <Suppressible small={small} rule={rule}>
                        {c.notApplicable}
                      </Suppressible>
                    </td>
                    {levels.map((l) => (
                      <td key={l.value} className="num">
                        <Suppressible small={small} rule={rule}>
                          {c.distribution[String(l.value)] ?? 0}
                        </Suppressible>
                      </td>
                    ))}
                    <td className="num" data-col="good">
                      <Suppressible small={small} rule={rule}>
                        {percent(c.goodOrBetter)}
                      </Suppressible>
                    </td>
                    <td className="num">
                      <Suppressible small={small} rule={rule}>
                        {decimal(c.mean)}
                      </Suppressible>
                    </td>
                    {summary.comparison && (
                      <td className="num">
                        <Suppressible small={small} rule={rule}>
                          {change(cmp?.change)}
                        </Suppressible>
                      </td>
                    )}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <SmallNote rule={rule} any={anySmall} />
    </div>
  );
}
