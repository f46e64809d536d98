// The identifier guard on its own: a table of texts that must fire (and what must be named) and
// of everyday safeguarding text that must not. Fictional references, dates and numbers; NHS and
// UPN examples are published test numbers whose check digits are worked by hand in comments.
import { describe, expect, it } from 'vitest';
import { describeHits, describeKinds, IdentifierGuard } from '../../../core/disclosure/identifier-guard';
import { validNhsNumber, validUpn } from '../../../core/disclosure/identifier-patterns';

// Built inside each test (not when the file loads), so a mutation test sees the constructor's rules too.
const guard = () =>
  new IdentifierGuard({
    references: ['C-9001', 'MACFA/2024/017', 'AB12', 'DEMO-014', 'C1', 'K-12', 'XY', '7', '42'],
    datesOfBirth: ['2019-03-12', '2015-01-01'],
  });

const hits = (text: string) => guard().scan(text).map((h) => [h.kind, h.text]);

describe('what the guard finds', () => {
  it.each([
    ['Seen at home with C-9001 and her brother.', [['case-reference', 'C-9001']]],
    ['Case c 9001 was seen.', [['case-reference', 'c 9001']]],
    ['As in C9001 above.', [['case-reference', 'C9001']]],
    ['MACFA/2024/017: plan drifted.', [['case-reference', 'MACFA/2024/017']]],
    ['(ab12)', [['case-reference', 'ab12']]],
    ['Archived case DEMO-014 again.', [['case-reference', 'DEMO-014']]],
    ['Child C1 was not seen.', [['case-reference', 'C1']]],
    ['Seen with k12.', [['case-reference', 'k12']]], // three letters and digits
    ['DOB 12/03/2019.', [['date-of-birth', '12/03/2019']]],
    ['born 2019-03-12', [['date-of-birth', '2019-03-12']]],
    ['born on 12 March 2019', [['date-of-birth', '12 March 2019']]],
    ['born on the 12th of March 2019', [['date-of-birth', '12th of March 2019']]],
    ['born March 12, 2019', [['date-of-birth', 'March 12, 2019']]],
    ['d.o.b. 12.3.19', [['date-of-birth', '12.3.19']]],
    ['dob 01-01-2015', [['date-of-birth', '01-01-2015']]],
    ['dob 1 Jan 15', [['date-of-birth', '1 Jan 15']]],
    ['Lives at LS1 4AP now.', [['postcode', 'LS1 4AP']]],
    ['postcode sw1a 1aa', [['postcode', 'sw1a 1aa']]],
    ['B338TH', [['postcode', 'B338TH']]],
    ['CR2 6XH and M1 1AE', [['postcode', 'CR2 6XH'], ['postcode', 'M1 1AE']]],
    // 9×10+4×9+3×8+4×7+7×6+6×5+5×4+9×3+1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9: valid.
    ['NHS 943 476 5919', [['nhs-number', '943 476 5919']]],
    ['NHS no. 9434765919.', [['nhs-number', '9434765919']]],
    ['943-476-5919', [['nhs-number', '943-476-5919']]],
    // B801200005001: 8×2+1×4+2×5+5×10+1×13 = 93; 93 mod 23 = 1 → B (A=0 … H=7, J=8 … N=12, P=13, Q=14, …).
    ['UPN B801200005001', [['upn', 'B801200005001']]],
    // Q801200005002: 16+4+10+50+2×13 = 106; 106 mod 23 = 14 → Q.
    ['upn q801200005002', [['upn', 'q801200005002']]],
    // A temporary UPN ends in a letter (A = 0): 16+4+10+50 = 80; 80 mod 23 = 11 → M.
    ['temporary UPN M80120000500A', [['upn', 'M80120000500A']]],
    ['Call 0113 496 0000', [['phone', '0113 496 0000']]],
    ['mobile 07700 900123', [['phone', '07700 900123']]],
    ['ring +44 7700 900123', [['phone', '+44 7700 900123']]],
    ['on +44 (0)20 7946 0958', [['phone', '+44 (0)20 7946 0958']]],
    ['on (0113) 496 0000', [['phone', '(0113) 496 0000']]],
    ['Email jo.bloggs@example.org please', [['email', 'jo.bloggs@example.org']]],
    [
      'C-9001 (DOB 12/03/2019) moved to LS1 4AP.',
      [
        ['case-reference', 'C-9001'],
        ['date-of-birth', '12/03/2019'],
        ['postcode', 'LS1 4AP'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });
});

describe('what the guard leaves alone', () => {
  it.each([
    'A Section 47 enquiry followed.',
    'Children aged 0-2 years and 3-4 years.',
    'Ofsted 2024 found practice good.',
    'Graded Care Profile 2 (GCP2) at level 4.',
    'S47 strategy discussion on 01/02/2026.',
    'Reviewed at 10am on 3 March 2026.',
    '1 in 3 children; 2 of 5 met; 42% good or better; mean 3.00.',
    'Case C-90012 is another child.', // a longer reference is not this one
    'XC-9001 and AB123 and AB12X.',
    'born 12/03/2020', // a date, but no case's date of birth
    '943 476 5918', // wrong check digit
    'A801200005001', // wrong check letter
    'Y6 3rd term; KS2 SATs; moved to LS1 last year.',
    'Childline 0800 1111.',
    '7 visits in 42 days.', // one- and two-digit references cannot be guarded
    'Section XY applies.', // nor two letters
    'Groups AB, 12 and 14.', // a comma is not part of a reference (AB12)
    'Plan reviewed every 12 weeks (12/52).',
    'Not applicable: "Not relevant."',
  ])('%s', (text) => {
    expect(hits(text)).toEqual([]);
  });
});

describe('check digits', () => {
  it.each([
    ['9434765919', true],
    ['9434765918', false],
    ['4010232137', true], // 4×10+0+1×8+0+2×6+3×5+2×4+1×3+3×2 = 92; 92 mod 11 = 4; 11 − 4 = 7
    ['1234567890', false], // check digit would be 10: never valid
  ])('NHS %s → %s', (n, valid) => expect(validNhsNumber(n)).toBe(valid));

  it.each([
    ['B801200005001', true],
    ['A801200005001', false],
    ['Q801200005002', true],
    ['P801200005002', false],
    ['M80120000500A', true],
    ['M80120000500B', false],
    ['B8012000050011', false], // 14 characters: one too many
  ])('UPN %s → %s', (n, valid) => expect(validUpn(n)).toBe(valid));
});

describe('dates of birth as stored', () => {
  it('match on the day whether or not a time is stored with them', () => {
    const withTime = new IdentifierGuard({ references: [], datesOfBirth: ['2016-05-04T00:00:00.000Z'] });
    expect(withTime.scan('born 4 May 2016').map((h) => [h.kind, h.text])).toEqual([['date-of-birth', '4 May 2016']]);
  });
});

describe('where two findings overlap', () => {
  // References that also have the shape of another identifier, as some local schemes do.
  const found = (text: string) => new IdentifierGuard({ references: ['4AP-77', '9434765919'], datesOfBirth: ['2015-01-01'] }).scan(text).map((h) => [h.kind, h.text, h.start]);

  it('keeps the more specific kind, even when the other starts first', () => {
    // "LS1 4AP" is a postcode starting at 8; the reference "4AP-77" starts at 12 inside it.
    expect(found('Seen at LS1 4AP-77 today.')).toEqual([['case-reference', '4AP-77', 12]]);
    // A reference that is also a valid NHS number is named as the reference.
    expect(found('Ref 9434765919.')).toEqual([['case-reference', '9434765919', 4]]);
  });

  it('keeps the earlier of two overlapping readings of one kind, and lists findings in the order of the text', () => {
    // "2015-01-01" (from 0) and "01-01-15" (from 8) overlap; both can be the date of birth.
    expect(found('2015-01-01-15')).toEqual([['date-of-birth', '2015-01-01', 0]]);
    // Two addresses run together touch but do not overlap: both are named (the second from "_", which an address may hold).
    expect(found('jo@example.org_sam@example.org')).toEqual([
      ['email', 'jo@example.org', 0],
      ['email', '_sam@example.org', 14],
    ]);
    // A postcode before a reference, which the guard ranks first, still comes first.
    expect(found('From LS1 4AP to 4AP-77.')).toEqual([
      ['postcode', 'LS1 4AP', 5],
      ['case-reference', '4AP-77', 16],
    ]);
  });
});

describe('naming what was found', () => {
  it('names each hit, and on slides the kinds only', () => {
    const found = guard().scan('C-9001 (DOB 12/03/2019) moved to LS1 4AP and then LS2 7EW.');
    expect(describeHits(found)).toBe('a case reference (C-9001), a date of birth (12/03/2019), a postcode (LS1 4AP) and a postcode (LS2 7EW)');
    expect(describeKinds(found)).toBe('a case reference, a date of birth and a postcode');
  });

  it('knows how many references it guards (one- and two-digit ones and two letters cannot be)', () => {
    // C-9001, MACFA/2024/017, AB12, DEMO-014, C1 and K-12; not XY, 7 or 42.
    expect(guard().referenceCount).toBe(6);
  });
});
