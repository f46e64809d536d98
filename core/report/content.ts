// Everything the report and the briefing say, gathered once and filtered for privacy by the
// disclosure policy: figures through small-number suppression (unless the user turns it off), only
// the findings chosen for the output, and, without the opt-in, no case references and no text in
// which the identifier guard finds anything (the export is refused, listing each hit).
import type { OpenedDatabase } from '../../db/open';
import { dataAtRestFacts, type DataAtRestFacts } from '../data/at-rest-summary';
import { caseRowsForEvent } from '../../db/queries/cases';
import { startedAudits } from '../../db/queries/analysis';
import { disclosedSummary } from '../disclosure/figures';
import type { DisclosedSummary, EventDetail, Finding, Recommendation, SampleDrawView, DisclosedThemeTally } from '../contract/types';
import { escalationCounts } from '../../db/queries/escalations';
import { themeTally } from '../themes/service';
import { discloseThemeTally } from '../disclosure/counts';
import { assertNoIdentifiers, briefingFindings, reportFindings, type ExportChoices } from '../disclosure/free-text';
import { getSampleView } from '../sample/service';
import { frameworkForEvent, type EventFramework } from '../audits/event-framework';
import { getEvent } from '../events/service';
import { listFindings } from '../findings/service';
import { listRecommendations } from '../recommendations/service';
import { getSettings } from '../settings/service';
import { readNarratives, narrativeKey } from './narratives';
import { todayIso } from '../../model/dates';
import type { ReportTemplate } from './template';
import { gatherSectionData, type SectionData } from './section-data';

export interface ReportOptions extends ExportChoices {
  suppressSmallNumbers?: boolean;
  /** The previous event to compare with; by default the latest earlier event on the same framework. */
  compareWith?: number | null;
}

export interface ReportContent extends SectionData {
  template: ReportTemplate;
  event: EventDetail;
  framework: EventFramework;
  /** The figures through the disclosure policy: withheld ones carry no numbers. */
  summary: DisclosedSummary;
  /** The drawn sample with its profile through the disclosure policy; null when not drawn here. */
  sample: SampleDrawView | null;
  findings: Finding[];
  recommendations: Recommendation[];
  narrative: (sectionKey: string, criterionKey?: string) => string;
  /** The facilitator (Settings) and the partnership; empty when neither is recorded. */
  author: string;
  includeIdentifiers: boolean;
  caseReferences: string[];
  generatedOn: string;
  /** Where the data is kept, its encryption, last backup and retention date (the method section). */
  dataAtRest: DataAtRestFacts;
  /** How many agencies started an audit (not how many take part in the event). */
  agenciesAuditing: number;
  /** Safeguarding escalations as counts only: the report never names who, which case or what. */
  escalations: { raised: number; withOutcome: number; cases: number };
  /** Used themes, through the disclosure policy (small case counts withheld). */
  themes: DisclosedThemeTally[];
}

/** The most recent other event on the same framework with an earlier audit date. */
export function previousEventOf(store: OpenedDatabase, eventId: number): number | null {
  const event = getEvent(store.db, eventId);
  const row = store.sqlite
    .prepare(
      `SELECT e.id FROM events e JOIN framework_versions v ON v.id = e.framework_version_id JOIN frameworks f ON f.id = v.framework_id
       WHERE f.key = ? AND e.id <> ? AND e.archived_at IS NULL AND coalesce(e.audit_date, e.created_at) < coalesce(?, ?)
       ORDER BY coalesce(e.audit_date, e.created_at) DESC LIMIT 1`,
    )
    .pluck()
    .get(event.frameworkKey, eventId, event.auditDate, event.createdAt) as number | undefined;
  return row ?? null;
}

export function gatherReportContent(store: OpenedDatabase, template: ReportTemplate, eventId: number, options: ReportOptions = {}, output: 'report' | 'briefing' = 'report'): ReportContent {
  const db = store.db;
  const event = getEvent(db, eventId);
  const includeIdentifiers = options.includeIdentifiers ?? false;
  assertNoIdentifiers(db, template, eventId, output, options);
  const compareWith = options.compareWith === undefined ? previousEventOf(store, eventId) : options.compareWith;
  const narratives = readNarratives(db, eventId);
  const all = listFindings(db, eventId);
  const findings = output === 'report' ? reportFindings(all, options) : briefingFindings(all, options).quotes;
  return {
    template,
    event,
    framework: frameworkForEvent(db, eventId),
    summary: disclosedSummary(store, eventId, { compareWith: compareWith ?? undefined, suppressSmallNumbers: options.suppressSmallNumbers }),
    sample: getSampleView(db, eventId, options.suppressSmallNumbers ?? true),
    findings,
    recommendations: listRecommendations(db, eventId),
    narrative: (sectionKey, criterionKey = '') => narratives.get(narrativeKey(sectionKey, criterionKey))?.trim() ?? '',
    author: reportAuthor(getSettings(db).userName, event.partnership),
    includeIdentifiers,
    caseReferences: includeIdentifiers && output === 'report' ? caseRowsForEvent(db, eventId).map((c) => c.reference) : [],
    generatedOn: todayIso(),
    dataAtRest: dataAtRestFacts(store, eventId),
    agenciesAuditing: new Set(startedAudits(store.sqlite, eventId).map(([, agencyId]) => agencyId)).size,
    escalations: escalationCounts(db, eventId),
    themes: discloseThemeTally(themeTally(db, eventId), options.suppressSmallNumbers ?? true),
    ...gatherSectionData(store, eventId, { previousEventId: compareWith ?? null, includeIdentifiers, suppressSmallNumbers: options.suppressSmallNumbers ?? true }),
  };
}

export { percent } from '../../model/words';

/** "Sam Example, Anyshire Safeguarding Children Partnership": the facilitator named in Settings and the event's partnership; empty when neither is known, never the app's name. */
export function reportAuthor(facilitator: string, partnership: string | null): string {
  return [facilitator.trim(), partnership?.trim() ?? ''].filter(Boolean).join(', ');
}

export function formatDate(iso: string | null): string {
  if (!iso) return 'not set';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
