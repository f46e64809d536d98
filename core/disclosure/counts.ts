// Small-number suppression for tables of counts of cases (the sample profile: cases per value of
// an attribute, in the sample and in the cohort). The same threshold as every other figure: a
// count from 1 to SMALL_NUMBER_THRESHOLD − 1 is small, and withheld unless the user opted out.
// A column's total is published, so a single withheld count could be worked out by subtraction:
// where exactly one count of a column is small, the next smallest non-zero count is withheld too
// (secondary suppression). A withheld count carries no number and no percentage.
import type { DisclosedCount } from '../contract/sample-types';
import type { DisclosedThemeTally, ThemeTally } from '../contract/types';
import { SMALL_NUMBER_THRESHOLD } from './suppression';

export const isSmallCount = (count: number): boolean => count > 0 && count < SMALL_NUMBER_THRESHOLD;

/** One column of counts, in order; percentages are of the column's total. */
export function discloseCounts(counts: readonly number[], suppress: boolean): DisclosedCount[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const withheld = new Set<number>();
  if (suppress) {
    counts.forEach((c, i) => isSmallCount(c) && withheld.add(i));
    if (withheld.size === 1) {
      const next = counts
        .map((c, i) => ({ c, i }))
        .filter(({ c, i }) => c > 0 && !withheld.has(i))
        .sort((a, b) => a.c - b.c || a.i - b.i)[0];
      if (next) withheld.add(next.i);
    }
  }
  return counts.map((count, i) =>
    withheld.has(i) ? { suppressed: true as const, small: true as const } : { suppressed: false as const, small: isSmallCount(count), count, percent: total === 0 ? 0 : count / total },
  );
}

/**
 * The tally by theme as it may leave the app, used themes only. A theme tagged on fewer than the
 * threshold of cases keeps its findings count but loses its case and audit counts (audits of so
 * few cases would give the number away). Themes overlap, so no total is published and no
 * secondary suppression is needed. Withheld rows come last, by findings then name, so their order
 * says nothing about their counts.
 */
export function discloseThemeTally(tally: readonly ThemeTally[], suppress: boolean): DisclosedThemeTally[] {
  const used = tally.filter((t) => t.cases + t.findings > 0);
  const disclosed = used.map(({ id, label, archived, findings, cases, audits }): DisclosedThemeTally => {
    const base = { id, label, archived, findings };
    return suppress && isSmallCount(cases) ? { ...base, suppressed: true, small: true } : { ...base, suppressed: false, small: isSmallCount(cases), cases, audits };
  });
  const shown = disclosed.filter((t) => !t.suppressed);
  const withheld = disclosed.filter((t) => t.suppressed).sort((a, b) => b.findings - a.findings || a.label.localeCompare(b.label));
  return [...shown, ...withheld];
}
