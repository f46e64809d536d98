// What the disclosure policy lets out and what leaves the app (the report's check, the presentation,
// exported files): plain interfaces, like ./types, which re-exports them.
import type { IdentifierKind } from '../../model/identifiers';
import type { RecommendationStatus } from '../../model/statuses';
import type { CaseAgreement, Finding, SummaryEvent, SummaryFilters, SummarySample, SummaryScale, Tally } from './findings-types';

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

/** A file made in core for the user to save (Word, Excel, PNG as base64; CSV and YAML as text), recorded in the trail with this hash. */
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
