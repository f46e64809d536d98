// The first cases as they will be stored, with what the import does to each.
import type { ImportPreview } from '@contract/types';
import { formatDateShort } from '../lib/dates';
import { ageStageLabel, levelOfNeedLabel, neglectTypeLabel, sexLabel } from '@model/labels';

const SHOWN = 20;
const actionLabels = { new: 'New', update: 'Update', unchanged: 'Unchanged' } as const;

export function RecordPreview({ records }: { records: ImportPreview['records'] }) {
  if (records.length === 0) return null;
  return (
    <section aria-labelledby="record-preview-heading">
      <h3 id="record-preview-heading">First cases as they will be stored</h3>
      <table className="data-table">
        <caption className="visually-hidden">The first {Math.min(SHOWN, records.length)} valid rows</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">Reference</th>
            <th scope="col">Action</th>
            <th scope="col">Sex</th>
            <th scope="col">Date of birth</th>
            <th scope="col">Age stage</th>
            <th scope="col">Ethnicity</th>
            <th scope="col">Level of need</th>
            <th scope="col">Neglect types</th>
          </tr>
        </thead>
        <tbody>
          {records.slice(0, SHOWN).map(({ row, record, action }) => (
            <tr key={row}>
              <td className="num">{row}</td>
              <th scope="row">{record.reference}</th>
              <td>
                <span className={`action action-${action}`}>{actionLabels[action]}</span>
              </td>
              <td>{sexLabel(record.sex)}</td>
              <td>{formatDateShort(record.dateOfBirth)}</td>
              <td>{ageStageLabel(record.ageStage)}</td>
              <td>{record.ethnicityCode && <abbr title={record.ethnicityLabel ?? ''}>{record.ethnicityCode}</abbr>}</td>
              <td>{levelOfNeedLabel(record.levelOfNeed)}</td>
              <td>{record.neglectTypes.map(neglectTypeLabel).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
