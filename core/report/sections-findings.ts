// Report sections about what the audit found: per criterion (chart, table, conclusions, quotes),
// by agency (a shaded native table), good practice, areas for development, the action plan and
// the comparison with the previous audit.
import { levelName } from '../../model/grade-keys';
import { formatDate, percent } from './content';
import { changeInPoints, countOf, describeChange, formatCount } from '../../model/words';
import { agencyTable } from './agency-table';
import { bullet, heading, narrative, para, picture, table } from './docx-kit';
import type { Block, SectionContext } from './sections-context';
import { progressRatingLabel, recommendationStatusLabel } from '../../model/labels';
import type { FindingKind } from '../../model/statuses';

export function findingsByCriterion(ctx: SectionContext): Block[] {
  const { summary, findings, framework } = ctx.content;
  const levels = framework.framework.scale.levels;
  const blocks: Block[] = [];
  const overview = ctx.charts.get('good-or-better');
  if (overview) blocks.push(picture(overview.png, overview.widthPt, { title: overview.title, description: overview.alt }));
  for (const c of summary.criteria) {
    blocks.push(heading(c.title, 2));
    if (c.suppressed) {
      blocks.push(para(`The grades for this criterion come from fewer than ${summary.smallNumberThreshold} cases, so the figures are not shown.`, { italics: true }));
      blocks.push(...narrative(ctx.content.narrative('findings-by-criterion', c.key)));
      continue;
    }
    if (c.small) blocks.push(para(`These figures come from fewer than ${summary.smallNumberThreshold} cases and are shown at the author’s request: read them with care.`, { italics: true }));
    const chart = ctx.charts.get(`criterion:${c.key}`);
    if (chart) blocks.push(picture(chart.png, chart.widthPt, { title: chart.title, description: chart.alt }));
    blocks.push(
      table(
        ctx.content.template.style,
        [{ header: 'Grade', width: 3 }, { header: 'Grades', align: 'right' }, { header: 'Share of graded', align: 'right' }],
        [
          ...levels.map((l) => {
            const count = c.distribution[String(l.value)] ?? 0;
            return { cells: [levelName(l), formatCount(count), c.n ? percent(count / c.n) : '–'] };
          }),
          { cells: [`${framework.notApplicableLabel} (not scored)`, formatCount(c.notApplicable), '–'] },
          { cells: [`All graded; good or better`, formatCount(c.n), percent(c.goodOrBetter)] },
        ],
      ),
    );
    const moderated = summary.moderated.find((m) => m.key === c.key);
    if (moderated && !moderated.suppressed && moderated.n > 0) blocks.push(para(`After moderation, ${percent(moderated.goodOrBetter)} of the ${countOf(moderated.n, 'agreed grade')} were good or better.`));
    blocks.push(...narrative(ctx.content.narrative('findings-by-criterion', c.key)));
    const quotes = findings.filter((f) => f.quoteForReport && f.criterionKeys.includes(c.key));
    for (const q of quotes) blocks.push(para(q.text, { italics: true }));
  }
  return blocks;
}

export function findingsByAgency(ctx: SectionContext): Block[] {
  return agencyTable(ctx);
}

function findingsOfKind(ctx: SectionContext, kind: FindingKind, empty: string): Block[] {
  const list = ctx.content.findings.filter((f) => f.kind === kind);
  const titles = new Map(ctx.content.framework.criteria.map((c) => [c.key, c.title]));
  if (list.length === 0) return [para(empty, { italics: true })];
  return list.map((f) => bullet(`${f.text}${f.criterionKeys.length ? ` (${f.criterionKeys.map((k) => titles.get(k) ?? k).join('; ')})` : ''}`));
}

export function goodPractice(ctx: SectionContext): Block[] {
  return findingsOfKind(ctx, 'good-practice', 'No example of good practice was chosen for this report.');
}

export function areasForDevelopment(ctx: SectionContext): Block[] {
  return [...findingsOfKind(ctx, 'area-for-development', 'No area for development was chosen for this report.'), ...findingsOfKind(ctx, 'theme', 'No theme was chosen for this report.')];
}

export function recommendations(ctx: SectionContext): Block[] {
  const recs = ctx.content.recommendations;
  if (recs.length === 0) return [para('The audit made no recommendations.')];
  return [
    table(
      ctx.content.template.style,
      [{ header: 'Recommendation', width: 3 }, { header: 'Success measure', width: 2.3 }, { header: 'Owner', width: 1.6 }, { header: 'Due', width: 1.4 }, { header: 'Status', width: 1.6 }, { header: 'Progress', width: 1.6 }],
      recs.map((r) => ({
        cells: [
          `${r.text}${r.carriedFromEvent ? ` (carried forward from ${r.carriedFromEvent})` : ''}`,
          r.successMeasure || 'not yet agreed',
          r.ownerName ?? 'not assigned',
          formatDate(r.dueDate),
          `${recommendationStatusLabel(r.status)}${r.overdue ? ' (overdue)' : ''}`,
          progressRatingLabel(r.progressRating),
        ],
      })),
    ),
  ];
}

export function comparison(ctx: SectionContext): Block[] {
  const comp = ctx.content.summary.comparison;
  if (!comp) return [para('There is no earlier audit on the same framework to compare with.', { italics: true })];
  const blocks: Block[] = [para(`Compared with ${comp.previous.name} (${formatDate(comp.previous.auditDate)}).`)];
  const chart = ctx.charts.get('comparison');
  if (chart) blocks.push(picture(chart.png, chart.widthPt, { title: chart.title, description: chart.alt }));
  blocks.push(
    table(
      ctx.content.template.style,
      [{ header: 'Criterion', width: 3 }, { header: 'Previous', align: 'right' }, { header: 'This audit', align: 'right' }, { header: 'Change', align: 'right' }],
      comp.criteria.map((c) => ({
        cells: c.suppressed
          ? [c.title, 'not shown', 'not shown', `not shown: fewer than ${ctx.content.summary.smallNumberThreshold} cases`]
          : [
              c.title,
              `${percent(c.previous.goodOrBetter)} of ${formatCount(c.previous.n)}`,
              `${percent(c.current.goodOrBetter)} of ${formatCount(c.current.n)}`,
              // From the percentages shown, so the row adds up as the reader sees it (48% → 44% is −4).
              c.change === null ? 'not comparable' : describeChange(changeInPoints(c.previous.goodOrBetter, c.current.goodOrBetter)),
            ],
      })),
    ),
  );
  return blocks;
}
