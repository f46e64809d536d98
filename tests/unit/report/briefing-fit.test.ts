// The briefing's page fitter on its own: how tall each block is estimated to print, how long texts
// are clipped, how a list becomes blocks with its "more" note, and which list gives way first when
// a page is too full. Heights are worked by hand from the sizes in briefing-fit.ts: A4 less 1-inch
// margins is 451.3 × 697.9 pt, of which 95% (663.005 pt) is used; a line is 1.15 em; body text at
// 11 pt holds floor(451.3 / 5.5) = 82 characters a line.
import { describe, expect, it } from 'vitest';
import { blockHeight, clip, fitPage, listBlocks, type BriefBlock, type Trimmable } from '../../../core/report/briefing-fit';

const list = (name: string, items: number, options: Partial<Trimmable> = {}): Trimmable => ({
  kind: 'list',
  items: Array.from({ length: items }, (_, i) => `${name}${i + 1}`),
  keep: 1,
  prefer: 2,
  trimOrder: 0,
  more: (left) => `${name}: ${left} more`,
  ...options,
});
const line = (text = 'x'): BriefBlock => ({ kind: 'text', text });

describe('a block’s printed height', () => {
  it('is its lines at its size and 1.15 em a line, with the spacing after it', () => {
    expect(blockHeight({ kind: 'title', text: 'Briefing' })).toBeCloseTo(22 * 1.15);
    expect(blockHeight({ kind: 'heading', level: 1, text: 'What we did' })).toBeCloseTo(9 + 3 + 14 * 1.15);
    expect(blockHeight({ kind: 'heading', level: 2, text: 'Since the last audit' })).toBeCloseTo(6 + 2 + 11.5 * 1.15);
    expect(blockHeight(line())).toBeCloseTo(4 + 11 * 1.15);
    expect(blockHeight({ kind: 'text', text: 'x', size: 12 })).toBeCloseTo(4 + 12 * 1.15);
    expect(blockHeight({ kind: 'bullet', text: 'x' })).toBeCloseTo(2 + 11 * 1.15);
  });

  it('wraps at spaces, 82 characters a line of body text (76 beside a bullet)', () => {
    const word = (n: number) => 'a'.repeat(n);
    // 41 + 1 + 40 = 82 characters: one line; one more character takes the second word down.
    expect(blockHeight(line(`${word(41)} ${word(40)}`))).toBeCloseTo(4 + 11 * 1.15);
    expect(blockHeight(line(`${word(41)} ${word(41)}`))).toBeCloseTo(4 + 2 * 11 * 1.15);
    // Three words of 40: the third starts a second line.
    expect(blockHeight(line(`${word(40)} ${word(40)} ${word(40)}`))).toBeCloseTo(4 + 2 * 11 * 1.15);
    // A word longer than a line after another word takes as many lines as it needs.
    expect(blockHeight(line(`a ${word(170)}`))).toBeCloseTo(4 + 4 * 11 * 1.15);
    // Beside a bullet: (451.3 − 36) / 5.5 = 75.5, so 75 characters a line.
    expect(blockHeight({ kind: 'bullet', text: `${word(37)} ${word(37)}` })).toBeCloseTo(2 + 11 * 1.15);
    expect(blockHeight({ kind: 'bullet', text: `${word(37)} ${word(38)}` })).toBeCloseTo(2 + 2 * 11 * 1.15);
  });

  it('of a table is its spacing and each row at its tallest cell, 10 pt a line', () => {
    const row = 10 * 1.15 + 0.5;
    expect(blockHeight({ kind: 'table', columns: [{ header: 'A', width: 1 }], rows: [['x'], ['y']] })).toBeCloseTo(2 + 6 + 3 * row);
    // Two columns 1:3 of 451.3 pt less 11 pt padding: 101.8 pt (20 characters) and 327.5 pt (65).
    const columns = [{ header: 'Narrow', width: 1 }, { header: 'Wide', width: 3 }];
    expect(blockHeight({ kind: 'table', columns, rows: [['aaaaaaaaa aaaaaaaaaa', 'x']] })).toBeCloseTo(2 + 6 + 2 * row);
    expect(blockHeight({ kind: 'table', columns, rows: [['aaaaaaaaaa aaaaaaaaaa', 'x']] })).toBeCloseTo(2 + 6 + row + 2 * 10 * 1.15 + 0.5);
    // A very narrow column still holds 8 characters a line.
    const narrow = [{ header: 'N', width: 1 }, { header: 'Wide', width: 20 }];
    expect(blockHeight({ kind: 'table', columns: narrow, rows: [['aaa aaaa']] })).toBeCloseTo(2 + 6 + 2 * row);
  });
});

