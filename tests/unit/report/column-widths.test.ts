// Table columns wide enough for their longest word: "(overdue)" in a narrow Status column.
import { describe, expect, it } from 'vitest';
import { columnShares } from '../../../core/report/column-widths';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('column widths', () => {
  it('keeps the relative widths when every word fits', () => {
    expect(columnShares([3, 1], [['Criterion'], ['74%']], 12, 451)).toEqual([0.75, 0.25]);
  });

  it('widens a column too narrow for its longest word, taking the room from the wide one', () => {
    // 9.6 shares across 451 pt: Status gets 1.2 of them, 56 pt, less than "(overdue)" needs at 12 pt.
    const shares = columnShares([5, 2, 1.4, 1.2], [['Recommendation', 'Every child protection plan'], ['Owner'], ['Due', '30 March 2026'], ['Status', 'Open (overdue)']], 12, 451);
    expect(sum(shares)).toBeCloseTo(1, 10);
    // Nine letters of Arial at 12 pt are about 67 pt, with the cell's margins about 80 pt.
    expect(shares[3]! * 451).toBeGreaterThan(75);
    expect(shares[0]!).toBeLessThan(5 / 9.6);
    expect(shares[1]!).toBeLessThan(2 / 9.6);
  });

  it('leaves the widths alone when the table has no room to give', () => {
    expect(columnShares([1, 1], [['Incomprehensibilities'], ['Counterrevolutionaries']], 12, 100)).toEqual([0.5, 0.5]);
  });
});
