// What the value mapping did, column by column: how many values were mapped to the vocabulary,
// kept as other, or left empty. Shown before anything is imported, so nothing is dropped unsaid.
import { describeTally, totalTallies, type ValueTally } from '@model/value-mapping';
import './values.css';

export function ValueTallies({ tallies }: { tallies: ValueTally[] }) {
  if (tallies.length === 0) return null;
  const total = totalTallies(tallies);
  const n = (x: number) => x.toLocaleString('en-GB');
  return (
    <section aria-labelledby="value-tallies-heading">
      <h3 id="value-tallies-heading">Values</h3>
      <p className={total.other + total.empty > 0 ? 'banner banner-warning' : 'banner banner-info'}>
        {n(total.mapped)} {total.mapped === 1 ? 'value' : 'values'} mapped to the list, {n(total.other)} kept as other, {n(total.empty)} left empty.
      </p>
      <ul className="value-tallies">
        {tallies.map((t) => (
          <li key={t.field}>{describeTally(t)}</li>
        ))}
      </ul>
    </section>
  );
}