describe('clipping a long text', () => {
  it('leaves a short one as it is, with its spaces made single', () => {
    expect(clip('  Seen  and\nheard. ', 240)).toBe('Seen and heard.');
    expect(clip('abcdefghij', 10)).toBe('abcdefghij');
  });

  it('cuts at the last space before the limit, without trailing punctuation, and adds an ellipsis', () => {
    expect(clip('one two three four five', 12)).toBe('one two…');
    expect(clip('alpha, beta gamma', 10)).toBe('alpha…');
  });

  it('cuts a word in the middle rather than keep less than half', () => {
    expect(clip('abcdefghijklmnop', 10)).toBe('abcde…');
    expect(clip('a bcdefghijklmnop', 10)).toBe('a bcd…');
  });
});

describe('a list as blocks', () => {
  it('gives the items shown as bullets, then the note on those left out', () => {
    expect(listBlocks(list('A', 3), 2)).toEqual([
      { kind: 'bullet', text: 'A1' },
      { kind: 'bullet', text: 'A2' },
      { kind: 'text', text: 'A: 1 more', italics: true },
    ]);
    expect(listBlocks(list('A', 2), 2)).toEqual([{ kind: 'bullet', text: 'A1' }, { kind: 'bullet', text: 'A2' }]);
  });

  it('gives quotes as italic paragraphs, and rows under columns as one table', () => {
    expect(listBlocks(list('Q', 2, { quotes: true }), 1)).toEqual([
      { kind: 'text', text: 'Q1', italics: true },
      { kind: 'text', text: 'Q: 1 more', italics: true },
    ]);
    const columns = [{ header: 'Action', width: 1 }];
    const rows: Trimmable = { ...list('R', 0, { columns }), items: [['r1'], ['r2'], ['r3']] };
    expect(listBlocks(rows, 2)).toEqual([
      { kind: 'table', columns, rows: [['r1'], ['r2']] },
      { kind: 'text', text: 'R: 1 more', italics: true },
    ]);
    expect(listBlocks(rows, 0)).toEqual([{ kind: 'text', text: 'R: 3 more', italics: true }]);
  });
});

describe('fitting a page', () => {
  const textHeight = 4 + 11 * 1.15;
  const bulletHeight = 2 + 11 * 1.15;

  it('leaves a page that fits as it is', () => {
    const a = list('A', 3);
    const page = fitPage([line(), a]);
    expect(page.blocks).toEqual([line(), { kind: 'bullet', text: 'A1' }, { kind: 'bullet', text: 'A2' }, { kind: 'bullet', text: 'A3' }]);
    expect(page.fits).toBe(true);
    expect(page.heightPt).toBeCloseTo(textHeight + 3 * bulletHeight);
  });

  it('trims the list furthest over its preferred length first, the lower trim order among equals, then below the preference', () => {
    // 35 lines (582.75 pt) leave 80.255 pt of 663.005. A and B, 5 bullets each, both prefer 2:
    // A 4 (747.9 with its note), B 4, A 3, B 3, A 2, B 2 (674.65), then below the preference the
    // lower trim order: A 1 (660.0), which fits.
    const a = list('A', 5, { trimOrder: 0 });
    const b = list('B', 5, { trimOrder: 1 });
    // B comes first on the page, so only the trim order can put A first.
    const page = fitPage([...Array.from({ length: 35 }, () => line()), b, a]);
    expect(page.blocks.slice(35)).toEqual([
      { kind: 'bullet', text: 'B1' },
      { kind: 'bullet', text: 'B2' },
      { kind: 'text', text: 'B: 3 more', italics: true },
      { kind: 'bullet', text: 'A1' },
      { kind: 'text', text: 'A: 4 more', italics: true },
    ]);
    expect(page.fits).toBe(true);
    expect(page.heightPt).toBeCloseTo(37 * textHeight + 3 * bulletHeight);
  });

  it('trims the longer list first when one is further over its preference', () => {
    // 30 lines (499.5 pt); A 9 bullets, B 4, both prefer 2: A is trimmed alone while its surplus is larger.
    const a = list('A', 9, { trimOrder: 1 });
    const b = list('B', 4, { trimOrder: 0 });
    // B first on the page and first by trim order: only A's larger surplus puts A first.
    const page = fitPage([...Array.from({ length: 30 }, () => line()), b, a]);
    // 499.5 + A's note 16.65 + n·14.65 with B's 4 (58.6) fits with A at 6: 662.65.
    expect(page.blocks.filter((x) => x.kind === 'bullet').map((x) => (x as { text: string }).text)).toEqual(['B1', 'B2', 'B3', 'B4', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6']);
    expect(page.heightPt).toBeCloseTo(30 * textHeight + 10 * bulletHeight + textHeight);
    expect(page.fits).toBe(true);
  });

  it('keeps what each list must keep, and says the page does not fit', () => {
    // 40 lines alone are 666 pt: the list goes down to what it must keep, and still no fit.
    const a = list('A', 5, { keep: 1 });
    const page = fitPage([...Array.from({ length: 40 }, () => line()), a]);
    expect(page.blocks.slice(40)).toEqual([{ kind: 'bullet', text: 'A1' }, { kind: 'text', text: 'A: 4 more', italics: true }]);
    expect(page.fits).toBe(false);
    expect(page.heightPt).toBeCloseTo(41 * textHeight + bulletHeight);
  });
});
