// The tally by theme as it leaves the app: a theme tagged on 1–4 cases loses its case and audit
// counts (5 is the official-statistics threshold, written here rather than read from the code),
// 5 or more is shown, findings always are, unused themes are dropped, withheld rows come last.
import { describe, expect, it } from 'vitest';
import { discloseThemeTally } from '../../../core/disclosure/counts';
import type { ThemeTally } from '../../../core/contract/types';

const theme = (id: number, label: string, cases: number, findings = 0): ThemeTally => ({ id, label, archived: false, cases, audits: cases + 1, findings });

describe('discloseThemeTally', () => {
  const tally = [theme(1, 'Housing', 5, 2), theme(2, 'Parental mental health', 4), theme(3, 'Child not seen alone', 1, 3), theme(4, 'Never used', 0), theme(5, 'Findings only', 0, 2)];

  it('withholds the case and audit counts of a theme tagged on fewer than 5 cases, and keeps 5', () => {
    const rows = discloseThemeTally(tally, true);
    expect(rows.map((t) => (t.suppressed ? [t.label, 'withheld', t.findings] : [t.label, t.cases, t.audits, t.findings]))).toEqual([
      ['Housing', 5, 6, 2],
      ['Findings only', 0, 1, 2],
      ['Child not seen alone', 'withheld', 3],
      ['Parental mental health', 'withheld', 0],
    ]);
    // A withheld row carries no number at all, so no screen or exporter can show one.
    const withheld = rows.find((t) => t.label === 'Parental mental health')!;
    expect(Object.keys(withheld).sort()).toEqual(['archived', 'findings', 'id', 'label', 'small', 'suppressed']);
  });

  it('orders withheld rows by findings, most first, then by name, whatever order they came in', () => {
    const rows = discloseThemeTally([theme(1, 'Substance use', 2, 1), theme(2, 'Domestic abuse', 3, 1), theme(3, 'Neglect of health', 1, 4), theme(4, 'Attendance', 6)], true);
    expect(rows.map((t) => [t.label, t.suppressed])).toEqual([
      ['Attendance', false],
      ['Neglect of health', true],
      ['Domestic abuse', true],
      ['Substance use', true],
    ]);
  });

  it('shows every count, marked small, when suppression is turned off', () => {
    const rows = discloseThemeTally(tally, false);
    expect(rows.map((t) => [t.label, t.suppressed, t.small, t.suppressed ? null : t.cases])).toEqual([
      ['Housing', false, false, 5],
      ['Parental mental health', false, true, 4],
      ['Child not seen alone', false, true, 1],
      ['Findings only', false, false, 0],
    ]);
  });

  it('marks a withheld theme small and a shown one not, with suppression on', () => {
    expect(discloseThemeTally([theme(1, 'Housing', 4, 1), theme(2, 'Attendance', 5)], true)).toEqual([
      { id: 2, label: 'Attendance', archived: false, findings: 0, cases: 5, audits: 6, suppressed: false, small: false },
      { id: 1, label: 'Housing', archived: false, findings: 1, suppressed: true, small: true },
    ]);
  });
});
