// The moderation grid: criteria as rows, each audit (agency, and a second auditor as its own
// column) as a column, every difference highlighted and classified, and the agreed grade. Choosing
// a row opens its reasons, evidence and agreed grade beside the grid. Up and down arrows (Home,
// End) move between rows from a row's button and open each in turn, so a moderator can work
// through the criteria from the keyboard.
import type { ModerationView } from '@contract/types';
import type { ScaleLevel } from '@model/framework';
import { DifferenceBadges } from './DifferenceBadges';
import { GradeChip } from './GradeChip';

export const OVERALL = 'overall';

interface Props {
  view: ModerationView;
  levels: ScaleLevel[];
  notApplicableLabel: string;
  selected: string;
  onlyDifferences: boolean;
  onSelect: (key: string) => void;
}

export function ModerationGrid({ view, levels, notApplicableLabel, selected, onlyDifferences, onSelect }: Props) {
  const columns = view.overall.grades;
  const shown = view.criteria.filter((c) => !onlyDifferences || c.differences.length > 0);
  const chip = (value: number | null, notApplicable = false) =>
    value === null && !notApplicable ? (
      <span className="grade-none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">Not graded</span>
      </span>
    ) : (
      <GradeChip value={value} notApplicable={notApplicable} levels={levels} notApplicableLabel={notApplicableLabel} />
    );
  const order = [...shown.map((c) => c.key), OVERALL];
  function moveWithArrows(event: React.KeyboardEvent<HTMLTableSectionElement>) {
    const from = (event.target as HTMLElement).closest<HTMLElement>('.grid-row-button')?.dataset.row;
    const at = from === undefined ? -1 : order.indexOf(from);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: order.length - 1 }[event.key];
    if (to === undefined || to < 0 || to >= order.length || to === at) return;
    event.preventDefault();
    onSelect(order[to]!);
    event.currentTarget.querySelector<HTMLElement>(`.grid-row-button[data-row="${CSS.escape(order[to]!)}"]`)?.focus();
  }
  const rowButton = (key: string, label: React.ReactNode, name: string) => (
    <button type="button" className="grid-row-button" data-row={key} aria-current={selected === key ? 'true' : undefined} onClick={() => onSelect(key)}>
      {label}
      <span className="visually-hidden">: open reasons and agreed grade for {name}</span>
    </button>
  );
  return (
    <div className="table-scroll moderation-grid-scroll" tabIndex={0} role="region" aria-label="Grades by criterion and audit">
      <table className="moderation-grid">
        <caption className="visually-hidden">Each audit’s grade per criterion, the differences and the agreed grade</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {columns.map((a) => (
              <th scope="col" key={a.auditId} className="grid-audit">
                {a.agencyName}
                <span className="grid-auditor">{a.auditor || 'Auditor not recorded'}</span>
              </th>
            ))}
            <th scope="col">Difference</th>
            <th scope="col">Agreed</th>
          </tr>
        </thead>
        <tbody onKeyDown={moveWithArrows}>
          {shown.map((c) => (
            <tr key={c.key} className={`${c.differences.length ? 'row-differs' : ''}${selected === c.key ? ' row-selected' : ''}`}>
              <th scope="row">{rowButton(c.key, <>{view.criteria.indexOf(c) + 1}. {c.title}</>, c.title)}</th>
              {c.grades.map((g) => (
                <td key={g.auditId} className="grid-grade">
                  {chip(g.value, g.notApplicable)}
                </td>
              ))}
              <td className="grid-diff">
                <DifferenceBadges kinds={c.differences} />
              </td>
              <td className="grid-agreed">{c.agreed && (c.agreed.value !== null || c.agreed.notApplicable) ? chip(c.agreed.value, c.agreed.notApplicable) : <span className="grade-none">To agree</span>}</td>
            </tr>
          ))}
          {shown.length === 0 && (
            <tr>
              <td colSpan={columns.length + 3} className="note">
                Every audit gave the same grades: no differences to show.
              </td>
            </tr>
          )}
          <tr className={`grid-overall${view.overall.differences.length ? ' row-differs' : ''}${selected === OVERALL ? ' row-selected' : ''}`}>
            <th scope="row">{rowButton(OVERALL, 'Overall judgement', 'the overall judgement')}</th>
            {columns.map((a) => (
              <td key={a.auditId} className="grid-grade">
                {chip(a.value)}
              </td>
            ))}
            <td className="grid-diff">
              <DifferenceBadges kinds={view.overall.differences} />
            </td>
            <td className="grid-agreed">{view.overall.agreedValue !== null ? chip(view.overall.agreedValue) : <span className="grade-none">To agree</span>}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
