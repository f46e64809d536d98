// The identifier patterns at their edges, with values worked by hand from the published rules:
// NHS numbers (modulus 11, weights 10 to 2), UPNs (DfE: sum of value × position 2–13, mod 23, as a
// letter from A–Z without I, O, S), UK phone numbers written nationally or with +44, and dates.
import { describe, expect, it } from 'vitest';
import { phoneNumbers, typedDates, upns, validNhsNumber, validUpn } from '../../../core/disclosure/identifier-patterns';

describe('NHS numbers', () => {
  it('pass the check digit, with 11 read as 0, and only as exactly ten digits', () => {
    // 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9.
    expect(validNhsNumber('9434765919')).toBe(true);
    expect(validNhsNumber('9434765918')).toBe(false);
    // 1×10 + 4×3 = 22; 22 mod 11 = 0; 11 − 0 = 11, read as 0.
    expect(validNhsNumber('1000000400')).toBe(true);
    expect(validNhsNumber('94347659191')).toBe(false);
    expect(validNhsNumber('19434765919')).toBe(false);
  });
});

describe('Unique Pupil Numbers', () => {
  // 8×2 + 0×3 + 1×4 + 2×5 + 0 + 0 + 0 + 2×9 + 1×10 + 0 + 1×12 + 2×13 = 96; 96 mod 23 = 4: E.
  it('pass the check letter, only as thirteen characters', () => {
    expect(validUpn('E801200021012')).toBe(true);
    expect(validUpn('e801200021012')).toBe(true);
    expect(validUpn('F801200021012')).toBe(false);
    expect(validUpn('E8012000210123')).toBe(false);
    expect(validUpn('XE801200021012')).toBe(false);
    expect(upns('UPN E801200021012 on file')).toEqual([{ start: 4, end: 17, text: 'E801200021012' }]);
  });

  it('refuse a last character the DfE never uses (I, O, S), even where the sum would fit', () => {
    // With I counted as −1: 57 mod 23 = 11, M. Without the refusal this would pass.
    expect(validUpn('M80120002101I')).toBe(false);
  });
});

describe('phone numbers', () => {
  it('are found written nationally, with +44, and with +44 (0)', () => {
    const found = (text: string) => phoneNumbers(text).map((h) => h.text);
    expect(found('Call 020 7946 0000 today')).toEqual(['020 7946 0000']);
    expect(found('Call +44 20 7946 0000 today')).toEqual(['+44 20 7946 0000']);
    expect(found('Call +44 (0)20 7946 0000 today')).toEqual(['+44 (0)20 7946 0000']);
    // Nine digits after +44, one of them a 0 inside the number: 016977 2045.
    expect(found('Call +44 16977 2045 today')).toEqual(['+44 16977 2045']);
  });

  it('are not numbers whose national form starts 00', () => {
    expect(phoneNumbers('Ref 00 20 7946 000 here')).toEqual([]);
  });
});

describe('typed dates', () => {
  it('read day first and month first, two-digit years as 19xx and 20xx, and drop impossible days and months', () => {
    const iso = (text: string) => typedDates(text).flatMap((d) => d.iso);
    expect(iso('on 12/03/2019')).toEqual(['2019-03-12', '2019-12-03']);
    expect(iso('on 31/12/19')).toEqual(['1919-12-31', '2019-12-31']);
    expect(iso('on 01/13/2019')).toEqual(['2019-01-13']);
    expect(iso('on 32/01/2019')).toEqual([]);
    expect(iso('on 00/01/2019')).toEqual([]);
    expect(iso('on 12/00/2019')).toEqual([]);
    expect(iso('on 12 March 2019')).toEqual(['2019-03-12']);
  });
});

describe('a UPN with a letter in front', () => {
  it('is not a UPN, even when the 14 characters happen to pass the check', () => {
    // B, then the valid E801200021012: 14 characters. Weighting characters 2..13 (E80120002101) by 2..13 gives
    // 4×2 + 8×3 + 1×5 + 2×6 + 2×10 + 1×11 + 1×13 = 93; 93 mod 23 = 1 → B, the letter in front: only the length says no.
    expect(validUpn('BE801200021012')).toBe(false);
  });
});
