import { describe, expect, it, vi } from 'vitest';
import { ageInYears } from '../../../core/cases/import/age';
import { ageStage } from '../../../core/cases/import/normalise';

const audit = '2024-06-15';
const bornOn = (dateOfBirth: string, on = audit) => ageStage({ dateOfBirth, ageAtAudit: null, sex: null }, on);

describe('ageStage at the audit date', () => {
  it.each([
    ['born on the audit date', '2024-06-15', '0-2'],
    ['born yesterday', '2024-06-14', '0-2'],
    ['born tomorrow', '2024-06-16', 'pre-birth'],
    ['the day before the 2nd birthday', '2022-06-16', '0-2'],
    ['2nd birthday', '2022-06-15', '0-2'],
    ['the day before the 3rd birthday', '2021-06-16', '0-2'],
    ['3rd birthday', '2021-06-15', '3-4'],
    ['the day before the 5th birthday', '2019-06-16', '3-4'],
    ['5th birthday', '2019-06-15', '5-11'],
    ['the day before the 12th birthday', '2012-06-16', '5-11'],
    ['12th birthday', '2012-06-15', '12-17'],
    ['the day before the 18th birthday', '2006-06-16', '12-17'],
    ['18th birthday', '2006-06-15', '18+'],
    ['aged 24', '2000-01-01', '18+'],
  ])('%s (%s) → %s', (_, dob, stage) => expect(bornOn(dob)).toBe(stage));

  it('unborn is pre-birth whatever else is known', () => {
    expect(ageStage({ dateOfBirth: null, ageAtAudit: null, sex: 'unborn' }, audit)).toBe('pre-birth');
    expect(ageStage({ dateOfBirth: '2024-09-01', ageAtAudit: null, sex: 'unborn' }, audit)).toBe('pre-birth');
    expect(ageStage({ dateOfBirth: '2024-09-01', ageAtAudit: null, sex: 'female' }, audit)).toBe('pre-birth');
  });

  it('born on 29 February: a year older on 1 March in other years', () => {
    expect(ageInYears('2020-02-29', '2023-02-28')).toBe(2);
    expect(ageInYears('2020-02-29', '2023-03-01')).toBe(3);
    expect(ageInYears('2020-02-29', '2024-02-28')).toBe(3);
    expect(ageInYears('2020-02-29', '2024-02-29')).toBe(4);
    expect(bornOn('2021-02-28', '2024-02-28')).toBe('3-4');
    expect(bornOn('2020-02-29', '2023-02-28')).toBe('0-2');
    expect(bornOn('2020-02-29', '2023-03-01')).toBe('3-4');
    expect(bornOn('2012-02-29', '2024-02-29')).toBe('12-17');
  });

  it('uses the recorded age when there is no date of birth', () => {
    expect(ageStage({ dateOfBirth: null, ageAtAudit: 0, sex: 'male' }, audit)).toBe('0-2');
    expect(ageStage({ dateOfBirth: null, ageAtAudit: 2, sex: null }, audit)).toBe('0-2');
    expect(ageStage({ dateOfBirth: null, ageAtAudit: 3, sex: null }, audit)).toBe('3-4');
    expect(ageStage({ dateOfBirth: null, ageAtAudit: 5, sex: null }, audit)).toBe('5-11');
    expect(ageStage({ dateOfBirth: null, ageAtAudit: 12, sex: null }, audit)).toBe('12-17');
    expect(ageStage({ dateOfBirth: null, ageAtAudit: 18, sex: null }, audit)).toBe('18+');
  });

  it('prefers the date of birth to the recorded age', () => {
    expect(ageStage({ dateOfBirth: '2019-06-15', ageAtAudit: 4, sex: null }, audit)).toBe('5-11');
  });

  it('is null when neither is known', () => {
    expect(ageStage({ dateOfBirth: null, ageAtAudit: null, sex: 'female' }, audit)).toBeNull();
  });

  // A clock set to 10 March 2031, local noon: a child born 11 March 2026 is 4 that day (3-4) and
  // 5 the next (5-11); on the real date of any run before 2026-03-11 the child is not born yet.
  it('defaults the audit date to today', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const child = { dateOfBirth: '2026-03-11', ageAtAudit: null, sex: null };
      vi.setSystemTime(new Date(2031, 2, 10, 12));
      expect(ageStage(child)).toBe('3-4');
      vi.setSystemTime(new Date(2031, 2, 11, 12));
      expect(ageStage(child)).toBe('5-11');
      vi.setSystemTime(new Date(2026, 2, 10, 12));
      expect(ageStage(child)).toBe('pre-birth');
    } finally {
      vi.useRealTimers();
    }
  });
});
