// Counting grades into many cells at once with typed arrays: the summary's hot loop. A cell is
// any tally (a criterion, an agency × criterion, a group of children...). Each cell keeps counts
// per scale position, N/A, and how many distinct cases it drew from (all, and with a scored grade).
import type { Tally } from '../contract/types';

export class CellCounts {
  private readonly counts: Uint32Array;
  private readonly na: Uint32Array;
  private readonly sums: Float64Array;
  private readonly caseCounts: Uint32Array;
  private readonly scoredCaseCounts: Uint32Array;
  /** Per cell and case: 1 once any grade was seen, 2 once a scored grade was seen. */
  private readonly seen: Uint8Array;

  constructor(
    readonly cells: number,
    private readonly caseTotal: number,
    private readonly scaleValues: readonly number[],
    private readonly goodFrom: number,
  ) {
    this.counts = new Uint32Array(cells * scaleValues.length);
    this.na = new Uint32Array(cells);
    this.sums = new Float64Array(cells);
    this.caseCounts = new Uint32Array(cells);
    this.scoredCaseCounts = new Uint32Array(cells);
    this.seen = new Uint8Array(cells * caseTotal);
  }

  /** position: the value's index in scaleValues, or -1 for not applicable. */
  add(cell: number, caseIndex: number, position: number): void {
    const mark = cell * this.caseTotal + caseIndex;
    if (this.seen[mark] === 0) {
      this.seen[mark] = 1;
      this.caseCounts[cell]!++;
    }
    if (position < 0) {
      this.na[cell]!++;
      return;
    }
    if (this.seen[mark] === 1) {
      this.seen[mark] = 2;
      this.scoredCaseCounts[cell]!++;
    }
    this.counts[cell * this.scaleValues.length + position]!++;
    this.sums[cell]! += this.scaleValues[position]!;
  }

  tally(cell: number): Tally {
    const k = this.scaleValues.length;
    let n = 0;
    let good = 0;
    const distribution: Record<string, number> = {};
    for (let p = 0; p < k; p++) {
      const c = this.counts[cell * k + p]!;
      distribution[String(this.scaleValues[p])] = c;
      n += c;
      if (this.scaleValues[p]! >= this.goodFrom) good += c;
    }
    return {
      n,
      notApplicable: this.na[cell]!,
      distribution,
      goodOrBetter: n ? good / n : null,
      mean: n ? this.sums[cell]! / n : null,
      cases: this.caseCounts[cell]!,
      scoredCases: this.scoredCaseCounts[cell]!,
    };
  }
}
