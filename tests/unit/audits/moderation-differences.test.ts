// How moderation classifies differences between the grades given for one criterion. Expected
// kinds are worked out by hand from the definitions in model/differences.
import { describe, expect, it } from 'vitest';
import { classifyDifference, unanimousGrade } from '../../../core/moderation/differences';

const ofsted = { values: [4, 3, 2, 1], goodOrBetterFrom: 3 };
const g = (value: number) => ({ value, notApplicable: false });
const na = { value: null, notApplicable: true };
const none = { value: null, notApplicable: false };

describe('classifying a difference', () => {
  it('one level across the good line: Good against Requires improvement', () => {
    expect(classifyDifference([g(3), g(2)], ofsted)).toEqual(['crosses-good-line']);
  });
  it('two levels apart on the same side of the line is not a crossing', () => {
    expect(classifyDifference([g(3), g(1)], { values: [5, 4, 3, 2, 1], goodOrBetterFrom: 4 })).toEqual(['two-levels']);
  });
  it('two levels apart across the line carries both kinds, most serious first', () => {
    expect(classifyDifference([g(4), g(2)], ofsted)).toEqual(['two-levels', 'crosses-good-line']);
  });
  it('N/A against a grade', () => {
    expect(classifyDifference([na, g(3)], ofsted)).toEqual(['na-against-grade']);
    expect(classifyDifference([na, na], ofsted)).toEqual([]);
  });
  it('one level apart above the line is any other difference', () => {
    expect(classifyDifference([g(4), g(3)], ofsted)).toEqual(['other']);
    expect(classifyDifference([g(2), g(1)], ofsted)).toEqual(['other']);
  });
  it('grades not yet given are left out', () => {
    expect(classifyDifference([g(4), none], ofsted)).toEqual([]);
    expect(classifyDifference([none, none], ofsted)).toEqual([]);
    expect(classifyDifference([], ofsted)).toEqual([]);
  });
  it('counts positions on the scale, not raw values, whatever order the scale is given in', () => {
    expect(classifyDifference([g(10), g(30)], { values: [30, 20, 10], goodOrBetterFrom: 20 })).toEqual(['two-levels', 'crosses-good-line']);
    expect(classifyDifference([g(20), g(30)], { values: [10, 20, 30], goodOrBetterFrom: 20 })).toEqual(['other']);
    // Neither ascending nor descending: 10 < 20 < 30 still, so 10 and 30 are two levels apart and 20 and 30 one.
    expect(classifyDifference([g(10), g(30)], { values: [20, 10, 30], goodOrBetterFrom: 20 })).toEqual(['two-levels', 'crosses-good-line']);
    expect(classifyDifference([g(20), g(30)], { values: [30, 10, 20], goodOrBetterFrom: 20 })).toEqual(['other']);
  });
  it('three audits: any pair differing counts', () => {
    expect(classifyDifference([g(3), g(3), g(2)], ofsted)).toEqual(['crosses-good-line']);
  });
});

describe('a unanimous grade', () => {
  it('needs every audit to have answered alike', () => {
    expect(unanimousGrade([g(3), g(3)])).toEqual(g(3));
    expect(unanimousGrade([na, na])).toEqual(na);
    expect(unanimousGrade([g(3), g(2)])).toBeNull();
    expect(unanimousGrade([g(3), none])).toBeNull();
    expect(unanimousGrade([na, g(3)])).toBeNull();
    expect(unanimousGrade([none, none])).toBeNull();
    expect(unanimousGrade([])).toBeNull();
  });
});
