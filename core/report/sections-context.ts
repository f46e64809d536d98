// What the section builders receive: the gathered content and the charts drawn for it.
import type { Paragraph, Table } from 'docx';
import type { ReportContent } from './content';

export interface Chart {
  png: Buffer;
  title: string;
  alt: string;
}

export interface SectionContext {
  content: ReportContent;
  charts: Map<string, Chart>;
}

export type Block = Paragraph | Table;

/** "fewer than 5" for a breakdown drawn from too few cases, when suppression is on. */
export function smallOr(ctx: SectionContext, small: boolean, text: string): string {
  return small && ctx.content.suppressSmallNumbers ? `fewer than ${ctx.content.summary.smallNumberThreshold}` : text;
}
