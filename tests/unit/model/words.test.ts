// Numbers in words, as the report, briefing and screens print them: en-GB plurals and thousands
// separators, changes worked out from the percentages shown, and the natural order of age stages,
// levels of need and grades. Expected values are written out by hand.
import { describe, expect, it } from 'vitest';
import { changeInPoints, countOf, describeChange, describeChangeInWords, formatCount, listInWords, percent, wasOrWere } from '../../../model/words';
import { compareNatural, naturalOrder } from '../../../model/orderings';
import { sampleSentence } from '../../../core/report/sections-method';

describe('counts in words', () => {
  it('chooses singular or plural by en-GB rules and separates thousands', () => {
    expect(countOf(1, 'case')).toBe('1 case');
    expect(countOf(0, 'case')).toBe('0 cases');
    expect(countOf(2, 'agency', 'agencies')).toBe('2 agencies');
    expect(countOf(3159, 'grade')).toBe('3,159 grades');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(wasOrWere(1)).toBe('was');
    expect(wasOrWere(2)).toBe('were');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('says "1 case was audited by 2 agencies", counting the agencies that audited', () => {
    expect(sampleSentence({ cases: 30, casesAudited: 1, audits: 2, grades: 26, agenciesAuditing: 2 })).toBe(
      '30 children’s cases were sampled for this audit. 1 case was audited by 2 agencies in 2 audits, giving 26 criterion grades.',
    );
    expect(sampleSentence({ cases: 1, casesAudited: 1, audits: 1, grades: 1, agenciesAuditing: 1 })).toBe(
      '1 child’s case was sampled for this audit. 1 case was audited by 1 agency in 1 audit, giving 1 criterion grade.',
    );
    expect(sampleSentence({ cases: 300, casesAudited: 290, audits: 1204, grades: 15652, agenciesAuditing: 7 })).toBe(
      '300 children’s cases were sampled for this audit. 290 cases were audited by 7 agencies in 1,204 audits, giving 15,652 criterion grades.',
    );
  });
});

describe('percentages and changes', () => {
  it('works out a change from the percentages shown, not the unrounded shares: 48% → 44% is −4 points', () => {
    // 0.475 shows as 48% and 0.444 as 44%; the unrounded change (−3.1 points) would print −3.
    expect(percent(0.475)).toBe('48%');
    expect(percent(0.444)).toBe('44%');
    expect(changeInPoints(0.475, 0.444)).toBe(-4);
    expect(describeChange(changeInPoints(0.475, 0.444))).toBe('−4 points');
    expect(describeChange(changeInPoints(0.5, 0.51))).toBe('+1 point');
    expect(describeChange(changeInPoints(0.5, 0.504))).toBe('no change');
    expect(describeChange(changeInPoints(null, 0.5))).toBe('not comparable');
    expect(describeChangeInWords(-1)).toBe('down 1 point');
    expect(percent(null)).toBe('no grades');
  });
});

describe('natural order', () => {
  it('sorts age stages from the youngest, not as text', () => {
    const codes = ['12-17', '0-2', '5-11', '18+', '3-4', 'pre-birth'];
    expect([...codes].sort(compareNatural('ageStage'))).toEqual(['pre-birth', '0-2', '3-4', '5-11', '12-17', '18+']);
    // Text order, for contrast, would put 12 to 17 before 3 to 4.
    expect([...codes].sort()).toEqual(['0-2', '12-17', '18+', '3-4', '5-11', 'pre-birth']);
  });

  it('sorts levels of need from early help to looked after, and puts unknown values after the known ones', () => {
    expect(['child-protection', 'other', 'early-help', 'child-looked-after', 'child-in-need'].sort(compareNatural('levelOfNeed'))).toEqual([
      'early-help',
      'child-in-need',
      'child-protection',
      'child-looked-after',
      'other',
    ]);
    expect(naturalOrder.ageStage?.[0]).toBe('pre-birth');
  });
});
