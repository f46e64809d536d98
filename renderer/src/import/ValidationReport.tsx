// "Validation report": every problem by row (1 = the first data row) and column, so the user can
// fix the file or the mapping, and every value changed or left out on a row that is imported.
// Very long reports are cut to keep the page quick.
import type { RowError } from '@contract/types';

const SHOWN = 500;

export function ValidationReport({ errors, warnings }: { errors: RowError[]; warnings: RowError[] }) {
  return (
    <section aria-labelledby="validation-heading">
      <h3 id="validation-heading">Validation report</h3>
      {warnings.length > 0 && <ProblemTable title="Values left out of rows that are imported" rows={warnings} label="Values left out" what="What happened" />}
      {errors.length === 0 ? (
        <p className="banner banner-success">No row is refused: every row can be imported{warnings.length > 0 ? ', without the values listed above' : ''}.</p>
      ) : (
        <>
          <p>
            {errors.length === 1 ? '1 problem was found.' : `${errors.length.toLocaleString('en-GB')} problems were found.`} Row 1 is the first row
            of data after the headings.
            {errors.length > SHOWN && ` The first ${SHOWN} are shown.`}
          </p>
          <ProblemTable title="Problems found, by row and column" rows={errors} label="Validation report" what="Problem" />
        </>
      )}
    </section>
  );
}

function ProblemTable({ title, rows, label, what }: { title: string; rows: RowError[]; label: string; what: string }) {
  return (
    <div className="report-scroller" tabIndex={0} role="region" aria-label={`${label} (scrollable)`}>
      <table className="data-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">Column</th>
            <th scope="col">{what}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((e, i) => (
            <tr key={i}>
              <td className="num">{e.row}</td>
              <td>{e.column || <span className="hint">Whole row</span>}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
