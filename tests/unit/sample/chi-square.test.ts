// The representativeness test against independent computations: scipy.stats.chisquare, and the
// closed form of the chi-square upper tail for even degrees of freedom,
// Q(x; 2m) = e^(−x/2) Σ_{j<m} (x/2)^j / j!, worked here from first principles.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chiSquareGoodnessOfFit, type GoodnessOfFit } from '../../../core/sample/chi-square';
import { reading } from '../../../core/sample/profile';
import { itWith, python } from '../../support/clients';

function fit(observed: number[], cohort: number[]): GoodnessOfFit {
  const outcome = chiSquareGoodnessOfFit(observed, cohort);
  if (!outcome.ok) throw new Error(outcome.why);
  return outcome.fit;
}

function evenTail(x: number, dof: number): number {
  let term = 1;
  let sum = 1;
  for (let j = 1; j < dof / 2; j++) {
    term *= x / 2 / j;
    sum += term;
  }
  return Math.exp(-x / 2) * sum;
}

describe('chi-square goodness of fit', () => {
  it('matches the statistic and p-value worked by hand', () => {
    // Sample 12 / 8 / 10 against a cohort of 500 / 300 / 200: expected 15, 9, 6;
    // (12−15)²/15 + (8−9)²/9 + (10−6)²/6 = 0.6 + 0.1111… + 2.6666… = 3.3777…; 2 degrees of freedom.
    const f = fit([12, 8, 10], [500, 300, 200]);
    expect(f.statistic).toBeCloseTo(0.6 + 1 / 9 + 16 / 6, 12);
    expect(f.degreesOfFreedom).toBe(2);
    expect(Math.abs(f.pValue - Math.exp(-f.statistic / 2))).toBeLessThan(1e-9);
    expect(f.smallExpected).toBe(0);

    // Four degrees of freedom: 5 values, the tail e^(−x/2)(1 + x/2).
    const g = fit([3, 9, 6, 8, 4], [100, 250, 200, 250, 200]);
    expect(g.degreesOfFreedom).toBe(4);
    expect(Math.abs(g.pValue - evenTail(g.statistic, 4))).toBeLessThan(1e-9);
  });

  itWith('scipy')('matches scipy.stats.chisquare within 1e-9', () => {
    const tables: [number[], number[]][] = [
      [[12, 8, 10], [500, 300, 200]],
      [[3, 9, 6, 8, 4], [100, 250, 200, 250, 200]],
      [[30, 0], [553, 447]],
      [[7, 6, 5, 4, 3, 2, 3], [14, 13, 12, 11, 10, 9, 31]],
      [[1, 1, 1, 27], [250, 250, 250, 250]],
      [[10, 10, 10], [1, 1, 1]],
    ];
    const script = [
      'import json, sys',
      'from scipy.stats import chisquare',
      'out = []',
      'for obs, coh in json.load(sys.stdin):',
      '    n, total = sum(obs), sum(coh)',
      '    r = chisquare(obs, [n * c / total for c in coh])',
      '    out.append([float(r.statistic), float(r.pvalue)])',
      'json.dump(out, sys.stdout)',
    ].join('\n');
    const run = spawnSync(python, ['-c', script], { input: JSON.stringify(tables), encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const expected = JSON.parse(run.stdout) as [number, number][];
    tables.forEach(([observed, cohort], i) => {
      const f = fit(observed, cohort);
      expect(Math.abs(f.statistic - expected[i]![0])).toBeLessThan(1e-9);
      expect(Math.abs(f.pValue - expected[i]![1])).toBeLessThan(1e-9);
    });
  });

  it('counts the values whose expected count is below 5, and skips values the cohort lacks', () => {
    // n = 30 over 10 / 40 / 950 of 1,000: expected 0.3, 1.2 and 28.5.
    expect(fit([1, 2, 27], [10, 40, 950]).smallExpected).toBe(2);
    const skipped = fit([10, 0, 20], [100, 0, 200]);
    expect([skipped.values, skipped.degreesOfFreedom]).toEqual([2, 1]);
    expect(chiSquareGoodnessOfFit([1, 1], [0, 5])).toEqual({ ok: false, why: 'outside-cohort' });
    expect(chiSquareGoodnessOfFit([0, 0], [3, 5])).toEqual({ ok: false, why: 'no-sample' });
    expect(chiSquareGoodnessOfFit([4], [9])).toEqual({ ok: false, why: 'one-value' });
  });
});

describe('the reading in plain words', () => {
  const outcome = (pValue: number, smallExpected = 0) => ({ ok: true as const, fit: { statistic: 1, degreesOfFreedom: 2, pValue, smallExpected, values: 3 } });
  it('says what the test shows, or why it cannot say', () => {
    expect(reading('ageStage', outcome(0.62), false)).toBe("The sample's age stage profile is not detectably different from the cohort's (p = 0.62).");
    expect(reading('ageStage', outcome(0.012), false)).toBe(
      "The sample's age stage profile differs from the cohort's by more than chance would usually give (p = 0.012): bear this in mind when reading findings by age stage.",
    );
    expect(reading('sex', outcome(0.0004), false)).toContain('(p < 0.001)');
    expect(reading('ethnicityGroup', outcome(0.3, 2), false)).toBe(
      'Too few cases are expected in 2 of the 3 groups (fewer than 5) for the chi-square test to mean anything (p = 0.30): read the counts instead.',
    );
    expect(reading('levelOfNeed', outcome(0.99), true)).toBe("The sample was stratified by level of need, so its level of need profile follows the cohort's by design (p = 0.99).");
    expect(reading('sex', { ok: false, why: 'one-value' }, false)).toBe('Every case in the cohort has the same sex: there is nothing to test.');
  });
});
