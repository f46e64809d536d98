// Step 3: map values. Every mapped column with a fixed list of values shows each distinct value
// of the file with its count; the user says what each becomes before anything is checked.
import type { ValueColumn, ValueMapping } from '@model/value-mapping';
import { ValueMappingTable } from '../values/ValueMappingTable';

interface Props {
  columns: ValueColumn[];
  choices: ValueMapping;
  busy: boolean;
  onChange: (next: ValueMapping) => void;
  onBack: () => void;
  onNext: () => void;
}

export function ValueMapStep({ columns, choices, busy, onChange, onBack, onNext }: Props) {
  const unrecognised = columns.reduce((n, c) => n + c.values.filter((v) => !v.recognised).length, 0);
  return (
    <section aria-labelledby="values-heading">
      <h2 id="values-heading" tabIndex={-1}>
        Map values
      </h2>
      <p>
        Each value found in the file is listed with the number of rows that hold it. Choose what it becomes: a value from Scrutineer’s list, <strong>Keep as
        other</strong> (stored as written, shown on its own in the figures) or <strong>Leave empty</strong> (not stored).
      </p>
      <p className={unrecognised > 0 ? 'banner banner-warning' : 'banner banner-info'} role="status">
        {unrecognised === 0
          ? 'Every value was recognised. Check the choices, then go on.'
          : `${unrecognised} ${unrecognised === 1 ? 'value was' : 'values were'} not recognised and will be kept as other unless you choose a value from the list.`}
      </p>
      {columns.map((column) => (
        <ValueMappingTable key={column.field} column={column} choices={choices} onChange={onChange} />
      ))}
      <div className="actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={onNext}>
          Next: check and import
        </button>
        <button type="button" className="button" onClick={onBack}>
          Back to columns
        </button>
      </div>
    </section>
  );
}
