// What the 7-minute briefing says, page by page, as blocks the fitter can measure and trim. Every
// figure comes from the disclosed summary (a withheld criterion is ranked nowhere and its change is
// a note); changes since the last audit are worked out from the percentages shown, as in the report.
import { briefingActions, briefingFindings } from '../disclosure/free-text';
import { isShown, strongestAndWeakest } from '../disclosure/suppression';
import { changeInPoints, countOf, describeChange, describeChangeInWords, formatCount, percent } from '../../model/words';
import { recommendationStatusLabel } from '../../model/labels';
import { formatDate, type ReportContent, type ReportOptions } from './content';
import { clip, type BriefBlock, type PagePart } from './briefing-fit';

export const briefingHeadings = [
  'What we did',
  'What we found',
  'What good looks like',
  'What must change',
  'Questions for practitioners',
  'Actions',
  'Where to learn more',
] as const;

const h1 = (n: number, pageBreakBefore = false): BriefBlock => ({ kind: 'heading', level: 1, text: `${n + 1}. ${briefingHeadings[n]}`, pageBreakBefore });
const h2 = (text: string): BriefBlock => ({ kind: 'heading', level: 2, text });
const text = (t: string, italics = false): BriefBlock => ({ kind: 'text', text: t, italics });

function whatWeDid(content: ReportContent): BriefBlock[] {
  const { summary, event, framework } = content;
  const cases = summary.sample.casesAudited === 1 ? '1 child’s case file' : `${formatCount(summary.sample.casesAudited)} children’s case files`;
  return [
    text(`${event.auditDate ? `On ${formatDate(event.auditDate)}, ` : ''}${countOf(content.agenciesAuditing, 'agency', 'agencies')} audited ${cases} together against "${framework.framework.name}" (${countOf(framework.criteria.length, 'criterion', 'criteria')}), then met at a scrutiny event to agree what the findings mean.`),
    ...(event.theme ? [text(`The audit’s theme: ${event.theme}.`)] : []),
  ];
}

