// What the calls about safeguarding escalation and theme coding return. Plain interfaces, like
// ./types, which re-exports them.

/** "This child may be at risk now": for the facilitator's log only; the report counts them. */
export interface Escalation {
  id: number;
  eventId: number;
  caseId: number;
  reference: string;
  auditId: number | null;
  /** The agency of the audit it was raised from; null when raised from the case. */
  agencyName: string | null;
  raisedBy: string;
  concern: string;
  toldWho: string;
  toldAt: string;
  outcome: string;
  outcomeBy: string | null;
  outcomeAt: string | null;
  createdAt: string;
  updatedAt: string | null;
}

export interface Theme {
  id: number;
  frameworkKey: string;
  label: string;
  archived: boolean;
}

/** One theme's use in an event: audits tagged, the distinct cases among them, findings tagged. */
export interface ThemeTally {
  id: number;
  label: string;
  archived: boolean;
  audits: number;
  cases: number;
  findings: number;
}

/**
 * A theme's tally as it may leave the app: where fewer than the threshold of cases were tagged,
 * the case and audit counts are absent (findings are the partnership's own words, not children).
 */
export type DisclosedThemeTally = Pick<ThemeTally, 'id' | 'label' | 'archived' | 'findings'> &
  ({ suppressed: false; small: boolean; cases: number; audits: number } | { suppressed: true; small: true });
