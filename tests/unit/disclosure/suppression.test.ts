// The suppression policy on its own: which figures are small (by distinct cases with a scored
// grade), that a withheld figure carries no numbers at all, that comparisons are withheld when
// either side is small, and that rankings leave withheld criteria out. Expected values are
// written out by hand here, not computed with the code under test.
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../core/analysis/summary';
import type { Tally } from '../../../core/contract/types';
import { discloseSummary, discloseTally, isSmall, rankedCriteria, SMALL_NUMBER_THRESHOLD, strongestAndWeakest } from '../../../core/disclosure/suppression';

const tally = (over: Partial<Tally>): Tally => ({ n: 0, notApplicable: 0, distribution: { '1': 0, '2': 0, '3': 0, '4': 0 }, goodOrBetter: null, mean: null, cases: 0, scoredCases: 0, ...over });

describe('small numbers', () => {
  it.each([
    // n, N/A, cases (N/A included), scored cases, small?
    [{ n: 5, notApplicable: 0, cases: 5, scoredCases: 5 }, false],
    [{ n: 4, notApplicable: 0, cases: 4, scoredCases: 4 }, true],
    [{ n: 9, notApplicable: 0, cases: 4, scoredCases: 4 }, true], // many grades, few children
    [{ n: 3, notApplicable: 6, cases: 9, scoredCases: 3 }, true], // N/A cases do not count
    [{ n: 0, notApplicable: 7, cases: 7, scoredCases: 0 }, true], // only N/A: still about few scored children
    [{ n: 0, notApplicable: 0, cases: 0, scoredCases: 0 }, false], // nothing recorded: empty, not small
    [{ n: 12, notApplicable: 2, cases: 7, scoredCases: 6 }, false],
  ])('%o is small: %s', (t, small) => {
    expect(isSmall(t)).toBe(small);
  });

  it('uses the UK official-statistics threshold of 5', () => {
    expect(SMALL_NUMBER_THRESHOLD).toBe(5);
  });

  it('withholds a small figure entirely, and shows it marked small when the user opts out', () => {
    const t = tally({ n: 3, notApplicable: 6, distribution: { '1': 0, '2': 0, '3': 3, '4': 0 }, goodOrBetter: 1, mean: 3, cases: 9, scoredCases: 3 });
    expect(discloseTally(t, true)).toEqual({ suppressed: true, small: true });
    expect(discloseTally(t, false)).toEqual({ ...t, suppressed: false, small: true });
    const big = tally({ n: 6, distribution: { '1': 1, '2': 2, '3': 2, '4': 1 }, goodOrBetter: 0.5, mean: 2.5, cases: 6, scoredCases: 6 });
    expect(discloseTally(big, true)).toEqual({ ...big, suppressed: false, small: false });
  });
});

function summaryWith(current: Record<string, Tally>, previous?: Record<string, Tally>): Summary {
  const criteria = Object.entries(current).map(([key, t]) => ({ key, title: `Title ${key}`, domain: 'D', ...t }));
  const agreement = { pairs: 4, exact: 0.5, kappa: 0.2, kappaLinear: 0.3, kappaQuadratic: 0.4, alphaOrdinal: 0.35, cases: 3 };
  return {
    event: { id: 1, name: 'E', frameworkKey: 'f', frameworkName: 'F', frameworkVersion: 1, auditDate: null, classification: 'OFFICIAL' },
    scale: { levels: [], goodOrBetterFrom: 3, notApplicableLabel: 'N/A' },
    filters: {},
    sample: { cases: 10, casesAudited: 10, audits: 10, grades: 10, agencies: 2 },
    criteria,
    moderated: criteria,
    allCriteria: current.a!,
    byAgency: [{ agencyId: 1, agencyName: 'Police', overall: current.a!, criteria: criteria.map(({ key, title: _t, domain: _d, ...t }) => ({ key, ...t })) }],
    byAttribute: [{ attribute: 'ageStage', label: 'Age stage', groups: [{ group: '0-2', label: '0-2', ...current.b! }] }],
    overall: { single: current.a!, moderated: current.b! },
    agreement,
    agreementWithModeration: { ...agreement, cases: 8 },
    comparison: previous
      ? { previous: { id: 0, name: 'Before', auditDate: null }, criteria: criteria.map((c) => ({ key: c.key, title: c.title, previous: previous[c.key]!, current: current[c.key]!, change: 0.1 })) }
      : null,
  };
}

/** Every object that says suppressed: true holds nothing but identity and the two flags. */
function withheldObjects(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => withheldObjects(v, found));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.suppressed === true) found.push(o);
    Object.values(o).forEach((v) => withheldObjects(v, found));
  }
  return found;
}

