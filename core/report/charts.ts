// The report's pictures: the same figures as the dashboard, drawn to PNG for print. Each is placed
// at its own width in points (one SVG pixel to one point), so its text prints at the size it was
// drawn (11 pt, never under 9) and no picture is scaled down to fit. resvg renders off the main
// thread (renderAsync), so the figures are drawn together, at 3× for print (216 dpi).
import { buildFigure } from '../charts/figures';
import { renderSvg, svgToPng } from '../charts/render';
import { isShown } from '../disclosure/suppression';
import type { ReportContent } from './content';
import type { Chart } from './sections-context';

/** The text width of a portrait A4 page with the default 1-inch margins, in points. */
export const pageTextWidthPt = 451;
const printScale = 3;

export const svgWidth = (svg: string): number => Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? pageTextWidthPt);

export async function reportCharts(content: ReportContent): Promise<Map<string, Chart>> {
  const { summary } = content;
  const shown = summary.criteria.filter(isShown).filter((c) => c.n > 0);
  const wanted: [string, ReturnType<typeof buildFigure>][] = [
    ['good-or-better', buildFigure(summary, 'good-or-better')],
    ...shown.map((c) => [`criterion:${c.key}`, buildFigure(summary, 'criterion', c.key)] as [string, ReturnType<typeof buildFigure>]),
    ...(summary.comparison ? [['comparison', buildFigure(summary, 'comparison')] as [string, ReturnType<typeof buildFigure>]] : []),
  ];
  const charts = new Map<string, Chart>();
  const svgs: string[] = [];
  for (const [, figure] of wanted) svgs.push(await renderSvg(figure.spec));
  await Promise.all(
    wanted.map(async ([key, figure], i) => {
      const svg = svgs[i]!;
      charts.set(key, { png: await svgToPng(svg, printScale), svg, widthPt: Math.min(svgWidth(svg), pageTextWidthPt), title: figure.title, alt: figure.alt });
    }),
  );
  return charts;
}
