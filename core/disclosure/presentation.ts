// The presentation-safe view: everything a slide may show, and nothing else. Figures come through
// the suppression policy, texts only from findings cleared as anonymised quotes and from
// recommendations, and any text in which the identifier guard finds something is replaced by a
// note saying it was withheld and why. No case reference, case list or uncleared finding is in
// here, so the presentation page cannot show one even by mistake.
import type { Queryable as Db, OpenedDatabase } from '../../db/open';
import type { Finding, PresentationView, Slide, SlideText } from '../contract/types';
import { getEvent, listEvents } from '../events/service';
import { listFindings } from '../findings/service';
import { listRecommendations } from '../recommendations/service';
import { disclosedSummary } from './figures';
import { identifierGuardFor } from './guard-store';
import { describeKinds } from './identifier-guard';

/** A text as it may leave the app: withheld with the reason when the identifier guard finds anything in it. */
export function slideText(db: Db): (text: string, what: string) => SlideText {
  const guard = identifierGuardFor(db);
  return (text, what) => {
    const hits = guard.scan(text);
    return hits.length ? { withheld: true, reason: `${what} was withheld: it contains ${describeKinds(hits)}.` } : { withheld: false, text };
  };
}

export function presentationView(store: OpenedDatabase, eventId: number, options: { compareWith?: number; suppressSmallNumbers?: boolean } = {}): PresentationView {
  const db = store.db;
  const event = getEvent(db, eventId);
  const summary = disclosedSummary(store, eventId, options);
  const quotes = listFindings(db, eventId, { quotesOnly: true });
  const safe = slideText(db);
  const quoted = (findings: Finding[]) => findings.map((f) => safe(f.text, f.kind === 'theme' ? 'A theme' : 'A quote'));
  const changes = new Map(summary.comparison?.criteria.map((c) => [c.key, c]) ?? []);

  const slides: Slide[] = [
    { kind: 'title', title: event.name, theme: event.theme, partnership: event.partnership, auditDate: event.auditDate, frameworkName: event.frameworkName, classification: event.classification },
    {
      kind: 'overview',
      title: 'Overview',
      sample: { cases: summary.sample.cases, casesAudited: summary.sample.casesAudited, audits: summary.sample.audits, agencies: summary.sample.agencies },
      overall: summary.overall.single.suppressed ? summary.overall.single : { n: summary.overall.single.n, goodOrBetter: summary.overall.single.goodOrBetter, suppressed: false, small: summary.overall.single.small },
    },
  ];
  if (summary.comparison) slides.push({ kind: 'comparison', title: `Change since ${summary.comparison.previous.name}` });
  for (const c of summary.criteria) {
    const linked = quotes.filter((f) => f.criterionKeys.includes(c.key));
    const change = changes.get(c.key);
    slides.push({
      kind: 'criterion',
      title: c.title,
      key: c.key,
      domain: c.domain,
      figures: c.suppressed ? { suppressed: true, small: true } : { n: c.n, goodOrBetter: c.goodOrBetter, mean: c.mean, suppressed: false, small: c.small },
      change: !change ? null : change.suppressed ? { suppressed: true, small: true } : { change: change.change, suppressed: false, small: change.small },
      themes: quoted(linked.filter((f) => f.kind === 'theme')),
      quotes: quoted(linked.filter((f) => f.kind !== 'theme')),
    });
  }
  slides.push(
    { kind: 'findings', title: 'Good practice', texts: quoted(quotes.filter((f) => f.kind === 'good-practice')), empty: 'No good practice has been cleared for presentation yet.' },
    { kind: 'findings', title: 'Areas for development', texts: quoted(quotes.filter((f) => f.kind === 'area-for-development')), empty: 'No areas for development have been cleared for presentation yet.' },
    {
      kind: 'recommendations',
      title: 'Recommendations',
      items: listRecommendations(db, eventId).map((r) => ({ text: safe(r.text, 'A recommendation'), ownerName: r.ownerName, dueDate: r.dueDate, status: r.status })),
    },
  );
  return {
    event: { name: event.name, classification: event.classification },
    smallNumberThreshold: summary.smallNumberThreshold,
    suppressSmallNumbers: summary.suppressSmallNumbers,
    comparedWith: summary.comparison?.previous.name ?? null,
    compareOptions: listEvents(db).filter((e) => e.id !== eventId && e.frameworkKey === event.frameworkKey).map((e) => ({ id: e.id, name: e.name })),
    slides,
  };
}
