// What the section builders receive: the gathered content and the charts drawn for it.
import type { Paragraph, Table } from 'docx';
import type { ReportContent } from './content';

export interface Chart {
  png: Buffer;
  /** The SVG it was drawn from (one pixel to one printed point). */
  svg: string;
  /** The width to place it at, in points: its own width, so its text prints at the size drawn. */
  widthPt: number;
  title: string;
  alt: string;
}

export interface SectionContext {
  content: ReportContent;
  charts: Map<string, Chart>;
  /** Whether this export is a draft (the pre-export check's verdict); document control states it. */
  draft?: boolean;
}

export type Block = Paragraph | Table;

/** "fewer than 5" for a withheld figure; otherwise the text made from its numbers (never called when withheld). */
export function shownOr<T extends { suppressed: boolean }>(ctx: SectionContext, figure: T, text: (shown: Extract<T, { suppressed: false }>) => string): string {
  return figure.suppressed ? `fewer than ${ctx.content.summary.smallNumberThreshold}` : text(figure as Extract<T, { suppressed: false }>);
}
