// The CLI's conflict choices: per case first, then the blanket choice, else unresolved.
import { describe, expect, it } from 'vitest';
import { checkConflictOptions, referenceList, resolutionsFor } from '../../../cli/conflict-choice';

const conflicts = [
  { key: 'C-1|police', reference: 'C-1' },
  { key: 'C-2|police', reference: 'C-2' },
  { key: 'C-3|police', reference: 'C-3' },
];

describe('resolutionsFor', () => {
  it('applies per-case choices and leaves the rest unresolved without a blanket choice', () => {
    expect(resolutionsFor(conflicts, { keepMineFor: ['C-1'], takeTheirsFor: ['C-3'] })).toEqual({ 'C-1|police': 'mine', 'C-3|police': 'theirs' });
  });

  it('uses the blanket choice for cases not named', () => {
    expect(resolutionsFor(conflicts, { takeTheirs: true, keepMineFor: ['C-2'] })).toEqual({ 'C-1|police': 'theirs', 'C-2|police': 'mine', 'C-3|police': 'theirs' });
    expect(resolutionsFor(conflicts, { keepMine: true })).toEqual({ 'C-1|police': 'mine', 'C-2|police': 'mine', 'C-3|police': 'mine' });
    expect(resolutionsFor(conflicts, {})).toEqual({});
  });

  it('reads comma-separated, repeated reference lists', () => {
    expect(referenceList(' C-3 ', referenceList('C-1, C-2,'))).toEqual(['C-1', 'C-2', 'C-3']);
  });

  it('refuses contradictory choices', () => {
    expect(() => checkConflictOptions({ keepMine: true, takeTheirs: true })).toThrow('Choose --keep-mine or --take-theirs, not both.');
    expect(() => checkConflictOptions({ keepMineFor: ['C-1', 'C-2'], takeTheirsFor: ['C-2'] })).toThrow('C-2: given to both');
    expect(() => checkConflictOptions({ keepMine: true, takeTheirsFor: ['C-2'] })).not.toThrow();
  });
});
