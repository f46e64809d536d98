// The slide sequence for the scrutiny event, worked out from the summary, the quotes and the
// recommendations. The core sends only findings marked as anonymised quotes for the report
// (findings.list with quotesOnly), so nothing else can reach a slide.
import type { DisclosedSummary, Finding, Recommendation } from '@contract/types';

export type Slide =
  | { kind: 'title'; title: string }
  | { kind: 'overview'; title: string }
  | { kind: 'comparison'; title: string }
  | { kind: 'criterion'; title: string; key: string; themes: string[]; quotes: string[] }
  | { kind: 'findings'; title: string; texts: string[]; empty: string }
  | { kind: 'recommendations'; title: string; items: Recommendation[] };

const texts = (findings: Finding[]): string[] => findings.map((f) => f.text);

/** `quotes`: the findings cleared as anonymised quotes, in the order they were written. */
export function buildSlides(summary: DisclosedSummary, quotes: Finding[], recommendations: Recommendation[]): Slide[] {
  const slides: Slide[] = [
    { kind: 'title', title: summary.event.name },
    { kind: 'overview', title: 'Overview' },
  ];
  if (summary.comparison) slides.push({ kind: 'comparison', title: `Change since ${summary.comparison.previous.name}` });
  for (const c of summary.criteria) {
    const linked = quotes.filter((f) => f.criterionKeys.includes(c.key));
    slides.push({
      kind: 'criterion',
      title: c.title,
      key: c.key,
      themes: texts(linked.filter((f) => f.kind === 'theme')),
      quotes: texts(linked.filter((f) => f.kind !== 'theme')),
    });
  }
  slides.push(
    { kind: 'findings', title: 'Good practice', texts: texts(quotes.filter((f) => f.kind === 'good-practice')), empty: 'No good practice has been cleared for presentation yet.' },
    {
      kind: 'findings',
      title: 'Areas for development',
      texts: texts(quotes.filter((f) => f.kind === 'area-for-development')),
      empty: 'No areas for development have been cleared for presentation yet.',
    },
    { kind: 'recommendations', title: 'Recommendations', items: recommendations },
  );
  return slides;
}
