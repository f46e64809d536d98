// One definition per figure, as a Vega-Lite spec built from the summary's numbers. The same spec
// is drawn in the dashboard, exported as SVG or PNG, and embedded in the Word report, with a text
// alternative written from the same numbers. Figures come disclosed (core/disclosure): a
// suppressed criterion has no numbers to draw, so it is left out and the alt text says so.
import { levelName } from '../../model/grade-keys';
import type { TopLevelSpec } from 'vega-lite';
import { isShown } from '../disclosure/suppression';
import type { DisclosedSummary } from '../contract/types';
import { currentEventColour, levelColours, previousEventColour } from './palette';
import { UserError } from '../../model/errors';
import type { FigureKind } from '../../model/figures';

export interface Figure {
  kind: FigureKind;
  title: string;
  spec: TopLevelSpec;
  /** Alt text for the picture: what it shows, in numbers. */
  alt: string;
}

const font = 'Liberation Sans';
const percent = (x: number | null) => (x === null ? 'no grades' : `${Math.round(x * 100)}%`);

function config(): TopLevelSpec['config'] {
  return {
    font,
    view: { stroke: null },
    axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#1b1b1b', titleColor: '#1b1b1b', gridColor: '#e4e4e4' },
    legend: { labelFontSize: 12, titleFontSize: 12, orient: 'bottom', labelLimit: 0 },
    title: { fontSize: 15, anchor: 'start', color: '#1b1b1b' },
  };
}

/** The summary as the charts see it: only criteria (and comparisons) whose figures may be shown. */
type ChartSummary = Omit<DisclosedSummary, 'criteria' | 'comparison'> & {
  criteria: Extract<DisclosedSummary['criteria'][number], { suppressed: false }>[];
  comparison: { previous: { name: string }; criteria: Extract<NonNullable<DisclosedSummary['comparison']>['criteria'][number], { suppressed: false }>[] } | null;
  withheld: number;
  comparisonWithheld: number;
};

function withheldNote(summary: ChartSummary): string {
  if (summary.withheld === 0) return '';
  return ` ${summary.withheld === 1 ? '1 criterion is' : `${summary.withheld} criteria are`} left out: their figures come from fewer than ${summary.smallNumberThreshold} cases.`;
}

function scaleEncoding(summary: ChartSummary) {
  const labels = summary.scale.levels.map(levelName);
  return { domain: labels, range: levelColours(labels.length) };
}

/** Share of each grade per criterion, as stacked bars (N/A left out: it is not a score). */
function distribution(summary: ChartSummary): Figure {
  const values = summary.criteria.flatMap((c) =>
    summary.scale.levels.map((l, order) => ({ criterion: c.title, level: levelName(l), order, count: c.distribution[String(l.value)] ?? 0, n: c.n })),
  );
  const alt = `Stacked bar chart of grades for each of ${summary.criteria.length} criteria. ` + summary.criteria
    .map((c) => `${c.title}: ${c.n} grades, ${percent(c.goodOrBetter)} good or better (${summary.scale.levels.map((l) => `${levelName(l)}: ${c.distribution[String(l.value)] ?? 0}`).join(', ')}).`)
    .join(' ') + withheldNote(summary);
  return {
    kind: 'distribution',
    title: 'Grades by criterion',
    alt,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: 'Grades by criterion',
      width: 520,
      height: { step: 22 },
      data: { values },
      transform: [{ filter: 'datum.n > 0' }, { joinaggregate: [{ op: 'sum', field: 'count', as: 'total' }], groupby: ['criterion'] }, { calculate: 'datum.count / datum.total', as: 'share' }],
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'criterion', type: 'nominal', sort: null, title: null, axis: { labelLimit: 0 } },
        x: { field: 'share', type: 'quantitative', stack: 'normalize', axis: { format: '%', title: 'Share of grades' } },
        color: { field: 'level', type: 'nominal', scale: scaleEncoding(summary), title: 'Grade' },
        order: { field: 'order', type: 'quantitative' },
        tooltip: [{ field: 'criterion' }, { field: 'level' }, { field: 'count' }],
      },
      config: config(),
    },
  };
}

/** % good or better per criterion, highest need first. */
function goodOrBetter(summary: ChartSummary): Figure {
  const values = summary.criteria.filter((c) => c.goodOrBetter !== null).map((c) => ({ criterion: c.title, share: c.goodOrBetter, n: c.n }));
  const alt = `Bar chart of the share of grades that are good or better for each criterion. ` + summary.criteria.map((c) => `${c.title}: ${percent(c.goodOrBetter)} of ${c.n}.`).join(' ') + withheldNote(summary);
  return {
    kind: 'good-or-better',
    title: '% good or better by criterion',
    alt,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: '% good or better by criterion',
      width: 520,
      height: { step: 22 },
      data: { values },
      layer: [
        { mark: { type: 'bar', color: currentEventColour }, encoding: { x: { field: 'share', type: 'quantitative', scale: { domain: [0, 1] }, axis: { format: '%', title: '% good or better' } } } },
        { mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 }, encoding: { x: { field: 'share', type: 'quantitative' }, text: { field: 'share', type: 'quantitative', format: '.0%' } } },
      ],
      encoding: { y: { field: 'criterion', type: 'nominal', sort: null, title: null, axis: { labelLimit: 0 } } },
      config: config(),
    },
  };
}

