// Chart layout for print: a fixed label column with category labels wrapped onto several lines
// (so a long criterion title never squeezes the plot), a fixed plot width, and rows tall enough
// for the longest label. Sizes are in SVG pixels, drawn one pixel to one printed point.

/** Every text in a chart is at least this size (printed at 1:1, so 11 pt). */
export const fontSize = 11;
/** The category label column on the left. */
export const labelWidth = 150;
/** The plot area of horizontal bar charts. */
export const plotWidth = 210;
const lineHeight = 13;
// Liberation Sans averages about 0.52 em a character in running text; 0.56 leaves room for capitals.
const averageCharWidth = fontSize * 0.56;

export interface Wrapped {
  /** Lines joined with a newline: the axis splits them (labelExpr). */
  text: string;
  lines: number;
}

/** Word-wraps a label to a width in pixels; a single word longer than the width is kept whole. */
export function wrapLabel(text: string, width: number): Wrapped {
  const perLine = Math.max(8, Math.floor(width / averageCharWidth));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return { text: lines.join('\n'), lines: Math.max(1, lines.length) };
}

/** Height of one category row for labels of this many lines. */
export function rowHeight(lines: number): number {
  return Math.max(24, lines * lineHeight + 10);
}

/** A category axis whose labels are split on the newlines wrapLabel put in. */
export function categoryAxis(width: number) {
  return { labelLimit: 0, minExtent: width, maxExtent: width, labelExpr: "split(datum.label, '\\n')", labelLineHeight: lineHeight, labelFontSize: fontSize, labelPadding: 6 };
}

/**
 * A chart title's lines: Vega sizes text by estimate (about 0.8 em a character, wider than the real
 * glyphs) and cuts what overruns its limit, so titles are wrapped to what the estimate allows.
 */
export function titleLines(text: string, width = 440): string[] {
  const titleSize = fontSize + 2;
  return wrapLabel(text, (width / (0.8 * titleSize)) * averageCharWidth).text.split('\n');
}
