// A tally of grades on one scale: counts per value, N/A, and the figures reports quote.
import type { Tally } from '../contract/types';

export class TallyBuilder {
  private readonly counts = new Map<number, number>();
  private notApplicable = 0;
  private n = 0;
  private sum = 0;
  private good = 0;
  private readonly caseIds = new Set<number>();
  private readonly scoredCaseIds = new Set<number>();

  constructor(private readonly scaleValues: readonly number[], private readonly goodFrom: number) {}

  add(caseId: number, value: number | null, notApplicable: boolean): void {
    this.caseIds.add(caseId);
    if (notApplicable || value === null) {
      this.notApplicable++;
      return;
    }
    this.n++;
    this.scoredCaseIds.add(caseId);
    this.sum += value;
    if (value >= this.goodFrom) this.good++;
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }

  build(): Tally {
    return {
      n: this.n,
      notApplicable: this.notApplicable,
      distribution: Object.fromEntries(this.scaleValues.map((v) => [String(v), this.counts.get(v) ?? 0])),
      goodOrBetter: this.n ? this.good / this.n : null,
      mean: this.n ? this.sum / this.n : null,
      cases: this.caseIds.size,
      scoredCases: this.scoredCaseIds.size,
    };
  }
}
