// What every contract call returns: plain interfaces, free of the database and of Node, so the
// renderer (and anything else on the far side of a transport) can import them. Services map
// their rows onto these; what is not here does not cross the boundary.
import type { AgencyType } from '../../model/agency';
import type { Mapping, NameLikeReferences } from '../../model/case-fields';
import type { ValueColumn, ValueTally } from '../../model/value-mapping';
import type { FrameworkDefinition } from '../../model/framework';
import type { AuditStatus, EventStatus, FindingKind, ProgressRating, RecommendationStatus } from '../../model/statuses';
import type { IdentifierKind } from '../../model/identifiers';
import type { DifferenceKind } from '../../model/differences';
import type { Task } from '../../model/event-tasks';

export type * from './exchange-types';
export type * from './data-types';
export type * from './sample-types';

export interface AppInfo {
  appVersion: string;
  databasePath: string;
  schemaVersion: number;
  transport: 'electron' | 'web' | 'cli';
  backupPath: string | null;
}

export interface Settings {
  userName: string;
}

// ---- events and agencies ----

export interface Agency {
  id: number;
  name: string;
  type: AgencyType;
}

export interface EventSummary {
  id: number;
  name: string;
  theme: string;
  partnership: string;
  auditDate: string | null;
  reviewWindowMonths: number;
  classification: string;
  status: EventStatus;
  archivedAt: string | null;
  createdAt: string;
  frameworkKey: string;
  frameworkName: string;
  frameworkVersion: number;
  caseCount: number;
}

/** The event as a task list: each step of the cycle with its state and what is left. */
export interface EventTasks {
  eventId: number;
  /** The status that follows the work (see model/event-tasks). */
  status: EventStatus;
  tasks: Task[];
}

/** An agency as it takes part in one event. */
export interface EventAgency extends Agency {
  /** Archived for this event: no new audits are allocated to it; its audits stay in the figures. */
  archived: boolean;
}

export interface EventDetail extends EventSummary {
  agencies: EventAgency[];
}

// ---- cases and their import ----

export interface CaseRecord {
  reference: string;
  /** A vocabulary code (male, female, unborn, unknown), or the file's own words when kept as other. */
  sex: string | null;
  dateOfBirth: string | null;
  ageAtAudit: number | null;
  ethnicityCode: string | null;
  ethnicityLabel: string | null;
  ethnicityGroup: string | null;
  /** yes, no, unknown, or the file's own words when kept as other. */
  disability: string | null;
  levelOfNeed: string | null;
  neglectTypes: string[];
  vulnerabilities: string[];
  agencies: string[];
  planStartDate: string | null;
  notes: string | null;
  ageStage: string | null;
}

export interface RowError {
  /** 1 = the first data row after the header. */
  row: number;
  /** The file's column header; '' when the problem is the row as a whole. */
  column: string;
  message: string;
}

export interface ImportOutcome {
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: RowError[];
  /** Values changed or left out on rows that are still imported (e.g. a category of abuse among neglect types). */
  warnings: RowError[];
  /** Per mapped value column, how its values were taken on the rows imported: mapped, kept as other, left empty. */
  values: ValueTally[];
  /** Case references that look like personal names, to warn before import; null when none do. */
  referenceNames: NameLikeReferences | null;
  /** True when invalid rows stopped the import and nothing was written. */
  refused: boolean;
  dryRun: boolean;
  rowsRead: number;
  mapping: Mapping;
}

export interface ImportPreview {
  headers: string[];
  /** The first rows as read, to help the user confirm the mapping. Never stored. */
  sample: string[][];
  suggested: Mapping;
  remembered: Mapping | null;
  mapping: Mapping;
  mappingProblems: string[];
  /** The value-mapping step: each mapped column with a vocabulary, its distinct values and suggestions. */
  values: ValueColumn[];
  records: { row: number; record: CaseRecord; action: 'new' | 'update' | 'unchanged' }[];
  outcome: ImportOutcome | null;
}

export interface CaseView {
  id: number;
  reference: string;
  sex: string | null;
  dateOfBirth: string | null;
  ageAtAudit: number | null;
  ageStage: string | null;
  ethnicity: string | null;
  ethnicityLabel: string | null;
  ethnicityGroup: string | null;
  disability: string | null;
  levelOfNeed: string | null;
  neglectTypes: string[];
  vulnerabilities: string[];
  agencies: string[];
  planStartDate: string | null;
  notes: string | null;
  documentCount: number;
}

export interface CaseDocument {
  id: number;
  caseId: number;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  addedAt: string;
}

export interface CaseDetail extends CaseView {
  eventId: number;
  documents: CaseDocument[];
}

// ---- audits ----

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

// ---- findings, figures and the action plan ----

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

// What core/disclosure lets out of the summary. A withheld figure is not hidden but absent: it
// carries no count, percentage, mean or change, so no screen can show one by mistake.

/** A figure that was withheld: only the fact that it was. */
export interface Withheld {
  suppressed: true;
  small: true;
}
/** A figure that may be shown; `small` marks one shown only because the user turned suppression off. */
export type Shown<T> = T & { suppressed: false; small: boolean };
export type Disclosed<T> = Shown<T> | Withheld;

export type DisclosedTally = Disclosed<Tally>;
export type DisclosedAgreement = Disclosed<CaseAgreement>;
export type ComparedFigures = { previous: Pick<Tally, 'n' | 'goodOrBetter'>; current: Pick<Tally, 'n' | 'goodOrBetter'>; change: number | null };

