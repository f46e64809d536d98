// What the report's added sections need beyond the figures: the document control written in the
// app, the previous event's action plan as it stands now, and how many audits answered "what
// difference did we make for the child". Counts and texts pass through core/disclosure here, so
// the section builders only lay them out.
import type { OpenedDatabase } from '../../db/open';
import { differenceMadeTuples } from '../../db/queries/analysis';
import type { DisclosedCount } from '../contract/sample-types';
import type { SlideText } from '../contract/types';
import { discloseCounts } from '../disclosure/counts';
import { slideText } from '../disclosure/presentation';
import { getEvent } from '../events/service';
import { listRecommendations } from '../recommendations/service';
import type { ProgressRating, RecommendationStatus } from '../../model/statuses';
import { readDocumentControl, type DocumentControl } from './document-control';

export interface PreviousAction {
  /** The text, or a note that it was withheld because the identifier guard found something in it. */
  text: SlideText;
  ownerName: string | null;
  dueDate: string | null;
  /** From the copy carried into this event when there is one (that is where progress is kept), else as the previous event left it. */
  status: RecommendationStatus;
  progressRating: ProgressRating | null;
  /** Guarded like the text; '' when none was written. */
  successMeasure: SlideText;
  carriedForward: boolean;
}

export interface SectionData {
  documentControl: DocumentControl;
  /** The previous audit's action plan; null when there was no previous audit. */
  previousPlan: { name: string; auditDate: string | null; actions: PreviousAction[] } | null;
  /** Audits that answered "what difference did we make for the child", and cases with at least one answer (withheld when small). */
  differenceMade: { audits: number; auditsAnswered: number; cases: { answered: DisclosedCount; notAnswered: DisclosedCount } };
}

export function gatherSectionData(store: OpenedDatabase, eventId: number, options: { previousEventId: number | null; includeIdentifiers: boolean; suppressSmallNumbers: boolean }): SectionData {
  return {
    documentControl: readDocumentControl(store.db, eventId),
    previousPlan: options.previousEventId === null ? null : previousPlan(store, eventId, options.previousEventId, options.includeIdentifiers),
    differenceMade: differenceMade(store, eventId, options.suppressSmallNumbers),
  };
}

function previousPlan(store: OpenedDatabase, eventId: number, previousId: number, includeIdentifiers: boolean): SectionData['previousPlan'] {
  const previous = getEvent(store.db, previousId);
  const carried = new Map(listRecommendations(store.db, eventId).flatMap((r) => (r.carriedFromId === null ? [] : [[r.carriedFromId, r] as const])));
  const guarded = slideText(store.db);
  const actions = listRecommendations(store.db, previousId).map((own): PreviousAction => {
    const now = carried.get(own.id) ?? own;
    const shown = (text: string, what: string): SlideText => (includeIdentifiers ? { withheld: false, text } : guarded(text, what));
    return {
      text: shown(own.text, 'This action’s text'),
      ownerName: own.ownerName,
      dueDate: own.dueDate,
      status: now.status,
      progressRating: now.progressRating,
      successMeasure: shown(now.successMeasure, 'Its success measure'),
      carriedForward: carried.has(own.id),
    };
  });
  return { name: previous.name, auditDate: previous.auditDate, actions };
}

function differenceMade(store: OpenedDatabase, eventId: number, suppress: boolean): SectionData['differenceMade'] {
  const tuples = differenceMadeTuples(store.sqlite, eventId);
  const answeredCases = new Set(tuples.filter(([, answered]) => answered).map(([caseId]) => caseId));
  const allCases = new Set(tuples.map(([caseId]) => caseId));
  const [answered, notAnswered] = discloseCounts([answeredCases.size, allCases.size - answeredCases.size], suppress) as [DisclosedCount, DisclosedCount];
  return { audits: tuples.length, auditsAnswered: tuples.filter(([, a]) => a).length, cases: { answered, notAnswered } };
}