/** One criterion's grades: a bar per level, for its slide and its page of the report. */
function criterion(summary: ChartSummary, key: string): Figure {
  const c = summary.criteria.find((x) => x.key === key);
  if (!c) throw new UserError(`The figures for every criterion come from fewer than ${summary.smallNumberThreshold} cases and are suppressed.`, 'SUPPRESSED');
  const values = summary.scale.levels.map((l, order) => ({ level: levelName(l), order, count: c.distribution[String(l.value)] ?? 0 }));
  const alt = `Bar chart of the ${c.n} grades for ${c.title}: ${values.map((v) => `${v.level}: ${v.count}`).join(', ')}; ${percent(c.goodOrBetter)} good or better${c.notApplicable ? `; ${c.notApplicable} not applicable (not scored)` : ''}.`;
  return {
    kind: 'criterion',
    title: c.title,
    alt,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: c.title,
      width: 420,
      height: 220,
      data: { values },
      layer: [
        { mark: { type: 'bar' }, encoding: { color: { field: 'level', type: 'nominal', scale: scaleEncoding(summary), legend: null } } },
        { mark: { type: 'text', dy: -6, fontSize: 12 }, encoding: { text: { field: 'count', type: 'quantitative' } } },
      ],
      encoding: {
        x: { field: 'level', type: 'nominal', sort: null, title: null, axis: { labelAngle: 0, labelLimit: 0 } },
        y: { field: 'count', type: 'quantitative', title: 'Grades', axis: { tickMinStep: 1 } },
      },
      config: config(),
    },
  };
}

/** % good or better now and at the previous event, per criterion. */
function comparison(summary: ChartSummary): Figure {
  if (!summary.comparison) throw new Error('The summary has no comparison.');
  const prevLabel = `Previous (${summary.comparison.previous.name})`;
  const nowLabel = `This audit (${summary.event.name})`;
  const values = summary.comparison.criteria.flatMap((c) => [
    { criterion: c.title, when: prevLabel, share: c.previous.goodOrBetter },
    { criterion: c.title, when: nowLabel, share: c.current.goodOrBetter },
  ]).filter((v) => v.share !== null);
  const alt = `Grouped bar chart comparing % good or better with the previous audit. ` + summary.comparison.criteria
    .map((c) => `${c.title}: ${percent(c.previous.goodOrBetter)} then, ${percent(c.current.goodOrBetter)} now${c.change === null ? '' : ` (${c.change >= 0 ? 'up' : 'down'} ${Math.abs(Math.round(c.change * 100))} points)`}.`)
    .join(' ') + withheldNote({ ...summary, withheld: summary.comparisonWithheld });
  return {
    kind: 'comparison',
    title: 'Change since the previous audit',
    alt,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: 'Change since the previous audit',
      width: 520,
      height: { step: 12 },
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'criterion', type: 'nominal', sort: null, title: null, axis: { labelLimit: 0 } },
        yOffset: { field: 'when', sort: [prevLabel, nowLabel] },
        x: { field: 'share', type: 'quantitative', scale: { domain: [0, 1] }, axis: { format: '%', title: '% good or better' } },
        color: { field: 'when', type: 'nominal', scale: { domain: [prevLabel, nowLabel], range: [previousEventColour, currentEventColour] }, title: null },
      },
      config: config(),
    },
  };
}

/** A chart from the disclosed figures: criteria whose figures are withheld are not drawn. */
export function buildFigure(disclosed: DisclosedSummary, kind: FigureKind, criterionKey?: string): Figure {
  const criteria = disclosed.criteria.filter(isShown);
  if (kind === 'criterion' && criterionKey && !criteria.some((c) => c.key === criterionKey)) {
    if (!disclosed.criteria.some((c) => c.key === criterionKey)) throw new UserError(`No criterion ${criterionKey} in this event's framework.`, 'UNKNOWN_CRITERION');
    throw new UserError(`The figures for this criterion come from fewer than ${disclosed.smallNumberThreshold} cases and are suppressed.`, 'SUPPRESSED');
  }
  if (kind === 'comparison' && !disclosed.comparison) throw new UserError('Choose an event to compare with.', 'NO_COMPARISON');
  const summary: ChartSummary = {
    ...disclosed,
    criteria,
    comparison: disclosed.comparison && { previous: disclosed.comparison.previous, criteria: disclosed.comparison.criteria.filter(isShown) },
    withheld: disclosed.criteria.length - criteria.length,
    comparisonWithheld: disclosed.comparison?.criteria.filter((c) => c.suppressed).length ?? 0,
  };
  switch (kind) {
    case 'distribution':
      return distribution(summary);
    case 'good-or-better':
      return goodOrBetter(summary);
    case 'criterion':
      return criterion(summary, criterionKey ?? summary.criteria[0]?.key ?? '');
    case 'comparison':
      return comparison(summary);
  }
}
