// What the import would do: rows read, new, updated, unchanged and invalid rows.
import type { ImportOutcome } from '@contract/types';

export function invalidRowCount(outcome: ImportOutcome): number {
  return new Set(outcome.errors.map((e) => e.row)).size;
}

export function ImportCounts({ outcome }: { outcome: ImportOutcome }) {
  const invalid = invalidRowCount(outcome);
  const items: [string, number, string?][] = [
    ['Rows read', outcome.rowsRead],
    ['New cases', outcome.imported],
    ['Updated', outcome.updated],
    ['Unchanged', outcome.unchanged],
    ['Invalid rows', invalid, invalid > 0 ? 'count-bad' : undefined],
  ];
  return (
    <dl className="counts">
      {items.map(([label, n, extra]) => (
        <div key={label} className={`count${extra ? ` ${extra}` : ''}`}>
          <dt>{label}</dt>
          <dd>{n.toLocaleString('en-GB')}</dd>
        </div>
      ))}
    </dl>
  );
}
