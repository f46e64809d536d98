// One grade numbering: the key pressed is the number shown. Expected keys are written out by hand
// from the rule in the issue, not computed.
import { describe, expect, it } from 'vitest';
import { gradeKey, keyedLevels, levelForKey, levelName, valuesAreKeys } from '../../../model/grade-keys';

const ofsted = [
  { label: 'Outstanding', value: 4 },
  { label: 'Good', value: 3 },
  { label: 'Requires improvement', value: 2 },
  { label: 'Inadequate', value: 1 },
];

describe('grade keys', () => {
  it('on the Ofsted-aligned scale the key is the value: 4 Outstanding … 1 Inadequate', () => {
    expect(valuesAreKeys(ofsted)).toBe(true);
    expect(ofsted.map((l) => gradeKey(ofsted, l.value))).toEqual(['4', '3', '2', '1']);
    expect(levelForKey(ofsted, '4')?.label).toBe('Outstanding');
    expect(levelForKey(ofsted, '1')?.label).toBe('Inadequate');
    expect(levelForKey(ofsted, '5')).toBeUndefined();
    expect(levelForKey(ofsted, 'N')).toBeUndefined();
    expect(levelName(ofsted[0]!)).toBe('Outstanding (4)');
  });

  it('levels given in any order get the same keys, listed best first', () => {
    const shuffled = [ofsted[2]!, ofsted[0]!, ofsted[3]!, ofsted[1]!];
    expect(keyedLevels(shuffled).map((l) => [l.key, l.label])).toEqual([
      ['4', 'Outstanding'],
      ['3', 'Good'],
      ['2', 'Requires improvement'],
      ['1', 'Inadequate'],
    ]);
  });

  it('a scale whose values are not 1..n is keyed by position counted from the worst', () => {
    const scale = [
      { label: 'Yes', value: 10 },
      { label: 'Partly', value: 5 },
      { label: 'No', value: 0 },
    ];
    expect(valuesAreKeys(scale)).toBe(false);
    expect(scale.map((l) => gradeKey(scale, l.value))).toEqual(['3', '2', '1']);
    expect(levelForKey(scale, '3')?.label).toBe('Yes');
    expect(levelForKey(scale, '1')?.label).toBe('No');
    // 2..4 is not 1..n either: the worst is still key 1.
    const shifted = [{ label: 'High', value: 4 }, { label: 'Mid', value: 3 }, { label: 'Low', value: 2 }];
    expect(shifted.map((l) => gradeKey(shifted, l.value))).toEqual(['3', '2', '1']);
  });

  it('only 1 to 9 are keys; a value not on the scale has none', () => {
    const long = Array.from({ length: 11 }, (_, i) => ({ label: `L${i + 1}`, value: i + 1 }));
    expect(gradeKey(long, 9)).toBe('9');
    expect(gradeKey(long, 10)).toBeNull();
    expect(gradeKey(long, 11)).toBeNull();
    expect(gradeKey(ofsted, 7)).toBeNull();
    expect(levelForKey(long, '10')).toBeUndefined();
  });
});