function whatWeFound(content: ReportContent, options: ReportOptions): PagePart[] {
  const { summary } = content;
  const { strongest, weakest } = strongestAndWeakest(summary);
  const all = summary.allCriteria;
  const moderated = summary.overall.moderated;
  const overall = all.suppressed
    ? `The figures come from fewer than ${summary.smallNumberThreshold} cases, so they are not shown.`
    : `${percent(all.goodOrBetter)} of all grades were good or better.${!moderated.suppressed && moderated.n > 0 ? ` Of the overall judgements agreed at moderation, ${percent(moderated.goodOrBetter)} were good or better.` : ''}`;
  // Quotes only when ticked in; italic and within quotation marks, as someone's words.
  const quotes = briefingFindings(content.findings, options).quotes.map((q) => clip(q.text, 240).replace(/^["“‘']?(.*?)["”’']?$/, '“$1”'));
  return [
    text(overall),
    ...strongest.map((c) => ({ kind: 'bullet' as const, text: `Stronger: ${c.title} (${percent(c.goodOrBetter)} good or better).` })),
    ...weakest.map((c) => ({ kind: 'bullet' as const, text: `Weaker: ${c.title} (${percent(c.goodOrBetter)} good or better).` })),
    ...(quotes.length ? [h2('In their words'), { kind: 'list' as const, items: quotes, quotes: true, keep: 1, trimOrder: 0, more: (left: number) => `${countOf(left, 'more quote')} ${left === 1 ? 'is' : 'are'} in the full report.`, prefer: 2 }] : []),
    ...sinceLastAudit(content),
  ];
}

/** Each criterion's change in points, biggest movements first, withheld ones last as notes. */
function sinceLastAudit(content: ReportContent): PagePart[] {
  const comp = content.summary.comparison;
  const withheld = `not shown: fewer than ${content.summary.smallNumberThreshold} cases`;
  if (!comp) return [h2('Since the last audit'), text('There is no earlier audit on this framework to compare with, so this audit is the baseline for the next.'), ...everyCriterion(content, withheld)];
  // A criterion nobody graded in either audit says nothing; a withheld one stays, as a note.
  const rows = comp.criteria.filter((c) => c.suppressed || c.previous.n + c.current.n > 0).map((c) => {
    if (c.suppressed) return { order: -1, cells: [c.title, 'not shown', 'not shown', withheld] };
    // From the percentages shown, so each row adds up as the reader sees it (48% → 44% is −4 points).
    const points = c.change === null ? null : changeInPoints(c.previous.goodOrBetter, c.current.goodOrBetter);
    return { order: points === null ? -0.5 : Math.abs(points), cells: [c.title, percent(c.previous.goodOrBetter), percent(c.current.goodOrBetter), describeChange(points)] };
  });
  return [
    h2(`Since the last audit (${comp.previous.name}, ${formatDate(comp.previous.auditDate)})`),
    {
      kind: 'list',
      columns: [{ header: 'Criterion', width: 5 }, { header: 'Last audit', width: 1.5 }, { header: 'This audit', width: 1.5 }, { header: 'Change (% good or better)', width: 2.2 }],
      items: rows.toSorted((a, b) => b.order - a.order).map((r) => r.cells),
      keep: 3,
      prefer: 6,
      trimOrder: 2,
      more: (left) => `${countOf(left, 'criterion', 'criteria')} that changed least ${left === 1 ? 'is' : 'are'} in the full report’s comparison.`,
    },
  ];
}

/** A first audit's page 1 has room for every criterion's figure, in the framework's order. */
function everyCriterion(content: ReportContent, withheld: string): PagePart[] {
  const rows = content.summary.criteria.filter((c) => c.suppressed || c.n > 0).map((c) => (c.suppressed ? [c.title, 'not shown', withheld] : [c.title, formatCount(c.n), percent(c.goodOrBetter)]));
  return [
    h2('Every criterion in this audit'),
    {
      kind: 'list',
      columns: [{ header: 'Criterion', width: 5 }, { header: 'Grades', width: 1.5 }, { header: '% good or better', width: 2.5 }],
      items: rows,
      keep: 3,
      prefer: 6,
      trimOrder: 2,
      more: (left) => `The other ${countOf(left, 'criterion', 'criteria')} ${left === 1 ? 'is' : 'are'} in the full report.`,
    },
  ];
}

function actions(content: ReportContent): PagePart[] {
  const listed = briefingActions(content.recommendations);
  if (listed.length === 0) return [text('The audit made no recommendations.')];
  const owner = (name: string | null) => name ?? 'Not yet assigned';
  return [
    {
      kind: 'list',
      columns: [{ header: 'Action', width: 6 }, { header: 'Owner', width: 2.2 }, { header: 'Due', width: 2.2 }, { header: 'Status', width: 1.5 }],
      items: listed.map((r) => [clip(r.text, 240), owner(r.ownerName), r.dueDate ? formatDate(r.dueDate) : 'No date set', `${recommendationStatusLabel(r.status)}${r.overdue ? ' (overdue)' : ''}`]),
      keep: 1,
      prefer: 3,
      trimOrder: 3,
      more: (left) => `${countOf(left, 'more action')} ${left === 1 ? 'is' : 'are'} in the full report’s action plan.`,
    },
  ];
}

/** Page 1: what we did, found and what good looks like; page 2: what must change and what next. */
export function briefingPages(content: ReportContent, options: ReportOptions): [PagePart[], PagePart[]] {
  const { summary, framework, event } = content;
  const { weakest } = strongestAndWeakest(summary);
  const criterion = (key: string) => framework.criterionByKey.get(key)!;
  const noFigures = text(`No criterion can be ranked: the figures of each come from fewer than ${summary.smallNumberThreshold} cases.`);
  // The partnership's own words from the figures, never a quote: the weakest criteria and how they moved.
  const moved = new Map((summary.comparison?.criteria ?? []).filter(isShown).map((c) => [c.key, c.change === null ? null : changeInPoints(c.previous.goodOrBetter, c.current.goodOrBetter)]));
  const movement = (key: string) => (moved.get(key) == null ? '' : `, ${describeChangeInWords(moved.get(key)!)} since the last audit`);
  const mustChange = weakest.map((c) => `${c.title} must improve: ${percent(c.goodOrBetter)} of grades were good or better${movement(c.key)}.`);
  const questions = weakest.flatMap((c) => criterion(c.key).guidance.slice(0, 2));
  const list = (items: string[], keep: number, trimOrder: number, more: (left: number) => string): PagePart[] =>
    items.length ? [{ kind: 'list', items, keep, prefer: 3, trimOrder, more }] : [noFigures];
  const first: PagePart[] = [
    { kind: 'title', text: '7-minute briefing' },
    { kind: 'text', size: 12, text: [event.name, event.partnership, event.auditDate && formatDate(event.auditDate)].filter(Boolean).join(' · ') },
    h1(0),
    ...whatWeDid(content),
    h1(1),
    ...whatWeFound(content, options),
    h1(2),
    ...list(weakest.map((c) => `${c.title}: ${clip(criterion(c.key).whatGoodLooksLike, 300)}`), 1, 1, (left) => `What good looks like for ${countOf(left, 'more criterion', 'more criteria')} is in the framework appendix of the full report.`),
  ];
  const second: PagePart[] = [
    h1(3, true),
    ...list(mustChange, 1, 1, () => 'The full report sets out every area for development.'),
    h1(4),
    ...list(questions.slice(0, 6), 2, 0, () => 'More questions are in the framework’s guidance.'),
    h1(5),
    ...actions(content),
    h1(6),
    text(`Read the full audit report from ${event.partnership || 'the safeguarding children partnership'}, the neglect strategy and its toolkit (including the Graded Care Profile 2), or contact the partnership business unit.`),
    text(content.author ? `Prepared by ${content.author} on ${formatDate(content.generatedOn)}.` : `Prepared on ${formatDate(content.generatedOn)}.`),
  ];
  return [first, second];
}
