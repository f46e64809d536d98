// The report's pictures: the same figures as the dashboard, drawn to PNG. resvg renders off the
// main thread (renderAsync), so the figures are drawn together.
import { buildFigure } from '../charts/figures';
import { renderSvg, svgToPng } from '../charts/render';
import { isShown } from '../disclosure/suppression';
import type { ReportContent } from './content';
import type { Chart } from './sections-context';

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
      charts.set(key, { png: await svgToPng(svgs[i]!, 1.5), title: figure.title, alt: figure.alt });
    }),
  );
  return charts;
}
