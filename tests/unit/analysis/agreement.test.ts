// Agreement statistics against published worked examples and independent formulas.
import { describe, expect, it } from 'vitest';
import { agreementOf, cohenKappa, krippendorffAlpha } from '../../../core/analysis/agreement';

/** Expands a 2×2 or k×k table of counts (rows rater 1, columns rater 2) into pairs. */
function pairsFrom(table: number[][], categories: number[]): [number, number][] {
  return table.flatMap((row, i) => row.flatMap((count, j) => Array.from({ length: count }, () => [categories[i]!, categories[j]!] as [number, number])));
}

describe("Cohen's kappa", () => {
  it('matches the worked examples (Wikipedia, "Cohen\'s kappa")', () => {
    // 50 proposals: both yes 20, A yes B no 5, A no B yes 10, both no 15: p_o 0.7, p_e 0.5, kappa 0.4.
    expect(cohenKappa(pairsFrom([[20, 5], [10, 15]], [1, 0]))).toBeCloseTo(0.4, 10);
    // Same agreement, different marginals: 45/15/25/15 gives 0.1304; 25/35/5/35 gives 0.2593.
    expect(cohenKappa(pairsFrom([[45, 15], [25, 15]], [1, 0]))).toBeCloseTo(0.1304, 4);
    expect(cohenKappa(pairsFrom([[25, 35], [5, 35]], [1, 0]))).toBeCloseTo(0.2593, 4);
  });

  it('weighted forms equal the unweighted one on two categories', () => {
    const pairs = pairsFrom([[20, 5], [10, 15]], [1, 2]);
    expect(cohenKappa(pairs, 'linear')).toBeCloseTo(0.4, 10);
    expect(cohenKappa(pairs, 'quadratic')).toBeCloseTo(0.4, 10);
  });

  it('quadratic weighting equals the covariance form 2·cov / (var1 + var2 + (mean1 − mean2)²)', () => {
    const pairs: [number, number][] = [[4, 4], [3, 4], [3, 3], [2, 3], [1, 2], [2, 2], [3, 1], [4, 3], [2, 2], [1, 1], [3, 3], [4, 2]];
    const n = pairs.length;
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / n;
    const a = pairs.map((p) => p[0]);
    const b = pairs.map((p) => p[1]);
    const [ma, mb] = [mean(a), mean(b)];
    const cov = pairs.reduce((s, [x, y]) => s + (x - ma) * (y - mb), 0) / n;
    const va = a.reduce((s, x) => s + (x - ma) ** 2, 0) / n;
    const vb = b.reduce((s, x) => s + (x - mb) ** 2, 0) / n;
    expect(cohenKappa(pairs, 'quadratic', [1, 2, 3, 4])).toBeCloseTo((2 * cov) / (va + vb + (ma - mb) ** 2), 10);
  });

  it('linear weighting gives partial credit for near misses', () => {
    const nearMisses: [number, number][] = [[1, 2], [2, 3], [3, 4], [4, 3], [1, 1], [4, 4]];
    expect(cohenKappa(nearMisses, 'linear', [1, 2, 3, 4])!).toBeGreaterThan(cohenKappa(nearMisses, 'none', [1, 2, 3, 4])!);
  });

  // Worked by hand: pairs (1,1) (2,2) (3,3) (1,3) over categories 1-3. Rater 1's margins 2,1,1;
  // rater 2's 1,1,2. Unweighted: p_o 3/4, p_e (2·1 + 1·1 + 1·2)/16 = 5/16, kappa 7/11. Linear
  // weights |i−j|/2: observed 1/4, expected (1 + 4 + 0.5 + 1 + 1 + 0.5)/16 = 1/2, kappa 1/2.
  // Quadratic weights (|i−j|/2)²: observed 1/4, expected 6.5/16, kappa 5/13.
  const handWorked: [number, number][] = [[1, 1], [2, 2], [3, 3], [1, 3]];

  it('is unweighted unless a weighting is asked for, and each weighting matches the hand-worked value', () => {
    expect(cohenKappa(handWorked)).toBeCloseTo(7 / 11, 10);
    expect(cohenKappa(handWorked, 'none')).toBeCloseTo(7 / 11, 10);
    expect(cohenKappa(handWorked, 'linear')).toBeCloseTo(1 / 2, 10);
    expect(cohenKappa(handWorked, 'quadratic')).toBeCloseTo(5 / 13, 10);
  });

  it('orders the categories by value whatever order they are given in', () => {
    expect(cohenKappa(handWorked, 'linear', [3, 1, 2])).toBeCloseTo(1 / 2, 10);
    expect(cohenKappa(handWorked, 'quadratic', [2, 3, 1])).toBeCloseTo(5 / 13, 10);
    expect(cohenKappa([[3, 1], [1, 3], [2, 2], [3, 3]], 'linear')).toBeCloseTo(cohenKappa([[1, 3], [3, 1], [2, 2], [3, 3]], 'linear', [1, 2, 3])!, 10);
  });

  it('is 1 for perfect agreement and undefined when only one category is used', () => {
    expect(cohenKappa([[2, 2], [2, 2]], 'linear')).toBeNull();
    expect(cohenKappa([[2, 2], [2, 2]], 'quadratic')).toBeNull();
    expect(cohenKappa([[1, 1], [2, 2], [3, 3]])).toBe(1);
    expect(cohenKappa([[3, 3], [3, 3]], 'none', [1, 2, 3, 4])).toBeNull();
    expect(cohenKappa([])).toBeNull();
  });
});

