// One conflict side by side: what this install holds and what the return says, field by field,
// and the user's choice between them. Nothing is chosen for them.
import type { AuditPreview, Resolution } from '@contract/types';

interface Props {
  conflict: AuditPreview;
  fileIndex: number;
  choice: Resolution | undefined;
  onChoose: (choice: Resolution) => void;
}

export function ConflictChoice({ conflict, fileIndex, choice, onChoose }: Props) {
  const name = `conflict-${fileIndex}-${conflict.key}`;
  return (
    <section className="panel" aria-label={`Conflict: ${conflict.reference} by ${conflict.auditor}`}>
      <h4>
        <span className="change-conflict">Conflict</span>: {conflict.reference}, {conflict.auditor}
      </h4>
      <p>{conflict.reason}</p>
      <table className="data-table conflict-table">
        <caption className="visually-hidden">
          Differences for {conflict.reference} by {conflict.auditor}
        </caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">On this install</th>
            <th scope="col">In the return</th>
          </tr>
        </thead>
        <tbody>
          {conflict.differences.map((d) => (
            <tr key={d.field}>
              <th scope="row">{d.label}</th>
              <td>{d.mine || '—'}</td>
              <td>{d.theirs || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="actions">
        <legend className="visually-hidden">
          Which version of {conflict.reference} by {conflict.auditor} to keep
        </legend>
        <label className="checkbox">
          <input type="radio" name={name} checked={choice === 'mine'} onChange={() => onChoose('mine')} />
          Keep this install’s version
        </label>
        <label className="checkbox">
          <input type="radio" name={name} checked={choice === 'theirs'} onChange={() => onChoose('theirs')} />
          Take the return’s version
        </label>
      </fieldset>
    </section>
  );
}
