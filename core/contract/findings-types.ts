// What the calls about findings, figures and the action plan return, before the disclosure policy.
// Plain interfaces, like ./types, which re-exports them.
import type { FindingKind, ProgressRating, RecommendationStatus } from '../../model/statuses';

export interface Finding {
  id: number;
  eventId: number;
  kind: FindingKind;
  text: string;
  /** An anonymised quote the facilitator has cleared for the presentation and report. */
  quoteForReport: boolean;
  criterionKeys: string[];
  caseIds: number[];
  /** Themes of the event's framework this finding is coded with. */
  themeIds: number[];
  createdBy: string;
  createdAt: string;
  updatedAt: string | null;
}

export interface Recommendation {
  id: number;
  eventId: number;
  text: string;
  ownerAgencyId: number | null;
  ownerName: string | null;
  dueDate: string | null;
  status: RecommendationStatus;
  /** How the partnership will know the action worked; '' when not yet written. */
  successMeasure: string;
  /** The owner's rating of progress against the success measure; null until rated. */
  progressRating: ProgressRating | null;
  /** An open action past its due date on the user's calendar (model/dates), worked out in core. */
  overdue: boolean;
  criterionKeys: string[];
  findingIds: number[];
  carriedFromId: number | null;
  /** The case whose moderation raised this single-agency feedback action; null for the event's own. */
  caseId: number | null;
  carriedFromEvent: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string | null;
}

/** A tally of grades on one scale: counts per value, N/A, and the figures reports quote. */
export interface Tally {
  n: number;
  notApplicable: number;
  /** Count per scale value, every value present (0 when unused). */
  distribution: Record<string, number>;
  /** Share of graded (not N/A) grades at or above the "good or better" value; null when n = 0. */
  goodOrBetter: number | null;
  mean: number | null;
  /** Distinct cases the grades (N/A included) came from. */
  cases: number;
  /** Distinct cases with a scored (not N/A) grade: the base for small-number suppression. */
  scoredCases: number;
}

export interface Agreement {
  pairs: number;
  /** Share of pairs with the same grade. */
  exact: number | null;
  kappa: number | null;
  kappaLinear: number | null;
  kappaQuadratic: number | null;
  alphaOrdinal: number | null;
}

/** Agreement figures with the number of distinct cases their pairs came from. */
export type CaseAgreement = Agreement & { cases: number };

export interface SummaryFilters {
  agencyIds?: number[];
  ageStages?: string[];
  levelsOfNeed?: string[];
  neglectTypes?: string[];
}

export interface SummaryEvent {
  id: number;
  name: string;
  frameworkKey: string;
  frameworkName: string;
  frameworkVersion: number;
  auditDate: string | null;
  classification: string;
}

export interface SummaryScale {
  levels: { value: number; label: string; colour: string }[];
  goodOrBetterFrom: number;
  notApplicableLabel: string;
}

export interface SummarySample {
  cases: number;
  casesAudited: number;
  audits: number;
  grades: number;
  agencies: number;
}