describe('the disclosed summary', () => {
  const big = tally({ n: 8, distribution: { '1': 2, '2': 2, '3': 2, '4': 2 }, goodOrBetter: 0.5, mean: 2.5, cases: 8, scoredCases: 8 });
  const small = tally({ n: 3, notApplicable: 5, distribution: { '1': 0, '2': 0, '3': 3, '4': 0 }, goodOrBetter: 1, mean: 3, cases: 8, scoredCases: 3 });

  it('carries no count, percentage, mean or change for a withheld figure, anywhere', () => {
    const disclosed = discloseSummary(summaryWith({ a: big, b: small }, { a: big, b: big }));
    const withheld = withheldObjects(disclosed);
    // b as a criterion, as moderated, in the agency, as a group, moderated overall, its comparison, and the double-audit agreement (3 cases).
    expect(withheld).toHaveLength(7);
    for (const o of withheld) expect(Object.keys(o).sort()).toEqual(expect.arrayContaining(['small', 'suppressed']));
    for (const o of withheld) for (const key of Object.keys(o)) expect(['key', 'title', 'domain', 'group', 'label', 'small', 'suppressed']).toContain(key);
    expect(disclosed.criteria.find((c) => c.key === 'b')).toEqual({ key: 'b', title: 'Title b', domain: 'D', suppressed: true, small: true });
    expect(disclosed.agreement).toEqual({ suppressed: true, small: true });
    expect(disclosed.agreementWithModeration).toMatchObject({ suppressed: false, pairs: 4, cases: 8 });
    expect(JSON.stringify(disclosed)).not.toContain('"goodOrBetter":1');
  });

  it('withholds a comparison when either side is small', () => {
    const disclosed = discloseSummary(summaryWith({ a: big, b: big }, { a: small, b: big }));
    expect(disclosed.comparison!.criteria).toEqual([
      { key: 'a', title: 'Title a', suppressed: true, small: true },
      { key: 'b', title: 'Title b', previous: { n: 8, goodOrBetter: 0.5 }, current: { n: 8, goodOrBetter: 0.5 }, change: 0.1, suppressed: false, small: false },
    ]);
    // The current side of a is not small, so a itself is shown.
    expect(disclosed.criteria.find((c) => c.key === 'a')!.suppressed).toBe(false);
  });

  it('keeps the opt-out visible: everything shown, small ones marked', () => {
    const disclosed = discloseSummary(summaryWith({ a: big, b: small }), { suppressSmallNumbers: false });
    expect(disclosed.suppressSmallNumbers).toBe(false);
    expect(withheldObjects(disclosed)).toHaveLength(0);
    expect(disclosed.criteria.find((c) => c.key === 'b')).toMatchObject({ suppressed: false, small: true, goodOrBetter: 1 });
  });

  it('shows agreement from exactly 5 double-audited cases, and an agreement with no pairs is empty, not small', () => {
    const base = summaryWith({ a: big, b: big });
    const fromFive = { ...base.agreement, cases: 5 };
    const none = { pairs: 0, exact: null, kappa: null, kappaLinear: null, kappaQuadratic: null, alphaOrdinal: null, cases: 0 };
    const disclosed = discloseSummary({ ...base, agreement: fromFive, agreementWithModeration: none });
    expect(disclosed.agreement).toEqual({ ...fromFive, suppressed: false, small: false });
    expect(disclosed.agreementWithModeration).toEqual({ ...none, suppressed: false, small: false });
    // One case fewer is small, and withheld.
    expect(discloseSummary({ ...base, agreement: { ...fromFive, cases: 4 } }).agreement).toEqual({ suppressed: true, small: true });
  });

  it('ranks only criteria whose figures may be shown', () => {
    const weak = tally({ ...big, goodOrBetter: 0.25 });
    const disclosed = discloseSummary(summaryWith({ a: big, b: small, c: weak, d: tally({}) }));
    expect(rankedCriteria(disclosed).map((c) => c.key)).toEqual(['a', 'c']);
    expect(rankedCriteria(discloseSummary(summaryWith({ a: big, b: small, c: weak }), { suppressSmallNumbers: false })).map((c) => c.key)).toEqual(['b', 'a', 'c']);
  });

  it('names the briefing’s strongest and weakest criteria, up to three each, never one in both, the weakest worst first', () => {
    const at = (goodOrBetter: number) => tally({ ...big, goodOrBetter });
    const keys = (r: { strongest: { key: string }[]; weakest: { key: string }[] }) => [r.strongest.map((c) => c.key), r.weakest.map((c) => c.key)];
    // Eight shown, a best to h worst (b small, so withheld and never named).
    const eight = discloseSummary(summaryWith({ a: at(0.9), b: small, c: at(0.8), d: at(0.7), e: at(0.6), f: at(0.5), g: at(0.4), h: at(0.3), i: at(0.2) }));
    expect(keys(strongestAndWeakest(eight))).toEqual([
      ['a', 'c', 'd'],
      ['i', 'h', 'g'],
    ]);
    expect(keys(strongestAndWeakest(eight, 1))).toEqual([['a'], ['i']]);
    // Three shown: the top two (half, rounded up) and the one left.
    expect(keys(strongestAndWeakest(discloseSummary(summaryWith({ a: at(0.4), b: small, c: at(0.9), d: at(0.6) }))))).toEqual([['c', 'd'], ['a']]);
  });
});
