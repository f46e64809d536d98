// The kinds of difference between grades: a badge per kind (words and an icon, never colour
// alone), and the key that says on screen what each kind means.
import { differenceDefinitions, differenceKinds, differenceLabels, type DifferenceKind } from '@model/differences';

export function DifferenceBadges({ kinds }: { kinds: DifferenceKind[] }) {
  if (kinds.length === 0) return <span className="diff-none">Same</span>;
  return (
    <ul className="diff-badges" aria-label="Differences">
      {kinds.map((k) => (
        <li key={k} className={`diff-badge diff-${k}`}>
          <svg className="flag-icon" viewBox="0 0 20 20" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M10 1.5 19 18H1z" fill="currentColor" />
          </svg>
          {differenceLabels[k]}
        </li>
      ))}
    </ul>
  );
}

/** What each kind means, with how many criteria of this case show it. */
export function DifferenceKey({ counts }: { counts: Record<DifferenceKind, number> }) {
  return (
    <section className="diff-key" aria-labelledby="diff-key-heading">
      <h2 id="diff-key-heading">How differences are counted</h2>
      <p className="hint">A criterion is a difference when the grades given for it are not all the same. Each difference is classified:</p>
      <dl>
        {differenceKinds.map((k) => (
          <div key={k}>
            <dt>
              <span className={`diff-badge diff-${k}`}>{differenceLabels[k]}</span> <span className="diff-count">{counts[k]}</span>
            </dt>
            <dd>{differenceDefinitions[k]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function countKinds(lists: DifferenceKind[][]): Record<DifferenceKind, number> {
  const counts = Object.fromEntries(differenceKinds.map((k) => [k, 0])) as Record<DifferenceKind, number>;
  for (const list of lists) for (const k of list) counts[k] += 1;
  return counts;
}
