// A figure as the core disclosed it. Withheld, it has no numbers and says so in words; shown from
// few cases (suppression turned off), it carries a dagger that the note under the table explains.
// Nothing here decides what is small: the core's disclosure policy did.
import type { ReactNode } from 'react';
import { fewerThan } from './format';

interface Disclosed {
  suppressed: boolean;
  small: boolean;
}

export function Suppressible<T extends Disclosed>({ figure, threshold, children }: { figure: T; threshold: number; children: (shown: Extract<T, { suppressed: false }>) => ReactNode }) {
  if (figure.suppressed) return <span className="fd-suppressed">{fewerThan(threshold)}</span>;
  const content = children(figure as Extract<T, { suppressed: false }>);
  if (!figure.small) return <>{content}</>;
  return (
    <>
      {content}
      <span className="fd-dagger" aria-hidden="true">
        †
      </span>
      <span className="visually-hidden"> (from {fewerThan(threshold)} cases)</span>
    </>
  );
}

/** The line under a table that has small or withheld cells. */
export function SmallNote({ figures, threshold }: { figures: Disclosed[]; threshold: number }) {
  if (figures.some((f) => f.suppressed))
    return <p className="fd-note">Cells drawn from {fewerThan(threshold)} cases are not shown, so no child can be identified from them.</p>;
  if (figures.some((f) => f.small))
    return (
      <p className="fd-note">
        <span aria-hidden="true">† </span>Drawn from {fewerThan(threshold)} cases: treat with caution and do not publish outside the partnership.
      </p>
    );
  return null;
}
