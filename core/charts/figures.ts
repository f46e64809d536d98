// One definition per figure, as a Vega-Lite spec built from the summary's numbers. The same spec
// is drawn in the dashboard, exported as SVG or PNG, and embedded in the Word report, with a text
// alternative written from the same numbers. Figures come disclosed (core/disclosure): a
// suppressed criterion has no numbers to draw, so it is left out and the alt text says so.
import { levelName } from '../../model/grade-keys';
import type { TopLevelSpec } from 'vega-lite';
import { isShown } from '../disclosure/suppression';
import type { DisclosedSummary } from '../contract/types';
import { currentEventColour, labelColourOn, levelColours, previousEventColour, singleSeriesColour } from './palette';
import { categoryAxis, fontSize, labelWidth, plotWidth, rowHeight, titleLines, wrapLabel, type Wrapped } from './layout';
import { changeInPoints as changeShown, describeChangeInWords, percent } from '../../model/words';
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

// Sized for print: one SVG pixel is one printed point (the report places each picture at its own
// width), so text drawn at 11 px prints at 11 pt, and no chart is wider than a portrait page's text.
function config(): TopLevelSpec['config'] {
  return {
    font,
    view: { stroke: null },
    axis: { labelFontSize: fontSize, titleFontSize: fontSize, labelColor: '#1b1b1b', titleColor: '#1b1b1b', gridColor: '#d0d0d0' },
    legend: { labelFontSize: fontSize, titleFontSize: fontSize, orient: 'bottom', labelLimit: 0, symbolStrokeColor: '#1b1b1b', symbolStrokeWidth: 0.5 },
    title: { fontSize: fontSize + 2, anchor: 'start', color: '#1b1b1b', limit: 440 },
  };
}

/** Criterion titles wrapped to the label column, with the row height the longest needs. */
function wrappedTitles(titles: string[]): { wrap: (title: string) => string; row: number } {
  const wrapped = new Map<string, Wrapped>(titles.map((t) => [t, wrapLabel(t, labelWidth)]));
  const lines = Math.max(1, ...[...wrapped.values()].map((w) => w.lines));
  return { wrap: (t) => wrapped.get(t)!.text, row: rowHeight(lines) };
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

/** The text colour on each level's bar (black on mid tones, white on dark), as a Vega-Lite condition chain. */
function labelColours(summary: ChartSummary) {
  const labels = summary.scale.levels.map(levelName);
  const fills = levelColours(labels.length);
  return { domain: labels, range: fills.map(labelColourOn) };
}

/** Share of each grade per criterion, as stacked bars (N/A left out: it is not a score), each segment labelled with its count. */
function distribution(summary: ChartSummary): Figure {
  const titles = wrappedTitles(summary.criteria.map((c) => c.title));
  const values = summary.criteria.flatMap((c) =>
    summary.scale.levels.map((l, order) => ({ criterion: c.title, label: titles.wrap(c.title), level: levelName(l), order, count: c.distribution[String(l.value)] ?? 0, n: c.n })),
  );
  const alt = `Stacked bar chart of grades for each of ${summary.criteria.length} criteria. ` + summary.criteria
    .map((c) => `${c.title}: ${c.n} grades, ${percent(c.goodOrBetter)} good or better (${summary.scale.levels.map((l) => `${levelName(l)}: ${c.distribution[String(l.value)] ?? 0}`).join(', ')}).`)
    .join(' ') + withheldNote(summary);
  const x = { field: 'share', type: 'quantitative' as const, stack: 'normalize' as const, axis: { format: '%', title: 'Share of grades' } };
  return {
    kind: 'distribution',
    title: 'Grades by criterion',
    alt,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: 'Grades by criterion',
      width: plotWidth - 24,
      height: titles.row * summary.criteria.length,
      data: { values },
      transform: [{ filter: 'datum.n > 0' }, { joinaggregate: [{ op: 'sum', field: 'count', as: 'total' }], groupby: ['criterion'] }, { calculate: 'datum.count / datum.total', as: 'share' }],
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, title: null, axis: categoryAxis(labelWidth) },
        order: { field: 'order', type: 'quantitative' },
      },
      layer: [
        {
          mark: { type: 'bar', stroke: '#ffffff', strokeWidth: 1 },
          encoding: { x, color: { field: 'level', type: 'nominal', scale: scaleEncoding(summary), title: 'Grade', legend: { orient: 'none', direction: 'vertical', legendX: -labelWidth, legendY: titles.row * summary.criteria.length + 44 } }, tooltip: [{ field: 'criterion' }, { field: 'level' }, { field: 'count' }] },
        },
        // The count on each segment wide enough to hold it: the grade is read without its colour.
        {
          mark: { type: 'text', fontSize, baseline: 'middle' },
          transform: [{ filter: 'datum.share >= 0.08' }],
          encoding: {
            x: { ...x, bandPosition: 0.5 },
            text: { field: 'count', type: 'quantitative' },
            color: { field: 'level', type: 'nominal', scale: labelColours(summary), legend: null },
          },
        },
      ],
      resolve: { scale: { color: 'independent' } },
      config: config(),
    },
  };
}

