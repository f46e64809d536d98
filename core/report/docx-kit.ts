// Small builders over the docx library for accessible Word output: real heading styles, tables
// whose header row repeats on every page and has no merged or empty cells, pictures with alt text.
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReportTemplate } from './template';

export type Style = ReportTemplate['style'];

export function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ text, heading: levels[level], keepNext: true });
}

export function para(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: options.size })], spacing: { after: 120 } });
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

export function table(style: Style, columns: Column[], rows: { cells: string[]; fills?: (string | null)[] }[]): Table {
  const total = columns.reduce((s, c) => s + (c.width ?? 1), 0);
  const align = (c: Column) => (c.align === 'right' ? AlignmentType.RIGHT : c.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c) =>
        new TableCell({
          width: { size: Math.round(((c.width ?? 1) / total) * 100), type: WidthType.PERCENTAGE },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: style.tableHeaderFill },
          children: [new Paragraph({ alignment: align(c), children: [new TextRun({ text: cellText(c.header), bold: true, color: style.tableHeaderText })] })],
        }),
    ),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => {
          const fill = row.fills?.[i];
          return new TableCell({
            width: { size: Math.round(((c.width ?? 1) / total) * 100), type: WidthType.PERCENTAGE },
            ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
            children: [new Paragraph({ alignment: align(c), children: [new TextRun(cellText(row.cells[i] ?? ''))] })],
          });
        }),
      }),
  );
  return new Table({ rows: [header, ...body], width: { size: 100, type: WidthType.PERCENTAGE } });
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

/** Fill for a % good or better from the template's bands (the figure is always in the text too). */
export function bandFill(style: Style, share: number | null): string | null {
  if (share === null) return null;
  return style.bands.find((b) => share < b.below)?.fill ?? null;
}