describe("Krippendorff's alpha", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units.
  const coders = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const units = coders[0]!.map((_, u) => coders.map((c) => c[u]!));

  it('matches the published values: nominal 0.743, ordinal 0.815, interval 0.849', () => {
    expect(krippendorffAlpha(units, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, 'ordinal')).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('gives the published values whatever order the units come in (the ordinal metric needs the values in order)', () => {
    const reversed = units.toReversed();
    expect(krippendorffAlpha(reversed, 'ordinal')).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(reversed, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('ignores units with fewer than two values and is undefined without variation', () => {
    expect(krippendorffAlpha([[1, null], [2, 2], [3, 3], [1, 1]], 'ordinal')).toBe(1);
    expect(krippendorffAlpha([[2, 2], [2, 2]], 'ordinal')).toBeNull();
  });
});

describe('agreement summary', () => {
  it('reports pairs, exact agreement and every coefficient as fractions', () => {
    const result = agreementOf([[3, 3], [2, 3], [4, 4], [1, 2], [3, 3]], [1, 2, 3, 4]);
    expect(result.pairs).toBe(5);
    expect(result.exact).toBeCloseTo(0.6, 10);
    for (const v of [result.kappa, result.kappaLinear, result.kappaQuadratic, result.alphaOrdinal]) {
      expect(v).not.toBeNull();
      expect(v!).toBeLessThanOrEqual(1);
    }
    // The figures the dashboard and the report show, each the same as the function asked directly:
    // kappa 7/11, linear 1/2, quadratic 5/13 worked by hand above; ordinal alpha from the units form.
    const shown = agreementOf([[1, 1], [2, 2], [3, 3], [1, 3]], [1, 2, 3]);
    expect(shown).toMatchObject({ pairs: 4, exact: 3 / 4 });
    expect(shown.kappa).toBeCloseTo(7 / 11, 10);
    expect(shown.kappaLinear).toBeCloseTo(1 / 2, 10);
    expect(shown.kappaQuadratic).toBeCloseTo(5 / 13, 10);
    // Ordinal, not interval or nominal: pairs where the three metrics differ (0.2962, 0.2956, 0.5849).
    const spread: [number, number][] = [[1, 1], [2, 2], [4, 4], [1, 4], [2, 4], [3, 3]];
    const alpha = agreementOf(spread, [1, 2, 3, 4]).alphaOrdinal!;
    expect(alpha).toBeCloseTo(krippendorffAlpha(spread, 'ordinal')!, 10);
    expect(alpha).not.toBeCloseTo(krippendorffAlpha(spread, 'interval')!, 5);
    expect(alpha).not.toBeCloseTo(krippendorffAlpha(spread, 'nominal')!, 5);
    expect(agreementOf([], [1, 2, 3, 4])).toEqual({ pairs: 0, exact: null, kappa: null, kappaLinear: null, kappaQuadratic: null, alphaOrdinal: null });
  });
});
