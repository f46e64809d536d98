// Small-number suppression: the one place that decides which figures may leave the app. Every
// output (dashboard, charts and alt text, presentation, Word report, briefing, workbook,
// `summary --json`) reads the summary through discloseSummary and computes no suppression itself.
// A suppressed figure is not hidden but absent: the object that reaches an output carries no
// count, percentage, mean or change, so no screen or exporter can show one by mistake.
import type { Summary } from '../analysis/summary';
import type { CaseAgreement, ComparedFigures, CriterionFigures, Disclosed, DisclosedAgreement, DisclosedCriterion, DisclosedSummary, DisclosedTally, Identity, Shown, Tally, Withheld } from '../contract/types';

/** UK official-statistics practice: a figure drawn from fewer cases than this is small. */
export const SMALL_NUMBER_THRESHOLD = 5;

/**
 * Small: something was recorded, but fewer than the threshold distinct cases have a scored
 * (not N/A) grade behind the figure. A figure with nothing recorded is empty, not small.
 */
export function isSmall(t: Pick<Tally, 'n' | 'notApplicable' | 'scoredCases'>): boolean {
  return t.n + t.notApplicable > 0 && t.scoredCases < SMALL_NUMBER_THRESHOLD;
}

const withheld: Withheld = { suppressed: true, small: true };

export function discloseTally(t: Tally, suppress: boolean): DisclosedTally {
  const small = isSmall(t);
  if (small && suppress) return { ...withheld };
  return { n: t.n, notApplicable: t.notApplicable, distribution: t.distribution, goodOrBetter: t.goodOrBetter, mean: t.mean, cases: t.cases, scoredCases: t.scoredCases, suppressed: false, small };
}

function discloseAgreement(a: CaseAgreement, suppress: boolean): DisclosedAgreement {
  const small = a.pairs > 0 && a.cases < SMALL_NUMBER_THRESHOLD;
  if (small && suppress) return { ...withheld };
  return { ...a, suppressed: false, small };
}

function discloseCriterion({ key, title, domain, ...t }: Summary['criteria'][number], suppress: boolean): CriterionFigures {
  return { key, title, domain, ...discloseTally(t, suppress) };
}

/** A comparison is withheld when either side is small: a change reveals both. */
function discloseComparison(c: NonNullable<Summary['comparison']>['criteria'][number], suppress: boolean): Identity & Disclosed<ComparedFigures> {
  const small = isSmall(c.previous) || isSmall(c.current);
  if (small && suppress) return { key: c.key, title: c.title, ...withheld };
  return {
    key: c.key,
    title: c.title,
    previous: { n: c.previous.n, goodOrBetter: c.previous.goodOrBetter },
    current: { n: c.current.n, goodOrBetter: c.current.goodOrBetter },
    change: c.change,
    suppressed: false,
    small,
  };
}

export function discloseSummary(s: Summary, options: { suppressSmallNumbers?: boolean } = {}): DisclosedSummary {
  const suppress = options.suppressSmallNumbers ?? true;
  return {
    event: s.event,
    scale: s.scale,
    filters: s.filters,
    smallNumberThreshold: SMALL_NUMBER_THRESHOLD,
    suppressSmallNumbers: suppress,
    sample: s.sample,
    criteria: s.criteria.map((c) => discloseCriterion(c, suppress)),
    moderated: s.moderated.map((c) => discloseCriterion(c, suppress)),
    allCriteria: discloseTally(s.allCriteria, suppress),
    byAgency: s.byAgency.map((a) => ({
      agencyId: a.agencyId,
      agencyName: a.agencyName,
      overall: discloseTally(a.overall, suppress),
      criteria: a.criteria.map(({ key, ...t }) => ({ key, ...discloseTally(t, suppress) })),
    })),
    byAttribute: s.byAttribute.map((a) => ({
      attribute: a.attribute,
      label: a.label,
      groups: a.groups.map(({ group, label, ...t }) => ({ group, label, ...discloseTally(t, suppress) })),
    })),
    overall: { single: discloseTally(s.overall.single, suppress), moderated: discloseTally(s.overall.moderated, suppress) },
    agreement: discloseAgreement(s.agreement, suppress),
    agreementWithModeration: discloseAgreement(s.agreementWithModeration, suppress),
    comparison: s.comparison && { previous: s.comparison.previous, criteria: s.comparison.criteria.map((c) => discloseComparison(c, suppress)) },
  };
}

export const isShown = <T extends { suppressed: boolean }>(x: T): x is Extract<T, { suppressed: false }> => !x.suppressed;

/**
 * Criteria whose % good or better may be shown, best first: the only base for rankings such as
 * the briefing's "stronger / weaker" lists, so a suppressed criterion is never ranked.
 */
export function rankedCriteria(s: DisclosedSummary): Shown<DisclosedCriterion & Tally & { goodOrBetter: number }>[] {
  return s.criteria
    .filter(isShown)
    .filter((c): c is Shown<DisclosedCriterion & Tally & { goodOrBetter: number }> => c.goodOrBetter !== null)
    .sort((a, b) => b.goodOrBetter - a.goodOrBetter);
}

/**
 * The briefing's strongest and weakest criteria from the ranking above: up to `count` each, and
 * never the same criterion in both (with fewer than 2 × count shown, the top half and the rest).
 */
export function strongestAndWeakest(s: DisclosedSummary, count = 3) {
  const ranked = rankedCriteria(s);
  const strong = Math.min(count, Math.ceil(ranked.length / 2));
  return { strongest: ranked.slice(0, strong), weakest: ranked.slice(strong).slice(-count).reverse() };
}
