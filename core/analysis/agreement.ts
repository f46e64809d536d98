// Inter-rater agreement on an ordinal scale.
//
// Cohen's kappa for two raters over N paired grades, with categories c_1 < ... < c_k:
//   o_ij = share of pairs rated (c_i, c_j); e_ij = (row share i) × (column share j)
//   disagreement weights w_ij: unweighted 0 on the diagonal, 1 elsewhere;
//                              linear |i − j| / (k − 1); quadratic ((i − j) / (k − 1))²
//   kappa_w = 1 − Σ w_ij o_ij / Σ w_ij e_ij   (unweighted this is (p_o − p_e) / (1 − p_e))
// Undefined (null) when Σ w_ij e_ij = 0, i.e. both raters used one and the same category.
//
// Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
//   for each unit u with m_u ≥ 2 values, every ordered pair of its values (v, v') adds
//   1 / (m_u − 1) to the coincidence o_vv'; n_v = Σ_v' o_vv'; n = Σ n_v.
//   alpha = 1 − (n − 1) Σ o_vv' δ²_vv' / Σ n_v n_v' δ²_vv'
//   ordinal δ²_vv' = (Σ_{g from v to v'} n_g − (n_v + n_v') / 2)²; interval (v − v')²;
//   nominal 1 when v ≠ v'. Undefined (null) when there is no variation at all.

import type { Agreement } from '../contract/types';
export type Weighting = 'none' | 'linear' | 'quadratic';

export function cohenKappa(pairs: readonly (readonly [number, number])[], weighting: Weighting = 'none', categories?: readonly number[]): number | null {
  const table = new PairTable(categories ?? pairs.flat());
  for (const [a, b] of pairs) table.add(a, b);
  return table.kappa(weighting);
}

/**
 * A k × k contingency table of paired grades (rows: rater 1, columns: rater 2) over the ordered
 * categories: every agreement figure for pairs comes from it without keeping the pairs.
 */
export class PairTable {
  readonly categories: number[];
  private readonly index: Map<number, number>;
  private readonly cells: Float64Array;
  private total = 0;

  constructor(categories: Iterable<number>) {
    this.categories = [...new Set(categories)].sort((a, b) => a - b);
    this.index = new Map(this.categories.map((c, i) => [c, i]));
    this.cells = new Float64Array(this.categories.length ** 2);
  }

  add(a: number, b: number): void {
    this.addPositions(this.index.get(a)!, this.index.get(b)!);
  }

  addPositions(i: number, j: number): void {
    this.cells[i * this.categories.length + j]! += 1;
    this.total++;
  }

  private at(i: number, j: number): number {
    return this.cells[i * this.categories.length + j]!;
  }

  kappa(weighting: Weighting): number | null {
    const k = this.categories.length;
    const n = this.total;
    if (n === 0 || k < 2) return null;
    const rows = new Float64Array(k);
    const cols = new Float64Array(k);
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) {
      rows[i]! += this.at(i, j);
      cols[j]! += this.at(i, j);
    }
    const weight = (i: number, j: number) => {
      if (weighting === 'none') return i === j ? 0 : 1;
      const d = Math.abs(i - j) / (k - 1);
      return weighting === 'quadratic' ? d * d : d;
    };
    let disagreeObserved = 0;
    let disagreeExpected = 0;
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        const w = weight(i, j);
        disagreeObserved += (w * this.at(i, j)) / n;
        disagreeExpected += (w * rows[i]! * cols[j]!) / (n * n);
      }
    }
    if (disagreeExpected === 0) return null;
    return 1 - disagreeObserved / disagreeExpected;
  }

  /** Each pair is a unit of two values, so its coincidences are the table plus its transpose. */
  alpha(metric: AlphaMetric): number | null {
    const k = this.categories.length;
    const o = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => this.at(i, j) + this.at(j, i)));
    return alphaFromCoincidences(o, this.categories, metric);
  }

  agreement(): Agreement {
    let same = 0;
    for (let i = 0; i < this.categories.length; i++) same += this.at(i, i);
    return {
      pairs: this.total,
      exact: this.total ? same / this.total : null,
      kappa: this.kappa('none'),
      kappaLinear: this.kappa('linear'),
      kappaQuadratic: this.kappa('quadratic'),
      alphaOrdinal: this.alpha('ordinal'),
    };
  }
}

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/** units: for each unit, the values the coders gave (null = not coded). */
export function krippendorffAlpha(units: readonly (readonly (number | null)[])[], metric: AlphaMetric): number | null {
  const pairable = units.map((u) => u.filter((v): v is number => v !== null)).filter((u) => u.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const o = Array.from({ length: values.length }, () => new Array<number>(values.length).fill(0));
  for (const unit of pairable) {
    const m = unit.length;
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < m; b++) {
        if (a !== b) o[index.get(unit[a]!)!]![index.get(unit[b]!)!]! += 1 / (m - 1);
      }
    }
  }
  return alphaFromCoincidences(o, values, metric);
}

function alphaFromCoincidences(o: number[][], values: readonly number[], metric: AlphaMetric): number | null {
  const k = values.length;
  if (k < 2) return null;
  const nv = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = nv.reduce((s, x) => s + x, 0);
  const delta2 = (i: number, j: number): number => {
    if (i === j) return 0;
    if (metric === 'nominal') return 1;
    if (metric === 'ordinal') {
      const [lo, hi] = i < j ? [i, j] : [j, i];
      let sum = 0;
      for (let g = lo; g <= hi; g++) sum += nv[g]!;
      return (sum - (nv[lo]! + nv[hi]!) / 2) ** 2;
    }
    return (values[i]! - values[j]!) ** 2;
  };
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const d = delta2(i, j);
      observed += o[i]![j]! * d;
      expected += nv[i]! * nv[j]! * d;
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** All the agreement figures for paired grades on a scale with the given values. */
export function agreementOf(pairs: readonly (readonly [number, number])[], scaleValues: readonly number[]): Agreement {
  const table = new PairTable(scaleValues);
  for (const [a, b] of pairs) table.add(a, b);
  return table.agreement();
}
