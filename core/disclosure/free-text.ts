// Which free text leaves the app in each output, and the identifier check on it. The exporters
// take their findings and actions from the same choices made here, so what is checked is exactly
// what is written: chosen findings and quotes, the report's narrative, recommendations and the
// event's own name and theme. (No output quotes moderation rationale or evidence: those leave
// only in the returns CSV, which is identifiable by design and recorded as such.)
import type { Queryable as Db } from '../../db/open';
import { findingKindLabels } from '../../model/labels';
import type { ValidationProblem } from '../../model/problems';
import { UserError } from '../../model/errors';
import { frameworkForEvent } from '../audits/event-framework';
import { getEvent } from '../events/service';
import type { Finding, Recommendation } from '../contract/types';
import { listFindings } from '../findings/service';
import { listRecommendations } from '../recommendations/service';
import { narrativeKey, readNarratives } from '../report/narratives';
import type { ReportTemplate } from '../report/template';
import { readDocumentControl } from '../report/document-control';
import { identifierGuardFor } from './guard-store';
import { describeHits, type IdentifierHit } from './identifier-guard';

export type Output = 'report' | 'briefing' | 'workbook' | 'presentation';

export interface ExportChoices {
  /** The user's opt-in to an identifiable export. */
  includeIdentifiers?: boolean;
  /** Findings not cleared as anonymised quotes that the user chose for an identifiable report. */
  findingIds?: number[];
  /** The briefing carries quotes only when the user ticks them in. */
  includeQuotes?: boolean;
}

/** A place whose text leaves the app, and where the user fixes it ("findings/12", "report/executive-summary", "actions/3", "event"). */
export interface TextPlace {
  where: string;
  fix: string;
  text: string;
}

export interface PlacedHits {
  where: string;
  fix: string;
  hits: Pick<IdentifierHit, 'kind' | 'text'>[];
}

/** The report's findings: those cleared as anonymised quotes, and in an identifiable report only the others the user chose. */
export function reportFindings(all: Finding[], choices: ExportChoices): Finding[] {
  const chosen = new Set(choices.includeIdentifiers ? (choices.findingIds ?? []) : []);
  return all.filter((f) => f.quoteForReport || chosen.has(f.id));
}

/**
 * The briefing circulates widely: cleared findings are anonymised quotes, so it carries them only
 * when the user ticks quotes in (its "what must change" is drawn from the figures instead).
 */
export function briefingFindings(all: Finding[], choices: ExportChoices): { quotes: Finding[] } {
  return { quotes: choices.includeQuotes ? all.filter((f) => f.quoteForReport) : [] };
}

/** The briefing's actions, each with its status: open before done, the event's own before one agency's feedback. */
export function briefingActions(all: Recommendation[]): Recommendation[] {
  const rank = (r: Recommendation) => (r.status === 'done' ? 2 : 0) + (r.caseId === null ? 0 : 1);
  return all.toSorted((a, b) => rank(a) - rank(b));
}

const findingPlace = (f: Finding): TextPlace => ({ where: `Finding ${f.id} (${findingKindLabels[f.kind].singular.toLowerCase()})`, fix: `findings/${f.id}`, text: f.text });

/** The template is needed for the report's narrative sections only. */
export function textsLeaving(db: Db, template: ReportTemplate | null, eventId: number, output: Output, choices: ExportChoices = {}): TextPlace[] {
  const event = getEvent(db, eventId);
  const findings = listFindings(db, eventId);
  const recommendations = listRecommendations(db, eventId);
  const order = new Map(recommendations.map((r, i) => [r.id, i + 1]));
  const actionPlace = (r: Recommendation): TextPlace => ({ where: `Recommendation ${order.get(r.id)}`, fix: `actions/${r.id}`, text: r.text });
  const measurePlace = (r: Recommendation): TextPlace => ({ where: `Recommendation ${order.get(r.id)}: its success measure`, fix: `actions/${r.id}`, text: r.successMeasure });
  const places: TextPlace[] = [
    { where: 'The event’s name', fix: 'event', text: event.name },
    { where: 'The event’s theme', fix: 'event', text: event.theme ?? '' },
  ];
  if (output === 'report') {
    places.push(...reportFindings(findings, choices).map(findingPlace), ...recommendations.map(actionPlace), ...recommendations.map(measurePlace));
    const narratives = readNarratives(db, eventId);
    const sections = template?.sections ?? [];
    const control = sections.find((s) => s.key === 'document-control');
    if (control) {
      const written = readDocumentControl(db, eventId);
      places.push({ where: `Report: ${control.heading}, version`, fix: 'report/document-control', text: written.version }, { where: `Report: ${control.heading}, distribution`, fix: 'report/document-control', text: written.distribution });
    }
    for (const s of sections.filter((s) => s.kind === 'narrative')) {
      places.push({ where: `Report: ${s.heading}`, fix: `report/${s.key}`, text: narratives.get(narrativeKey(s.key)) ?? '' });
    }
    const byCriterion = sections.find((s) => s.key === 'findings-by-criterion');
    if (byCriterion) {
      for (const c of frameworkForEvent(db, eventId).criteria) {
        places.push({ where: `Report: ${byCriterion.heading}, ${c.title}`, fix: `report/findings-by-criterion/${c.key}`, text: narratives.get(narrativeKey(byCriterion.key, c.key)) ?? '' });
      }
    }
  } else if (output === 'briefing') {
    places.push(...briefingFindings(findings, choices).quotes.map(findingPlace), ...briefingActions(recommendations).map(actionPlace));
  } else if (output === 'workbook') {
    places.push(...recommendations.map(actionPlace), ...recommendations.map(measurePlace));
  } else {
    places.push(...findings.filter((f) => f.quoteForReport).map(findingPlace), ...recommendations.map(actionPlace));
  }
  return places.filter((p) => p.text.trim() !== '');
}

/** Every place whose text holds an identifier, with what was found there. */
export function identifiersLeaving(db: Db, template: ReportTemplate | null, eventId: number, output: Output, choices: ExportChoices = {}): PlacedHits[] {
  const guard = identifierGuardFor(db);
  return textsLeaving(db, template, eventId, output, choices).flatMap(({ where, fix, text }) => {
    const hits = guard.scan(text).map(({ kind, text: t }) => ({ kind, text: t }));
    return hits.length ? [{ where, fix, hits }] : [];
  });
}

const outputNames: Record<Output, string> = { report: 'report', briefing: 'briefing', workbook: 'workbook', presentation: 'presentation' };

/**
 * An export without identifiers is refused while any text in it holds one; the error lists every
 * hit with the place to fix it (problems: path = where to fix, message = where and what).
 */
export function assertNoIdentifiers(db: Db, template: ReportTemplate | null, eventId: number, output: Output, choices: ExportChoices = {}): void {
  if (choices.includeIdentifiers) return;
  const found = identifiersLeaving(db, template, eventId, output, choices);
  if (found.length === 0) return;
  const problems: ValidationProblem[] = found.flatMap((p) => p.hits.map((h) => ({ path: p.fix, message: `${p.where}: ${describeHits([h])}` })));
  const what = problems.length === 1 ? 'one thing that could identify a child was found' : `${problems.length} things that could identify a child were found`;
  throw new UserError(
    `The ${outputNames[output]} was not exported without identifiers: ${what} in its text. Remove ${problems.length === 1 ? 'it' : 'them'} where listed, or export with identifiers.`,
    'IDENTIFIERS_FOUND',
    problems,
  );
}
