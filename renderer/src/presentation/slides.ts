// The slide sequence for the scrutiny event, worked out from the summary, the findings and the
// recommendations. Only findings marked as anonymised quotes for the report carry text onto a
// slide; nothing here knows a case reference.
import type { DisclosedSummary } from '../../../core/disclosure/suppression';
import type { Finding } from '../../../core/findings/service';
import type { Recommendation } from '../../../core/recommendations/service';

export type Slide =
  | { kind: 'title'; title: string }
  | { kind: 'overview'; title: string }
  | { kind: 'comparison'; title: string }
  | { kind: 'criterion'; title: string; key: string; themes: string[]; quotes: string[] }
  | { kind: 'findings'; title: string; texts: string[]; empty: string }
  | { kind: 'recommendations'; title: string; items: Recommendation[] };

/** The texts that may be shown: marked for the report, in the order they were written. */
export function shownTexts(findings: Finding[]): string[] {
  return findings.filter((f) => f.quoteForReport).map((f) => f.text);
}

export function buildSlides(summary: DisclosedSummary, findings: Finding[], recommendations: Recommendation[]): Slide[] {
  const cleared = findings.filter((f) => f.quoteForReport);
  const slides: Slide[] = [
    { kind: 'title', title: summary.event.name },
    { kind: 'overview', title: 'Overview' },
  ];
  if (summary.comparison) slides.push({ kind: 'comparison', title: `Change since ${summary.comparison.previous.name}` });
  for (const c of summary.criteria) {
    const linked = cleared.filter((f) => f.criterionKeys.includes(c.key));
    slides.push({
      kind: 'criterion',
      title: c.title,
      key: c.key,
      themes: shownTexts(linked.filter((f) => f.kind === 'theme')),
      quotes: shownTexts(linked.filter((f) => f.kind !== 'theme')),
    });
  }
  slides.push(
    { kind: 'findings', title: 'Good practice', texts: shownTexts(cleared.filter((f) => f.kind === 'good-practice')), empty: 'No good practice has been cleared for presentation yet.' },
    {
      kind: 'findings',
      title: 'Areas for development',
      texts: shownTexts(cleared.filter((f) => f.kind === 'area-for-development')),
      empty: 'No areas for development have been cleared for presentation yet.',
    },
    { kind: 'recommendations', title: 'Recommendations', items: recommendations },
  );
  return slides;
}
