// A tally of overall judgements on one scale: counts per value and the figures reports quote. An
// overall judgement is a value on the scale or not given (left out before it reaches here), never N/A.
import type { Tally } from '../contract/types';

export class TallyBuilder {
  private readonly counts = new Map<number, number>();
  private n = 0;
  private sum = 0;
  private good = 0;
  private readonly caseIds = new Set<number>();

  constructor(private readonly scaleValues: readonly number[], private readonly goodFrom: number) {}

  add(caseId: number, value: number): void {
    this.caseIds.add(caseId);
    this.n++;
    this.sum += value;
    if (value >= this.goodFrom) this.good++;
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }

  build(): Tally {
    return {
      n: this.n,
      notApplicable: 0,
      distribution: Object.fromEntries(this.scaleValues.map((v) => [String(v), this.counts.get(v) ?? 0])),
      goodOrBetter: this.n ? this.good / this.n : null,
      mean: this.n ? this.sum / this.n : null,
      cases: this.caseIds.size,
      // Every judgement counted is scored.
      scoredCases: this.caseIds.size,
    };
  }
}
