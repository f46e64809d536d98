// Dates as exports write them, to YYYY-MM-DD. UK order (day first) is assumed: the app is for
// England, and a US-style date is refused rather than silently swapped.
//
// Accepted:  31/01/2020, 1/1/2020, 31-01-2020, 31.01.2020 (optionally followed by a time),
//            1 Jan 2020, 01-Jan-2020, 1 January 2020,
//            2020-01-31, 2020/01/31, 2020-01-31T10:00:00Z, 2020-01-31 10:00 (the time is dropped),
//            20200131 (8 digits, year first),
//            Excel serial day numbers (1900 date system), as a number or as text of digits with an
//            optional fraction, from 1000 (1902-09-26) to 80000 (2119-01-11). Smaller numbers are
//            refused: an age or a count in the wrong column is likelier than a date before 1903.
// Refused:   two-digit years, impossible dates (31/02/2020), months above 12, years before 1900
//            or after 2100.
import { fail, ok, type Normalised } from './result';

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const time = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ukNumeric = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d+)${time}$`);
const ukNamed = /^(\d{1,2})(?:st|nd|rd|th)?[\s/-]+([A-Za-z]+)\.?,?[\s/-]+(\d+)$/;
const isoLike = new RegExp(String.raw`^(\d{4})([/-])(\d{1,2})\2(\d{1,2})${time}$`);
const compact = /^(\d{4})(\d{2})(\d{2})$/;
const serial = /^\d+(\.\d+)?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checked(original: string, year: number, month: number, day: number): Normalised<string> {
  if (year < 1900 || year > 2100) return fail(`"${original}": the year ${year} is not plausible.`);
  if (month < 1 || month > 12) return fail(`"${original}" is not a date: there is no month ${month}.`);
  if (day < 1 || day > daysInMonth(year, month)) return fail(`"${original}" is not a real date.`);
  return ok(isoDate(year, month, day));
}

function fromSerial(original: string, n: number): Normalised<string> {
  if (n < 1000 || n > 80000) {
    return fail(`"${original}" is not a date. Write dates as day/month/year, e.g. 31/01/2020.`);
  }
  // Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was, so from day 61
  // on (all we accept) the days count from 1899-12-30.
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000);
  return ok(isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
}

/** A date in any accepted shape as YYYY-MM-DD; blank gives null. */
export function parseDate(input: string | number): Normalised<string | null> {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? fromSerial(String(input), input) : fail(`"${input}" is not a date.`);
  }
  const text = input.trim();
  if (!text) return ok(null);

  let m = isoLike.exec(text);
  if (m) return checked(text, Number(m[1]), Number(m[3]), Number(m[4]));

  m = ukNumeric.exec(text);
  if (m) {
    const [day, month, yearText] = [Number(m[1]), Number(m[3]), m[4]!];
    if (yearText.length !== 4) {
      return fail(`"${text}": write the year in full (e.g. ${pad(day)}/${pad(month)}/20${yearText.padStart(2, '0').slice(-2)}); two-digit years are ambiguous.`);
    }
    if (month > 12 && day <= 12) {
      return fail(`"${text}" looks like a US-style date (month first). Write dates as day/month/year, e.g. ${pad(month)}/${pad(day)}/${yearText}.`);
    }
    return checked(text, Number(yearText), month, day);
  }

  m = ukNamed.exec(text);
  if (m) {
    const month = months.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    if (month === 0 || (m[2]!.length > 3 && !/^(january|february|march|april|may|june|july|august|september|sept|october|november|december)$/i.test(m[2]!))) {
      return fail(`"${text}" is not a date: "${m[2]}" is not a month.`);
    }
    if (m[3]!.length !== 4) return fail(`"${text}": write the year in full; two-digit years are ambiguous.`);
    return checked(text, Number(m[3]), month, Number(m[1]));
  }

  m = compact.exec(text);
  if (m) return checked(text, Number(m[1]), Number(m[2]), Number(m[3]));

  if (serial.test(text)) return fromSerial(text, Number(text));

  return fail(`"${text}" is not a date. Write dates as day/month/year, e.g. 31/01/2020.`);
}

/** True when text is a real YYYY-MM-DD date. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
}

/** Adds calendar months, keeping the day where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, count: number): string {
  const y = +iso.slice(0, 4), m = +iso.slice(5, 7), d = +iso.slice(8, 10);
  const total = y * 12 + (m - 1) + count;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}
