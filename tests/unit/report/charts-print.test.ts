// Charts for print: every picture in the Word report is measured as placed (its width in the
// document) against the SVG it was drawn from, so no text prints under 9 pt; long criterion
// titles wrap instead of shrinking the plot; and the palette meets WCAG 1.4.11 (3:1 against white
// and against the neighbouring level), with the figures written on the bars.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../../core/demo/demo';
import { buildFigure } from '../../../core/charts/figures';
import { contrastRatio, currentEventColour, labelColourOn, levelColours, previousEventColour, singleSeriesColour } from '../../../core/charts/palette';
import { renderSvg } from '../../../core/charts/render';
import { disclosedSummary } from '../../../core/disclosure/figures';
import { defaultAppPaths } from '../../../core/paths';
import { buildReport } from '../../../core/report/build-report';
import { reportCharts } from '../../../core/report/charts';
import { gatherReportContent } from '../../../core/report/content';
import { loadReportTemplate } from '../../../core/report/template';
import type { Chart } from '../../../core/report/sections-context';
import { openCore, type CoreApp } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import { testKey } from '../../support/test-key';
import { makeTempDir } from '../helpers/temp';

const EMU_PER_POINT = 12700;
/** Portrait A4 less two 1-inch margins. */
const TEXT_WIDTH_PT = 595.3 - 144;

let core: CoreApp;
let eventId = 0;
let previousId = 0;
let charts: Map<string, Chart>;
let placed: { descr: string; widthPt: number }[] = [];

/** Each font-size in an SVG, in its own pixels. */
const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
const svgWidth = (svg: string) => Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

beforeAll(async () => {
  const dir = makeTempDir();
  core = openCore({ databasePath: join(dir, 'demo.db'), key: testKey(), host: headlessHost('cli') });
  ({ id: eventId, previousId } = await createDemo(core.store));
  const template = loadReportTemplate(defaultAppPaths().templatesDir);
  charts = await reportCharts(gatherReportContent(core.store, template, eventId));
  const path = join(dir, 'report.docx');
  writeFileSync(path, await buildReport(core.store, template, eventId));
  // Each picture as Word places it: its extent (EMU) and its alt text.
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
  placed = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="\d+"\/>[\s\S]*?<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => ({ widthPt: Number(m[1]) / EMU_PER_POINT, descr: unescape(m[2]!) }));
}, 120_000);

afterAll(() => core.close());

describe('charts in the Word report, at their printed size', () => {
  it('place every chart, and print no text smaller than 9 pt', () => {
    expect(charts.size).toBeGreaterThanOrEqual(15);
    for (const [key, chart] of charts) {
      const picture = placed.find((p) => p.descr === chart.alt);
      expect(picture, key).toBeDefined();
      const scale = picture!.widthPt / svgWidth(chart.svg);
      const smallest = Math.min(...fontSizes(chart.svg)) * scale;
      expect({ key, smallest: Math.round(smallest * 10) / 10 >= 9 }).toEqual({ key, smallest: true });
      expect(picture!.widthPt, key).toBeLessThanOrEqual(TEXT_WIDTH_PT);
    }
  });

  it('keep a fixed plot width however long the criterion titles are, wrapping them onto lines', async () => {
    const summary = disclosedSummary(core.store, eventId);
    const long = { ...summary, criteria: summary.criteria.map((c) => ({ ...c, title: `${c.title}, with a much longer title than any framework should have` })) };
    const plot = (svg: string) => /<path class="background" aria-hidden="true" d="M0,0h([\d.]+)v/.exec(svg)![1];
    const normal = await renderSvg(buildFigure(summary, 'good-or-better').spec);
    const wrapped = await renderSvg(buildFigure(long, 'good-or-better').spec);
    expect(plot(wrapped)).toBe(plot(normal));
    expect(svgWidth(wrapped)).toBeLessThanOrEqual(TEXT_WIDTH_PT);
    // The long title is all there, over several lines.
    expect(wrapped).toMatch(/<tspan>Relentless focus on the<\/tspan><tspan x="0" dy="13">child; lived experience/);
  });
});

describe('the chart palette (WCAG 1.4.11)', () => {
  it('has every level colour at least 3:1 against white and against the next level, for scales of 2 to 10 levels', () => {
    for (let n = 2; n <= 10; n++) {
      const colours = levelColours(n);
      expect(colours).toHaveLength(n);
      expect(new Set(colours).size, `${n} levels`).toBe(n);
      for (const c of colours) expect(contrastRatio(c, '#FFFFFF'), `${c} on white`).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < n; i++) expect(contrastRatio(colours[i - 1]!, colours[i]!), `${n} levels: ${colours[i - 1]} next to ${colours[i]}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('has the comparison colours 3:1 against white and each other, and text on every bar at least 4.5:1', () => {
    for (const c of [previousEventColour, currentEventColour, singleSeriesColour]) expect(contrastRatio(c, '#FFFFFF')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(previousEventColour, currentEventColour)).toBeGreaterThanOrEqual(3);
    for (const c of levelColours(4)) expect(contrastRatio(c, labelColourOn(c))).toBeGreaterThanOrEqual(4.5);
  });

  it('computes contrast as WCAG does (black on white 21:1, #767676 on white 4.54:1)', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });

  it('writes the figures on the bars, so no reading depends on colour alone', async () => {
    const summary = disclosedSummary(core.store, eventId);
    const criterion = await renderSvg(buildFigure(summary, 'criterion', 'child-focus').spec);
    const c = summary.criteria.find((x) => x.key === 'child-focus')!;
    if (c.suppressed) throw new Error('the demo shows child-focus');
    for (const count of Object.values(c.distribution)) expect(criterion).toContain(`>${count}</text>`);
    const withPrevious = disclosedSummary(core.store, eventId, { compareWith: previousId });
    const comparison = await renderSvg(buildFigure(withPrevious, 'comparison').spec);
    expect(comparison).toMatch(/>\d+% before<\/text>/);
    expect(comparison).toMatch(/>\d+% now<\/text>/);
  });
});