export type Identity = { key: string; title: string };
export interface DisclosedCriterion extends Identity {
  domain: string;
}
export type CriterionFigures = DisclosedCriterion & DisclosedTally;

export interface DisclosedSummary {
  event: SummaryEvent;
  scale: SummaryScale;
  filters: SummaryFilters;
  smallNumberThreshold: number;
  /** False when the user opted out: small figures are then shown, marked `small`. */
  suppressSmallNumbers: boolean;
  sample: SummarySample;
  criteria: CriterionFigures[];
  moderated: CriterionFigures[];
  allCriteria: DisclosedTally;
  byAgency: { agencyId: number; agencyName: string; overall: DisclosedTally; criteria: ({ key: string } & DisclosedTally)[] }[];
  byAttribute: { attribute: string; label: string; groups: ({ group: string; label: string } & DisclosedTally)[] }[];
  overall: { single: DisclosedTally; moderated: DisclosedTally };
  agreement: DisclosedAgreement;
  agreementWithModeration: DisclosedAgreement;
  comparison: {
    previous: { id: number; name: string; auditDate: string | null };
    criteria: (Identity & Disclosed<ComparedFigures>)[];
  } | null;
}

/** Something in free text that could identify a child: what kind, the text, and where (0-based, end exclusive). */
export interface IdentifierHit {
  kind: IdentifierKind;
  text: string;
  start: number;
  end: number;
}

/** A file built in the core for the user to save: recorded in the trail with this hash. */
export interface ExportedFile {
  fileName: string;
  base64: string;
  sha256: string;
  /** A report exported with unresolved items: every page and the file name say DRAFT. */
  draft?: boolean;
  /** A report whose contents' page numbers could not be laid out: Word fills them in on opening, after asking. */
  contentsUpdatedOnOpen?: boolean;
}

/** One thing the pre-export check lists: unwritten narrative, an identifier, an open disagreement, or a note on withheld figures. */
export interface ReadinessItem {
  kind: 'unwritten' | 'identifier' | 'conflict' | 'suppressed';
  text: string;
  /** Whether it keeps the report a draft (withheld figures are only noted). */
  makesDraft: boolean;
  /** Where to fix it: "report/executive-summary", "report/findings-by-criterion/drift", "findings/12", "actions/3", "moderation/7", "event"; null for a note. */
  fix: string | null;
}

export interface ReportReadiness {
  /** True while any item makes it a draft: an export then says DRAFT on every page and in its name. */
  draft: boolean;
  items: ReadinessItem[];
}

// ---- the presentation: only what a slide may show ----

/** A text on a slide, or the note that it was withheld and why (never the text itself). */
export type SlideText = { withheld: false; text: string } | { withheld: true; reason: string };

export type Slide =
  | { kind: 'title'; title: string; theme: string; partnership: string; auditDate: string | null; frameworkName: string; classification: string }
  | { kind: 'overview'; title: string; sample: Omit<SummarySample, 'grades'>; overall: Disclosed<{ n: number; goodOrBetter: number | null }> }
  | { kind: 'comparison'; title: string }
  | {
      kind: 'criterion';
      title: string;
      key: string;
      domain: string;
      figures: Disclosed<{ n: number; goodOrBetter: number | null; mean: number | null }>;
      /** null without a comparison. */
      change: Disclosed<{ change: number | null }> | null;
      themes: SlideText[];
      quotes: SlideText[];
    }
  | { kind: 'findings'; title: string; texts: SlideText[]; empty: string }
  | { kind: 'recommendations'; title: string; items: { text: SlideText; ownerName: string | null; dueDate: string | null; status: RecommendationStatus }[] };

export interface PresentationView {
  event: { name: string; classification: string };
  smallNumberThreshold: number;
  suppressSmallNumbers: boolean;
  /** The previous event compared with, by name. */
  comparedWith: string | null;
  /** Other events on the same framework that can be compared with. */
  compareOptions: { id: number; name: string }[];
  slides: Slide[];
}

export interface ReportOutline {
  title: string;
  sections: { key: string; heading: string; kind: 'generated' | 'narrative'; prompt: string; text: string }[];
  criteria: { key: string; title: string; text: string; findings: Finding[] }[];
  chosenFindings: Finding[];
  /** The version and distribution list written for the document control section. */
  documentControl: { version: string; distribution: string };
}

/** A file made in core for the user to save: Word, Excel, PNG (base64) or CSV and YAML (text). */
export interface ExportedFile {
  fileName: string;
  base64: string;
}

// ---- frameworks ----

export interface FrameworkListItem {
  key: string;
  builtin: boolean;
  version: number;
  name: string;
  description: string;
  criteriaCount: number;
  versionCount: number;
  eventCount: number;
  updatedAt: string;
}

export interface FrameworkDetail {
  framework: FrameworkDefinition;
  builtin: boolean;
  /** Events that use this version. */
  eventCount: number;
  versions: { version: number; name: string; createdAt: string; eventCount: number }[];
}

export type SaveOutcome = 'created' | 'new-version' | 'updated' | 'unchanged';

export interface SaveResult {
  key: string;
  version: number;
  outcome: SaveOutcome;
}

// ---- safeguarding escalation and theme coding ----

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