/** % good or better per criterion, in the framework's order, each bar labelled with its figure. */
function goodOrBetter(summary: ChartSummary): Figure {
  const titles = wrappedTitles(summary.criteria.map((c) => c.title));
  const values = summary.criteria.filter((c) => c.goodOrBetter !== null).map((c) => ({ criterion: c.title, label: titles.wrap(c.title), share: c.goodOrBetter, n: c.n }));
  const alt = `Bar chart of the share of grades that are good or better for each criterion. ` + summary.criteria.map((c) => `${c.title}: ${percent(c.goodOrBetter)} of ${c.n}.`).join(' ') + withheldNote(summary);
  return {
    kind: 'good-or-better',
    title: '% good or better by criterion',
    alt,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: '% good or better by criterion',
      width: plotWidth,
      height: titles.row * values.length,
      data: { values },
      layer: [
        { mark: { type: 'bar', color: singleSeriesColour }, encoding: { x: { field: 'share', type: 'quantitative', scale: { domain: [0, 1] }, axis: { format: '%', title: '% good or better' } } } },
        { mark: { type: 'text', align: 'left', dx: 4, fontSize }, encoding: { x: { field: 'share', type: 'quantitative' }, text: { field: 'share', type: 'quantitative', format: '.0%' } } },
      ],
      encoding: { y: { field: 'label', type: 'nominal', sort: null, title: null, axis: categoryAxis(labelWidth) }, tooltip: [{ field: 'criterion' }, { field: 'share', format: '.0%' }, { field: 'n' }] },
      config: config(),
    },
  };
}

/** One criterion's grades: a bar per level, named under it and counted above it, for its slide and its page of the report. */
function criterion(summary: ChartSummary, key: string): Figure {
  const c = summary.criteria.find((x) => x.key === key);
  if (!c) throw new UserError(`The figures for every criterion come from fewer than ${summary.smallNumberThreshold} cases and are suppressed.`, 'SUPPRESSED');
  const levels = summary.scale.levels;
  const width = 360;
  const values = levels.map((l, order) => ({ level: levelName(l), label: wrapLabel(levelName(l), width / levels.length - 8).text, order, count: c.distribution[String(l.value)] ?? 0 }));
  const alt = `Bar chart of the ${c.n} grades for ${c.title}: ${values.map((v) => `${v.level}: ${v.count}`).join(', ')}; ${percent(c.goodOrBetter)} good or better${c.notApplicable ? `; ${c.notApplicable} not applicable (not scored)` : ''}.`;
  return {
    kind: 'criterion',
    title: c.title,
    alt,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: { text: titleLines(c.title) },
      width,
      height: 170,
      data: { values },
      layer: [
        { mark: { type: 'bar' }, encoding: { color: { field: 'level', type: 'nominal', scale: scaleEncoding(summary), legend: null } } },
        { mark: { type: 'text', dy: -7, fontSize }, encoding: { text: { field: 'count', type: 'quantitative' } } },
      ],
      encoding: {
        x: { field: 'label', type: 'nominal', sort: null, title: null, axis: { ...categoryAxis(width / levels.length), labelAngle: 0 } },
        y: { field: 'count', type: 'quantitative', title: 'Grades', axis: { tickMinStep: 1 } },
        tooltip: [{ field: 'level' }, { field: 'count' }],
      },
      config: config(),
    },
  };
}

/** % good or better now and at the previous event, per criterion: each bar says which it is and its figure. */
function comparison(summary: ChartSummary): Figure {
  if (!summary.comparison) throw new Error('The summary has no comparison.');
  // Short names: the report's text names both events, and a long legend would widen the picture.
  const prevLabel = 'Previous audit';
  const nowLabel = 'This audit';
  const titles = wrappedTitles(summary.comparison.criteria.map((c) => c.title));
  const values = summary.comparison.criteria.flatMap((c) => [
    { criterion: c.title, label: titles.wrap(c.title), when: prevLabel, tag: `${percent(c.previous.goodOrBetter)} before`, share: c.previous.goodOrBetter },
    { criterion: c.title, label: titles.wrap(c.title), when: nowLabel, tag: `${percent(c.current.goodOrBetter)} now`, share: c.current.goodOrBetter },
  ]).filter((v) => v.share !== null);
  const alt = `Grouped bar chart comparing % good or better with the previous audit. ` + summary.comparison.criteria
    .map((c) => `${c.title}: ${percent(c.previous.goodOrBetter)} then, ${percent(c.current.goodOrBetter)} now (${describeChangeInWords(c.change === null ? null : changeShown(c.previous.goodOrBetter, c.current.goodOrBetter))}).`)
    .join(' ') + withheldNote({ ...summary, withheld: summary.comparisonWithheld });
  const x = { field: 'share', type: 'quantitative' as const, scale: { domain: [0, 1] }, axis: { format: '%', title: '% good or better' } };
  return {
    kind: 'comparison',
    title: 'Change since the previous audit',
    alt,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: 'Change since the previous audit',
      width: plotWidth - 40,
      height: Math.max(titles.row, 2 * 15 + 6) * summary.comparison.criteria.length,
      data: { values },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, title: null, axis: categoryAxis(labelWidth) },
        yOffset: { field: 'when', sort: [prevLabel, nowLabel] },
        tooltip: [{ field: 'criterion' }, { field: 'when' }, { field: 'share', format: '.0%' }],
      },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: { x, color: { field: 'when', type: 'nominal', scale: { domain: [prevLabel, nowLabel], range: [previousEventColour, currentEventColour] }, title: null, legend: { direction: 'vertical', labelLimit: 420 } } },
        },
        // "48% before" / "44% now" beside each bar: which bar is which does not rest on colour.
        { mark: { type: 'text', align: 'left', dx: 3, fontSize, baseline: 'middle' }, encoding: { x: { field: 'share', type: 'quantitative' }, text: { field: 'tag' } } },
      ],
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
