// Step 2: one row per column of the file, with a few sample values and the case field it fills.
// "Do not import" is the safe default: such columns are never read into the database.
import { caseFields, fieldLabels, type CaseField, type Mapping } from '@model/case-fields';
import type { ImportPreview } from '@contract/types';

interface Props {
  /** What the table needs of a preview (a case import's or a cohort's). */
  preview: Pick<ImportPreview, 'headers' | 'sample' | 'suggested' | 'remembered'>;
  mapping: Mapping;
  onChange: (next: Mapping) => void;
}

export function MappingTable({ preview, mapping, onChange }: Props) {
  const fieldOf = new Map(mapping.map((m) => [m.column, m.field]));
  const suggested = new Map(preview.suggested.map((m) => [m.column, m.field]));
  const remembered = new Map((preview.remembered ?? []).map((m) => [m.column, m.field]));
  const usedBy = new Map(mapping.map((m) => [m.field, m.column]));

  function choose(column: string, field: CaseField | '') {
    // Keep the file's column order so the mapping reads like the file.
    const next = new Map(fieldOf);
    if (field) next.set(column, field);
    else next.delete(column);
    onChange(preview.headers.filter((h) => next.has(h)).map((h) => ({ column: h, field: next.get(h)! })));
  }

  return (
    <table className="data-table mapping-table">
      <caption className="visually-hidden">Columns in the file and the case field each one fills</caption>
      <thead>
        <tr>
          <th scope="col">Column in the file</th>
          <th scope="col">Sample values</th>
          <th scope="col">Case field</th>
        </tr>
      </thead>
      <tbody>
        {preview.headers.map((header, index) => {
          const field = fieldOf.get(header) ?? '';
          const samples = preview.sample.slice(0, 3).map((row) => row[index] ?? '');
          const origin = !field ? null : remembered.get(header) === field ? 'Remembered' : suggested.get(header) === field ? 'Suggested' : null;
          return (
            <tr key={header} className={field ? undefined : 'row-muted'}>
              <th scope="row">{header || <em>(no header)</em>}</th>
              <td>
                <ul className="sample-list">
                  {samples.map((value, i) => (
                    <li key={i}>{value === '' ? <span className="hint">(blank)</span> : value}</li>
                  ))}
                </ul>
              </td>
              <td>
                <select
                  className="input"
                  aria-label={`Field for column ${header}`}
                  value={field}
                  onChange={(e) => choose(header, e.target.value as CaseField | '')}
                >
                  <option value="">Do not import</option>
                  {caseFields.map((f) => (
                    <option key={f} value={f}>
                      {fieldLabels[f]}
                      {usedBy.has(f) && usedBy.get(f) !== header ? ` (now from “${usedBy.get(f)}”)` : ''}
                    </option>
                  ))}
                </select>
                {origin && <span className={`badge ${origin === 'Suggested' ? 'badge-suggested' : ''}`}>{origin}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
