// The shapes of UK personal identifiers that can be typed into free text: NHS numbers (10 digits
// with a valid modulus-11 check digit), Unique Pupil Numbers (a check letter, 11 digits and a
// digit or letter, checked modulo 23), postcodes (a real postcode area, then the inward code's
// letters), phone numbers (UK, 10 or 11 digits) and email addresses. Checks of the check digits
// and of the postcode area keep ordinary numbers and words from firing.

export interface PatternHit {
  start: number;
  end: number;
  text: string;
}

// "Not next to a letter or digit": word boundaries that also hold for non-ASCII letters.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

function* matches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) yield m;
}

const hit = (m: RegExpExecArray): PatternHit => ({ start: m.index, end: m.index + m[0].length, text: m[0] });

/** NHS number check: weights 10..2 on the first nine digits; 11 − (sum mod 11), 11 → 0, 10 never valid. */
export function validNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const nhsPattern = new RegExp(`${B}(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})${E}`, 'gu');

export function nhsNumbers(text: string): PatternHit[] {
  return [...matches(text, nhsPattern)].filter((m) => validNhsNumber(m[1]! + m[2]! + m[3]!)).map(hit);
}

/** The letters a UPN uses for its check letter and a temporary UPN's last character: A–Z without I, O and S. */
const upnLetters = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** DfE: the sum of each character's value times its position (2 to 13), modulo 23, as a letter. */
export function validUpn(upn: string): boolean {
  const u = upn.toUpperCase();
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(u)) return false;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const c = u[i]!;
    const value = /\d/.test(c) ? Number(c) : upnLetters.indexOf(c);
    if (value < 0) return false;
    sum += value * (i + 1);
  }
  return upnLetters[sum % 23] === u[0];
}

const upnPattern = new RegExp(`${B}[A-Za-z]\\d{11}[0-9A-Za-z]${E}`, 'gu');

export function upns(text: string): PatternHit[] {
  return [...matches(text, upnPattern)].filter((m) => validUpn(m[0])).map(hit);
}

/** The UK's postcode areas (the letters that start every postcode). */
const postcodeAreas = new Set(
  `AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX
   IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY
   TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE`.split(/\s+/),
);

// Area, district (a digit, then an optional digit or letter), optional space, inward code (a digit
// and two letters, never C, I, K, M, O or V).
const postcodePattern = new RegExp(`${B}([A-Za-z]{1,2})(\\d[A-Za-z\\d]?) ?(\\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})${E}`, 'gu');

export function postcodes(text: string): PatternHit[] {
  return [...matches(text, postcodePattern)].filter((m) => postcodeAreas.has(m[1]!.toUpperCase())).map(hit);
}

// +44 (0)… or 0…, then nine or ten more digits, each after at most two spaces, hyphens or brackets.
const phonePattern = new RegExp(`(?<![\\p{L}\\p{N}+])(?:\\+44 ?(?:\\(0\\) ?)?|\\(?0)(?:[ \\-()]{0,2}\\d){9,10}${E}`, 'gu');

export function phoneNumbers(text: string): PatternHit[] {
  return [...matches(text, phonePattern)]
    .filter((m) => {
      const digits = m[0].replace(/\D/g, '');
      const national = digits.startsWith('44') && m[0].trimStart().startsWith('+') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
      return /^0[1-9]\d{8,9}$/.test(national);
    })
    .map(hit);
}

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export function emails(text: string): PatternHit[] {
  return [...matches(text, emailPattern)].map(hit);
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthWord = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ordinal = '(?:st|nd|rd|th)?';

const datePatterns: { pattern: RegExp; parts: (m: RegExpExecArray) => [day: string, month: string, year: string][] }[] = [
  // 12/03/2019, 12-3-19, 12.03.2019: day first as in the UK, and month first too (both are dates people type).
  {
    pattern: new RegExp(`${B}(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})${E}`, 'gu'),
    parts: (m) => [
      [m[1]!, m[3]!, m[4]!],
      [m[3]!, m[1]!, m[4]!],
    ],
  },
  // 2019-03-12, 2019/3/12
  { pattern: new RegExp(`${B}(\\d{4})([/.\\-])(\\d{1,2})\\2(\\d{1,2})${E}`, 'gu'), parts: (m) => [[m[4]!, m[3]!, m[1]!]] },
  // 12 March 2019, 12th of Mar 2019, 12 March '19
  { pattern: new RegExp(`${B}(\\d{1,2})${ordinal}\\s+(?:of\\s+)?${monthWord}\\.?,?\\s+'?(\\d{4}|\\d{2})${E}`, 'giu'), parts: (m) => [[m[1]!, m[2]!, m[3]!]] },
  // March 12, 2019; March 12th 2019
  { pattern: new RegExp(`${B}${monthWord}\\.?\\s+(\\d{1,2})${ordinal},?\\s+(\\d{4})${E}`, 'giu'), parts: (m) => [[m[2]!, m[1]!, m[3]!]] },
];

function isoDates(day: string, month: string, year: string): string[] {
  const d = Number(day);
  const mo = /^\d+$/.test(month) ? Number(month) : months.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return [];
  const years = year.length === 4 ? [year] : [`19${year}`, `20${year}`];
  return years.map((y) => `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** Every date written in the text, in the forms people type, with the ISO dates it could mean. */
export function typedDates(text: string): (PatternHit & { iso: string[] })[] {
  const found: (PatternHit & { iso: string[] })[] = [];
  for (const { pattern, parts } of datePatterns) {
    for (const m of matches(text, pattern)) found.push({ ...hit(m), iso: parts(m).flatMap(([d, mo, y]) => isoDates(d, mo, y)) });
  }
  return found;
}
