// What the calls about audits, scoring, moderation and the trail return. Plain interfaces, like
// ./types, which re-exports them.
import type { DifferenceKind } from '../../model/differences';
import type { FrameworkDefinition } from '../../model/framework';
import type { AuditStatus } from '../../model/statuses';
import type { CaseView, RowError } from './case-types';

export interface AuditSummary {
  id: number;
  eventId: number;
  caseId: number;
  agencyId: number;
  auditor: string;
  /** Who changes inside the audit are stamped as, when not the auditor ("Scoring as"). */
  scoringAs: string | null;
  status: AuditStatus;
  overallValue: number | null;
  overallRationale: string;
  strengths: string;
  areasForDevelopment: string;
  differenceMade: string;
  actions: string;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string | null;
}

export interface Grade {
  id: number;
  auditId: number;
  criterionKey: string;
  value: number | null;
  notApplicable: boolean;
  notApplicableReason: string;
  rationale: string;
  evidence: string;
  createdAt: string;
  updatedAt: string | null;
}

/** What an audit still lacks before it can be submitted. */
export interface Gap {
  criterionKey: string | null;
  message: string;
}

export interface Workspace {
  audit: AuditSummary;
  agencyName: string;
  event: { id: number; name: string; classification: string };
  case: CaseView;
  framework: FrameworkDefinition;
  grades: Record<string, Grade>;
  gaps: Gap[];
}

export interface AuditListItem {
  id: number;
  caseId: number;
  reference: string;
  agencyId: number;
  agencyName: string;
  auditor: string;
  status: AuditStatus;
  overallValue: number | null;
  updatedAt: string | null;
  createdAt: string;
}

export interface BoardCell {
  agencyId: number;
  /** Whether this agency audits this case (the allocation). */
  allocated: boolean;
  audits: (Pick<AuditListItem, 'id' | 'auditor' | 'status' | 'updatedAt'> & { graded: number })[];
}

export interface ProgressBoard {
  agencies: { id: number; name: string }[];
  criteriaCount: number;
  rows: { caseId: number; reference: string; ageStage: string | null; levelOfNeed: string | null; moderated: boolean; cells: BoardCell[] }[];
  totals: { notStarted: number; inProgress: number; submitted: number; moderated: number; missing: number };
}

export interface ReturnsOutcome {
  imported: number;
  errors: RowError[];
  audits: number;
}

// ---- moderation and the trail ----

export interface AgencyGrade {
  auditId: number;
  agencyName: string;
  auditor: string;
  status: AuditStatus;
  value: number | null;
  notApplicable: boolean;
  notApplicableReason: string;
  rationale: string;
  evidence: string;
}

export interface ModeratedGrade {
  id: number;
  caseId: number;
  criterionKey: string;
  value: number | null;
  notApplicable: boolean;
  rationale: string;
  updatedAt: string | null;
}

export interface Moderation {
  caseId: number;
  overallValue: number | null;
  overallRationale: string;
  lockedAt: string | null;
  signedOffBy: string | null;
  signedOffOn: string | null;
  updatedAt: string | null;
}

export interface ModerationCriterion {
  key: string;
  title: string;
  grades: AgencyGrade[];
  /** The kinds of difference between the grades given, most serious first; empty when they agree. */
  differences: DifferenceKind[];
  /** The grade every audit gave, when all have answered alike; "agree where unanimous" records it. */
  unanimous: { value: number | null; notApplicable: boolean } | null;
  agreed: ModeratedGrade | null;
}

/** One case in the event's moderation queue (most differences first). */
export interface ModerationQueueRow {
  caseId: number;
  reference: string;
  audits: number;
  criteria: number;
  /** Criteria whose grades differ, of any kind. */
  differences: number;
  byKind: Record<DifferenceKind, number>;
  /** Criteria all audits graded alike that have no agreed grade yet. */
  unanimousToAgree: number;
  agreed: number;
  overallAgreed: boolean;
  locked: boolean;
}

export interface ModerationView {
  caseId: number;
  reference: string;
  eventId: number;
  criteria: ModerationCriterion[];
  overall: { grades: (Pick<AgencyGrade, 'auditId' | 'agencyName' | 'auditor' | 'value'> & { rationale: string })[]; differences: DifferenceKind[]; agreedValue: number | null; agreedRationale: string };
  locked: boolean;
  signedOffBy: string | null;
  signedOffOn: string | null;
}

export interface TrailEntry {
  id: number;
  eventId: number;
  caseId: number | null;
  at: string;
  actor: string;
  /** What changed: audit, grade, moderation, moderated-grade, import, finding, event. */
  entity: string;
  entityId: number | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  note: string;
}
