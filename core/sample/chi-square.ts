// Chi-square goodness of fit of the sample's counts against the cohort's proportions, per
// attribute. Expected count E_i = n × C_i / N (C_i the cohort's cases with value i, N the cohort),
// statistic Σ (O_i − E_i)² / E_i over the values the cohort has, with k − 1 degrees of freedom;
// p is the upper tail of the chi-square distribution, 1 − F(x; k − 1), from jStat.
import jStat from 'jstat';

/** Cochran's guide: below this expected count the chi-square approximation is not to be relied on. */
export const MIN_EXPECTED = 5;

export interface GoodnessOfFit {
  statistic: number;
  degreesOfFreedom: number;
  pValue: number;
  /** Values with an expected count below MIN_EXPECTED. */
  smallExpected: number;
  /** Values compared (those the cohort has). */
  values: number;
}

export type FitOutcome = { ok: true; fit: GoodnessOfFit } | { ok: false; why: 'no-sample' | 'one-value' | 'outside-cohort' };

export function chiSquareGoodnessOfFit(observed: readonly number[], cohort: readonly number[]): FitOutcome {
  const n = observed.reduce((a, b) => a + b, 0);
  const total = cohort.reduce((a, b) => a + b, 0);
  if (n === 0 || total === 0) return { ok: false, why: 'no-sample' };
  // A sampled value the cohort never had cannot be tested against it.
  if (observed.some((o, i) => o > 0 && !(cohort[i]! > 0))) return { ok: false, why: 'outside-cohort' };
  let statistic = 0;
  let values = 0;
  let smallExpected = 0;
  observed.forEach((o, i) => {
    const c = cohort[i]!;
    if (c === 0) return;
    const expected = (n * c) / total;
    statistic += ((o - expected) * (o - expected)) / expected;
    values++;
    if (expected < MIN_EXPECTED) smallExpected++;
  });
  if (values < 2) return { ok: false, why: 'one-value' };
  const degreesOfFreedom = values - 1;
  const pValue = Math.min(1, Math.max(0, 1 - jStat.chisquare.cdf(statistic, degreesOfFreedom)));
  return { ok: true, fit: { statistic, degreesOfFreedom, pValue, smallExpected, values } };
}
