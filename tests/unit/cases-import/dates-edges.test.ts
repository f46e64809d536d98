// Dates and ages at their edges: the plausible years, month and day limits in each shape, the
// messages that say what to write instead, Excel serials at both ends, and the month arithmetic
// used for expected dates of birth. Expected dates are read off a calendar, not off the code.
import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, isIsoDate, parseDate } from '../../../core/cases/import/dates';
import { parseAge } from '../../../core/cases/import/age';

const result = (input: string | number) => {
  const r = parseDate(input);
  return r.ok ? r.value : `ERROR: ${r.message}`;
};

describe('parseDate at the edges', () => {
  it.each([
    ['1900-01-01', '1900-01-01'],
    ['2100-12-31', '2100-12-31'],
    ['2024-04-30', '2024-04-30'],
    ['2nd Feb. 2020', '2020-02-02'],
    ['5 September, 2021', '2021-09-05'],
    ['1-Sept-2021', '2021-09-01'],
    ['4th/jul/2019', '2019-07-04'],
    ['31/01/2020 2:05 PM', '2020-01-31'],
    ['2020-01-31T10:00:00+0100', '2020-01-31'],
    ['20240229', '2024-02-29'],
    // Excel's day 80000 (counted from 1899-12-30, as for every day after 28 February 1900).
    ['80000', '2119-01-11'],
    [79999.75, '2119-01-10'],
    [80000.5, 'ERROR: "80000.5" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
    ['61', 'ERROR: "61" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
    [999, 'ERROR: "999" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
    [80001, 'ERROR: "80001" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
    [Number.NaN, 'ERROR: "NaN" is not a date.'],
    [Number.POSITIVE_INFINITY, 'ERROR: "Infinity" is not a date.'],
    ['2101-01-01', 'ERROR: "2101-01-01": the year 2101 is not plausible.'],
    ['31/12/1899', 'ERROR: "31/12/1899": the year 1899 is not plausible.'],
    ['2020-00-10', 'ERROR: "2020-00-10" is not a date: there is no month 0.'],
    ['2020-13-01', 'ERROR: "2020-13-01" is not a date: there is no month 13.'],
    ['20201301', 'ERROR: "20201301" is not a date: there is no month 13.'],
    ['00/01/2020', 'ERROR: "00/01/2020" is not a real date.'],
    ['2020-04-31', 'ERROR: "2020-04-31" is not a real date.'],
    ['2100-02-29', 'ERROR: "2100-02-29" is not a real date.'],
    ['12/13/2020', 'ERROR: "12/13/2020" looks like a US-style date (month first). Write dates as day/month/year, e.g. 13/12/2020.'],
    ['1/2/5', 'ERROR: "1/2/5": write the year in full (e.g. 01/02/2005); two-digit years are ambiguous.'],
    ['1/2/123', 'ERROR: "1/2/123": write the year in full (e.g. 01/02/2023); two-digit years are ambiguous.'],
    ['1 Janu 2020', 'ERROR: "1 Janu 2020" is not a date: "Janu" is not a month.'],
    ['1 Octob 2020', 'ERROR: "1 Octob 2020" is not a date: "Octob" is not a month.'],
    ['1 Jan 12020', 'ERROR: "1 Jan 12020": write the year in full; two-digit years are ambiguous.'],
    ['31/01/2020 noon', 'ERROR: "31/01/2020 noon" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
    ['2020-01-31x', 'ERROR: "2020-01-31x" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
    ['x20200131', 'ERROR: "x20200131" is not a date. Write dates as day/month/year, e.g. 31/01/2020.'],
  ] as [string | number, string][])('%j → %s', (input, expected) => expect(result(input)).toBe(expected));
});

describe('calendar helpers', () => {
  it('isIsoDate accepts only real dates written YYYY-MM-DD', () => {
    const real = ['2024-02-29', '2024-04-30', '2024-12-31', '2024-01-01'];
    const unreal = ['2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-01', '2024-01-01T00:00', ' 2024-01-01', '01/01/2024'];
    expect(real.map(isIsoDate)).toEqual(real.map(() => true));
    expect(unreal.map(isIsoDate)).toEqual(unreal.map(() => false));
  });

  it('daysInMonth knows leap years, 1900 and 2100 included', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2100, 2), daysInMonth(2024, 4), daysInMonth(2024, 12)]).toEqual([29, 28, 29, 28, 28, 30, 31]);
  });

  it('addMonths keeps the day where the month has it, across years and backwards', () => {
    expect([
      addMonths('2024-01-31', 1),
      addMonths('2023-01-31', 1),
      addMonths('2024-05-31', 9),
      addMonths('2024-12-01', 1),
      addMonths('2024-03-15', -9),
      addMonths('2024-01-15', -1),
      addMonths('2024-06-01', 0),
    ]).toEqual(['2024-02-29', '2023-02-28', '2025-02-28', '2025-01-01', '2023-06-15', '2023-12-15', '2024-06-01']);
  });
});

describe('parseAge in months and words', () => {
  it.each([
    ['24 months', 2], ['11 mths', 0], ['30 Months', 2], ['300 months', 25], ['5 y', 5], ['7 Years Old', 7], ['6yrs', 6], [' 8 ', 8], ['13 m', 1],
  ] as [string, number][])('%j → %s', (input, years) => expect(parseAge(input)).toEqual({ ok: true, value: years }));

  it.each(['312 months', '7 weeks', '7 years young', '7.5', '1e1', 'y'])('refuses %j', (input) => {
    expect(parseAge(input)).toEqual({ ok: false, message: `"${input}" is not an age. Give a whole number of years from 0 to 25, e.g. 7.` });
  });
});
