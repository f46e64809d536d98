// Allocation of the sample to strata, against tables worked out by hand (largest remainder).
import { describe, expect, it } from 'vitest';
import { allocate, largestRemainder } from '../../../core/sample/allocate';

const proportional = (sizes: number[]) => sizes.map((size) => ({ size, weight: size }));
const equal = (sizes: number[]) => sizes.map((size) => ({ size, weight: 1 }));

describe('proportional allocation, largest remainder', () => {
  // A cohort of 1,000 in three strata: child in need 347, child protection 343, looked after 310.
  //
  //  n = 10   quotas 10 × 347/1000 = 3.47, 3.43, 3.10  whole parts 3, 3, 3 = 9; the 1 seat left
  //           goes to the largest remainder (.47)                        → 4, 3, 3
  //           (rounding each quota would give 3, 3, 3: a sample of 9, not 10)
  //  n = 30   quotas 10.41, 10.29, 9.30   whole parts 10, 10, 9 = 29; .41 is largest  → 11, 10, 9
  //  n = 50   quotas 17.35, 17.15, 15.50  whole parts 17, 17, 15 = 49; .50 is largest → 17, 17, 16
  //           (the smallest stratum gets the seat: its remainder is the largest)
  //  n = 100  quotas 34.7, 34.3, 31.0     whole parts 34, 34, 31 = 99; .7            → 35, 34, 31
  //  n = 7    quotas 2.429, 2.401, 2.170  whole parts 2, 2, 2 = 6; .429              → 3, 2, 2
  const cohort = [347, 343, 310];
  it.each([
    [10, [4, 3, 3]],
    [30, [11, 10, 9]],
    [50, [17, 17, 16]],
    [100, [35, 34, 31]],
    [7, [3, 2, 2]],
  ])('a sample of %i from 347 / 343 / 310 is %j', (n, expected) => {
    expect(allocate(n, proportional(cohort))).toEqual(expected);
    expect(expected.reduce((a, b) => a + b, 0)).toBe(n);
  });

  it('breaks an exact tie in remainders for the larger stratum, then the one listed first', () => {
    // 500 / 250 / 250, n = 2: quotas 1, .5, .5; one seat, the two remainders tie and the strata
    // are the same size, so the first listed gets it.
    expect(largestRemainder(2, proportional([500, 250, 250]))).toEqual([1, 1, 0]);
    // 300 / 300 / 400 with n = 3, equal weights: 1 each, no seat left.
    expect(largestRemainder(3, equal([300, 300, 400]))).toEqual([1, 1, 1]);
    // equal weights, n = 4 over sizes 10 / 30 / 20: 1.33 each; the seat goes to the largest (30).
    expect(largestRemainder(4, equal([10, 30, 20]))).toEqual([1, 2, 1]);
  });
});

describe('equal allocation, caps and minimums', () => {
  it('gives each stratum the same, and a small stratum all it has with the rest shared again', () => {
    expect(allocate(12, equal([100, 200, 300]))).toEqual([4, 4, 4]);
    // 2 / 50 / 50, n = 12: 4 each, but the first has only 2; the 10 left are 5 and 5.
    expect(allocate(12, equal([2, 50, 50]))).toEqual([2, 5, 5]);
  });

  it('meets a minimum by fixing its stratum and sharing the rest in proportion', () => {
    // 1,000 in 940 / 60, n = 20: proportional gives 18.8 → 19 and 1.2 → 1. At least 3 in the
    // second: it gets 3, and the other 17 go to the first.
    expect(allocate(20, proportional([940, 60]))).toEqual([19, 1]);
    expect(allocate(20, proportional([940, 60]), [{ strata: [1], count: 3, label: 'small:3' }])).toEqual([17, 3]);
  });

  it('shares a minimum over a group of strata in proportion to their sizes', () => {
    // Pre-birth cases in three strata of sizes 6, 3 and 2 (of 1,000); at least 2 of them in a
    // sample of 20. Quotas 2 × 6/11 = 1.09, 2 × 3/11 = 0.55, 2 × 2/11 = 0.36 → 1, 1, 0.
    const strata = proportional([6, 3, 2, 989]);
    expect(allocate(20, strata)).toEqual([0, 0, 0, 20]);
    expect(allocate(20, strata, [{ strata: [0, 1, 2], count: 2, label: 'ageStage=pre-birth:2' }])).toEqual([1, 1, 0, 18]);
  });

  it('refuses a minimum larger than the cases there, and minimums that need more than the sample', () => {
    expect(() => allocate(10, proportional([100, 3]), [{ strata: [1], count: 4, label: 'ageStage=pre-birth:4' }])).toThrow(
      'The minimum "ageStage=pre-birth:4" asks for 4 cases, but the cohort has only 3 eligible cases there.',
    );
    expect(() =>
      allocate(5, proportional([100, 100]), [
        { strata: [0], count: 3, label: 'a:3' },
        { strata: [1], count: 3, label: 'b:3' },
      ]),
    ).toThrow('The minimums cannot all be met within a sample of 5');
    expect(() => allocate(11, proportional([5, 5]))).toThrow('The sample of 11 is larger than the 10 eligible cases.');
  });
});
