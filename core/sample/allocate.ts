// How many cases each stratum gets. Proportional allocation gives stratum h the quota
// n × N_h / N (N_h its eligible cases); equal allocation n / H. Quotas are rounded by the largest
// remainder (Hamilton) method: every stratum gets the whole part of its quota, and the seats left
// go one each to the largest fractional parts (ties: the larger stratum, then the stratum listed
// first). Arithmetic is on integers, so no rounding error can change who gets a seat.
//
// A stratum never gets more than it has (the excess is allocated again among the others), and a
// minimum ("at least 2 pre-birth cases") fixes the strata it covers at the minimum, shared among
// them in proportion when it covers several; the rest of the sample is then allocated again.
import { UserError } from '../../model/errors';

export interface StratumSize {
  /** Eligible cases in the stratum: the most it can give. */
  size: number;
  /** Proportional: the size; equal: 1. */
  weight: number;
}

export interface GroupMinimum {
  /** Indexes of the strata the minimum covers. */
  strata: number[];
  count: number;
  /** How the user wrote it, for errors. */
  label: string;
}

/** Largest remainder rounding of n seats by weight; seats[i] for strata[i]. */
export function largestRemainder(n: number, strata: StratumSize[]): number[] {
  const total = strata.reduce((sum, s) => sum + s.weight, 0);
  if (n === 0 || total === 0) return strata.map(() => 0);
  const seats = strata.map((s) => Math.floor((n * s.weight) / total));
  // Remainders as numerators over the same denominator (total): exact comparisons.
  const remainders = strata.map((s, i) => n * s.weight - seats[i]! * total);
  let left = n - seats.reduce((a, b) => a + b, 0);
  const order = strata.map((_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || strata[b]!.size - strata[a]!.size || a - b);
  for (const i of order) {
    if (left === 0) break;
    seats[i]!++;
    left--;
  }
  return seats;
}

/** Seats for each stratum: largest remainder within the strata's sizes and the minimums. */
export function allocate(n: number, strata: StratumSize[], minimums: GroupMinimum[] = []): number[] {
  const capacity = strata.reduce((sum, s) => sum + s.size, 0);
  if (n > capacity) throw new UserError(`The sample of ${n} is larger than the ${capacity} eligible cases.`, 'COHORT_TOO_SMALL');
  for (const m of minimums) {
    const available = m.strata.reduce((sum, i) => sum + strata[i]!.size, 0);
    if (available < m.count) {
      throw new UserError(`The minimum "${m.label}" asks for ${m.count} cases, but the cohort has only ${available} eligible case${available === 1 ? '' : 's'} there.`, 'BAD_STRATA');
    }
  }
  const fixed = new Map<number, number>();
  for (;;) {
    const free = strata.map((_, i) => i).filter((i) => !fixed.has(i));
    const remaining = n - [...fixed.values()].reduce((a, b) => a + b, 0);
    if (remaining < 0) throw new UserError(`The minimums cannot all be met within a sample of ${n}: together they need more cases.`, 'BAD_STRATA');
    const seats = new Map<number, number>(fixed);
    largestRemainder(remaining, free.map((i) => strata[i]!)).forEach((s, k) => seats.set(free[k]!, s));

    const over = free.filter((i) => seats.get(i)! > strata[i]!.size);
    if (over.length > 0) {
      for (const i of over) fixed.set(i, strata[i]!.size);
      continue;
    }
    const short = minimums.find((m) => m.strata.reduce((sum, i) => sum + seats.get(i)!, 0) < m.count);
    if (!short) return strata.map((_, i) => seats.get(i)!);
    const open = short.strata.filter((i) => !fixed.has(i));
    const need = short.count - short.strata.reduce((sum, i) => sum + (fixed.get(i) ?? 0), 0);
    if (open.length === 0) throw new UserError(`The minimums cannot all be met within a sample of ${n}: "${short.label}" conflicts with another.`, 'BAD_STRATA');
    allocate(need, open.map((i) => strata[i]!)).forEach((s, k) => fixed.set(open[k]!, s));
  }
}
