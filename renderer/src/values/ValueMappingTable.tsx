// One mapped column's distinct values, each with its count and what it becomes: a value of the
// vocabulary, "keep as other" (stored as written) or "leave empty". Used by every import that has
// a value-mapping step (cases, cohorts), so it takes the column and the choices and nothing else.
import { fieldLabels } from '@model/case-fields';
import type { ValueChoice, ValueColumn, ValueMapping, ValueTarget } from '@model/value-mapping';
import './values.css';

interface Props {
  column: ValueColumn;
  choices: ValueMapping;
  onChange: (next: ValueMapping) => void;
}

const OTHER = 'other';
const EMPTY = 'empty';
const encode = (t: ValueTarget | undefined): string => (!t ? EMPTY : t.choice === 'value' ? `value:${t.value ?? ''}` : t.choice);
const decode = (text: string): ValueTarget => (text.startsWith('value:') ? { choice: 'value', value: text.slice(6) } : { choice: text === OTHER ? 'other' : 'empty' });

export function ValueMappingTable({ column, choices, onChange }: Props) {
  const mine = new Map(choices.filter((c) => c.field === column.field).map((c) => [c.source, c]));
  const label = fieldLabels[column.field];
  const headingId = `values-${column.field}`;

  function choose(source: string, target: ValueTarget) {
    const next: ValueChoice = { field: column.field, source, ...target };
    const found = choices.some((c) => c.field === column.field && c.source === source);
    onChange(found ? choices.map((c) => (c.field === column.field && c.source === source ? next : c)) : [...choices, next]);
  }

  return (
    <section className="value-column" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {label} <span className="hint">from the column “{column.column}”</span>
      </h3>
      {column.list && <p className="hint">Each cell may list several values; each value is counted once per row.</p>}
      <table className="data-table value-table">
        <caption className="visually-hidden">
          Values of {label} in the file, how many rows hold each, and what each becomes
        </caption>
        <thead>
          <tr>
            <th scope="col">Value in the file</th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col">Becomes</th>
          </tr>
        </thead>
        <tbody>
          {column.values.map((v, index) => {
            const target = mine.get(v.source) ?? v.suggested;
            const selectId = `${headingId}-${index}`;
            return (
              <tr key={v.source} className={v.recognised ? undefined : 'value-unrecognised'}>
                <th scope="row">
                  <label htmlFor={selectId}>{v.source}</label>
                  {!v.recognised && <span className="badge badge-warning">Not recognised</span>}
                  {v.note && <p className="hint">This is {v.note}.</p>}
                </th>
                <td className="num">{v.count.toLocaleString('en-GB')}</td>
                <td>
                  <select id={selectId} className="input" value={encode(target)} onChange={(e) => choose(v.source, decode(e.target.value))}>
                    <optgroup label={label}>
                      {column.vocabulary.map((item) => (
                        <option key={item.value} value={`value:${item.value}`}>
                          {item.label}
                        </option>
                      ))}
                    </optgroup>
                    <optgroup label="Not in the list">
                      <option value={OTHER}>Keep as other (“{v.source}”)</option>
                      <option value={EMPTY}>Leave empty</option>
                    </optgroup>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {column.more > 0 && (
        <p className="banner banner-warning">
          {column.more.toLocaleString('en-GB')} more distinct values are not listed. They are taken as recognised where they can be, and their rows are
          refused where not. So many different values usually means this column is not {label.toLowerCase()}: check the column mapping.
        </p>
      )}
    </section>
  );
}
