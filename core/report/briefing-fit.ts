// The briefing is two A4 pages, always: page 2 starts with a page break, and each page's content
// is fitted to an estimate of its printed height before anything is drawn. Word and LibreOffice
// lay text out themselves, so the estimate errs on the tall side (wide characters, a margin kept
// free) and lists are trimmed, least important first, until the page fits.

/** What a page holds, independent of the docx library: measured here, drawn by briefing.ts. */
export type BriefBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string; level: 1 | 2; pageBreakBefore?: boolean }
  | { kind: 'text'; text: string; italics?: boolean; size?: number }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; columns: { header: string; width: number }[]; rows: string[][] };

/** Items a page may shorten, each with a note that says how many were left out. */
export interface Trimmable {
  kind: 'list';
  /** Bullets, or the rows of one table under `columns`. */
  items: string[] | string[][];
  columns?: { header: string; width: number }[];
  /** Items are quotes: italic paragraphs, not bullets. */
  quotes?: boolean;
  /** Never fewer than this many items. */
  keep: number;
  /** Lists are first trimmed towards this many each, the longest first, so no one list loses everything. */
  prefer: number;
  /** Lower goes first among equals, and below `prefer`. */
  trimOrder: number;
  /** The note after a shortened list ("2 more actions are in the report"). */
  more: (left: number) => string;
}

export type PagePart = BriefBlock | Trimmable;

/** Sizes in points; the renderer uses the same ones, so the estimate measures what is drawn. */
export const briefingType = {
  body: 11,
  table: 10,
  title: 22,
  heading1: 14,
  heading2: 11.5,
  /** Space before / after, in points. */
  spacing: { heading1: [9, 3], heading2: [6, 2], text: [0, 4], bullet: [0, 2], table: [2, 6] },
  bulletIndentPt: 36,
  /** Word's default cell margins: 0.08 inch each side. */
  cellPaddingPt: 11,
} as const;

// A4 less Word's default 1-inch margins. The marking and page line fit within the margins.
const pageWidthPt = 595.3 - 144;
const pageHeightPt = 841.9 - 144;
/** Kept free against differences between the estimate and a real layout (fonts, hyphenation). */
const usableHeightPt = pageHeightPt * 0.95;
/** Arial's line height is about 1.15 em; its characters average under 0.5 em in English, 0.53 errs wide. */
const lineEm = 1.15;
const charEm = 0.5;

function lines(text: string, sizePt: number, widthPt: number): number {
  const perLine = Math.max(8, Math.floor(widthPt / (sizePt * charEm)));
  // Word wrap breaks at spaces: a line holds whole words, so count word by word.
  let count = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length + (used ? 1 : 0);
    if (used + length > perLine && used > 0) {
      count += Math.ceil(word.length / perLine);
      used = word.length % perLine;
    } else used += length;
  }
  return count;
}

function tableHeight(columns: { header: string; width: number }[], rows: string[][]): number {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * pageWidthPt - briefingType.cellPaddingPt);
  const rowHeight = (cells: string[]) => Math.max(...cells.map((t, i) => lines(t, briefingType.table, widths[i]!))) * briefingType.table * lineEm + 0.5;
  const [before, after] = briefingType.spacing.table;
  return before + after + rowHeight(columns.map((c) => c.header)) + rows.reduce((s, r) => s + rowHeight(r), 0);
}

export function blockHeight(block: BriefBlock): number {
  const t = briefingType;
  switch (block.kind) {
    case 'title':
      return lines(block.text, t.title, pageWidthPt) * t.title * lineEm;
    case 'heading': {
      const size = block.level === 1 ? t.heading1 : t.heading2;
      const [before, after] = block.level === 1 ? t.spacing.heading1 : t.spacing.heading2;
      return before + after + lines(block.text, size, pageWidthPt) * size * lineEm;
    }
    case 'text': {
      const size = block.size ?? t.body;
      return t.spacing.text[1] + lines(block.text, size, pageWidthPt) * size * lineEm;
    }
    case 'bullet':
      return t.spacing.bullet[1] + lines(block.text, t.body, pageWidthPt - t.bulletIndentPt) * t.body * lineEm;
    case 'table':
      return tableHeight(block.columns, block.rows);
  }
}

/** A trimmable list as blocks: its bullets or its table, then the note when items were left out. */
export function listBlocks(list: Trimmable, shown: number): BriefBlock[] {
  const left = list.items.length - shown;
  const note: BriefBlock[] = left > 0 ? [{ kind: 'text', text: list.more(left), italics: true }] : [];
  if (list.columns) return [...(shown ? [{ kind: 'table' as const, columns: list.columns, rows: (list.items as string[][]).slice(0, shown) }] : []), ...note];
  return [...(list.items as string[]).slice(0, shown).map((text): BriefBlock => (list.quotes ? { kind: 'text', text, italics: true } : { kind: 'bullet', text })), ...note];
}

const pageHeight = (parts: PagePart[], shown: Map<Trimmable, number>) =>
  parts.flatMap((p) => (p.kind === 'list' ? listBlocks(p, shown.get(p)!) : [p])).reduce((s, b) => s + blockHeight(b), 0);

/** The page's blocks with its lists shortened until the estimate fits; whether it fits even so. */
export function fitPage(parts: PagePart[]): { blocks: BriefBlock[]; fits: boolean; heightPt: number } {
  const lists = parts.filter((p): p is Trimmable => p.kind === 'list');
  const shown = new Map(lists.map((l) => [l, l.items.length]));
  let height = pageHeight(parts, shown);
  while (height > usableHeightPt) {
    const surplus = (l: Trimmable) => shown.get(l)! - l.prefer;
    const next =
      lists.filter((l) => surplus(l) > 0).sort((a, b) => surplus(b) - surplus(a) || a.trimOrder - b.trimOrder)[0] ??
      lists.filter((l) => shown.get(l)! > l.keep).sort((a, b) => a.trimOrder - b.trimOrder)[0];
    if (!next) break;
    shown.set(next, shown.get(next)! - 1);
    height = pageHeight(parts, shown);
  }
  return { blocks: parts.flatMap((p) => (p.kind === 'list' ? listBlocks(p, shown.get(p)!) : [p])), fits: height <= usableHeightPt, heightPt: height };
}

/** Cuts a long text at a word before `max` characters, so one entry cannot take a page. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}
