// Draws a figure's Vega-Lite spec to SVG (Vega's own renderer, headless) and to PNG (resvg, with
// the Liberation Sans files shipped in assets/fonts: without fonts, headless rendering drops text).
import { join } from 'node:path';
import { findProjectRoot } from '../paths';

export async function renderSvg(spec: import('vega-lite').TopLevelSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vegaLite.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const fontFiles = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'];

export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  const { renderAsync } = await import('@resvg/resvg-js');
  const fontsDir = join(findProjectRoot(), 'assets', 'fonts');
  // renderAsync draws on libuv's thread pool, so several figures render at once.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { fontFiles: fontFiles.map((f) => join(fontsDir, f)), loadSystemFonts: false, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
  });
  return image.asPng();
}
