// Small builders over the docx library for accessible Word output: real heading styles, tables
// whose header row repeats on every page and has no merged or empty cells, pictures with alt text.
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { wholePercent } from '../../model/words';
import { columnShares } from './column-widths';
import type { ReportTemplate } from './template';

export type Style = ReportTemplate['style'];

export function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ text, heading: levels[level], keepNext: true });
}

export function para(text: string, options: { bold?: boolean; italics?: boolean; size?: number; keepNext?: boolean; afterTable?: boolean } = {}): Paragraph {
  // A paragraph straight after a table gets a little space above it, as a table has none below.
  const spacing = { after: 120, ...(options.afterTable ? { before: 160 } : {}) };
  return new Paragraph({ keepNext: options.keepNext, children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: options.size })], spacing });
}

/** Narrative text: paragraphs split on blank lines; nothing at all when none is written (the pre-export check lists it and the export is a draft). */
export function narrative(text: string): Paragraph[] {
  if (!text.trim()) return [];
  return text.split(/\n\s*\n/).map((p) => para(p.trim()));
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 }, spacing: { after: 60 } });
}

/** A cell's text: never empty, so screen readers and Word's accessibility checker find no blank cells. */
const cellText = (text: string) => (text.trim() === '' ? '–' : text);

export interface Column {
  header: string;
  /** Relative width. */
  width?: number;
  align?: 'left' | 'right' | 'center';
}

/** Tables of up to this many rows are kept on one page; longer ones split between rows, repeating their header row. */
export const keepTogetherRows = 12;

export interface TableOptions {
  /** Keep every row on one page (Word's "keep with next" on all rows but the last); by default for tables of up to `keepTogetherRows` rows. */
  keepTogether?: boolean;
  /** Of the text width; 100 by default. */
  widthPercent?: number;
}

/** A portrait A4 page's text width with 1-inch margins, in points: tables on landscape pages have more, so fit here fits there. */
const portraitTextWidthPt = 451;

export function table(style: Style, columns: Column[], rows: { cells: string[]; fills?: (string | null)[] }[], options: TableOptions = {}): Table {
  const shares = columnShares(
    columns.map((c) => c.width ?? 1),
    columns.map((c, i) => [c.header, ...rows.map((r) => r.cells[i] ?? '')]),
    style.bodySize,
    (portraitTextWidthPt * (options.widthPercent ?? 100)) / 100,
  );
  const width = (i: number) => ({ size: Math.round(shares[i]! * 100), type: WidthType.PERCENTAGE });
  const keepTogether = options.keepTogether ?? rows.length <= keepTogetherRows;
  const align = (c: Column) => (c.align === 'right' ? AlignmentType.RIGHT : c.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: width(i),
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: style.tableHeaderFill },
          children: [new Paragraph({ alignment: align(c), keepNext: true, children: [new TextRun({ text: cellText(c.header), bold: true, color: style.tableHeaderText })] })],
        }),
    ),
  });
  const body = rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => {
          const fill = row.fills?.[i];
          return new TableCell({
            width: width(i),
            ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
            children: [new Paragraph({ alignment: align(c), keepNext: keepTogether && r < rows.length - 1, children: [new TextRun(cellText(row.cells[i] ?? ''))] })],
          });
        }),
      }),
  );
  return new Table({ rows: [header, ...body], width: { size: options.widthPercent ?? 100, type: WidthType.PERCENTAGE } });
}

/**
 * The tallest a picture is placed, in points: A4's text height (698 pt) less room for a heading
 * kept with it, so a tall chart never leaves its heading alone on a page (Word and LibreOffice
 * would each do that differently, and the contents' page numbers would differ between them).
 */
export const pictureMaxHeightPt = 600;
/** Charts draw their text at 11 pt and printed text must not fall under 9 pt: a picture is never shrunk further than this. */
const smallestScale = 9 / 11;

/** A PNG picture placed at a width in points (less if it would be taller than `pictureMaxHeightPt`), with alt text (title and description). */
export function picture(png: Buffer, widthPt: number, alt: { title: string; description: string }): Paragraph {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const placedWidthPt = Math.max(widthPt * smallestScale, Math.min(widthPt, (pictureMaxHeightPt * width) / height));
  // docx takes pixels at 96 dpi: 4/3 of a point.
  const scaledWidth = Math.round((placedWidthPt * 4) / 3);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: scaledWidth, height: Math.round((scaledWidth * height) / width) },
        altText: { name: alt.title, title: alt.title, description: alt.description },
      }),
    ],
  });
}

/** Fill for a % good or better from the template's bands, by the whole percentage printed beside it (69.6% prints 70% and is shaded as 70%). */
export function bandFill(style: Style, share: number | null): string | null {
  if (share === null) return null;
  const shown = wholePercent(share);
  return style.bands.find((b) => shown < wholePercent(b.below))?.fill ?? null;
}
