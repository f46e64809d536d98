// "Validation report": every problem by row (1 = the first data row) and column, so the user can
// fix the file or the mapping. Very long reports are cut to keep the page quick.
import type { RowError } from '@contract/types';

const SHOWN = 500;

export function ValidationReport({ errors }: { errors: RowError[] }) {
  return (
    <section aria-labelledby="validation-heading">
      <h3 id="validation-heading">Validation report</h3>
      {errors.length === 0 ? (
        <p className="banner banner-success">Every row is valid.</p>
      ) : (
        <>
          <p>
            {errors.length === 1 ? '1 problem was found.' : `${errors.length.toLocaleString('en-GB')} problems were found.`} Row 1 is the first row
            of data after the headings.
            {errors.length > SHOWN && ` The first ${SHOWN} are shown.`}
          </p>
          <div className="report-scroller" tabIndex={0} role="region" aria-label="Validation report (scrollable)">
            <table className="data-table">
              <caption className="visually-hidden">Problems found, by row and column</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Row
                  </th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {errors.slice(0, SHOWN).map((e, i) => (
                  <tr key={i}>
                    <td className="num">{e.row}</td>
                    <td>{e.column || <span className="hint">Whole row</span>}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
