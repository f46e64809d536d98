// The contents' page numbers, written into the Word file as the field's result with the field
// clean, so Word, LibreOffice and a PDF show them without asking to update fields on every open.
// docx's own layout (docx/layout) lays the pages out as Word does; a PDF copy may instead take the
// pages LibreOffice laid out (report-pdf.ts), so its contents match its own pages. See
// docs/report-contents.md for the choice and its trade-off.
import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbers } from 'docx/layout';

/** docx names the bookmark of the n-th heading the contents lists `_Toc<id>`, ids rising in document order. */
const tocId = (name: string): number | null => {
  const match = /^_Toc(\d+)$/.exec(name);
  return match ? Number(match[1]) : null;
};

/** The contents' bookmark names in the formatted body, in order: every heading it lists, placed or not. */
function tocNames(body: unknown): string[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'w:bookmarkStart') {
        const name = (value as { _attr?: Record<string, unknown> })._attr?.['w:name'];
        if (typeof name === 'string' && tocId(name) !== null) names.add(name);
      } else walk(value);
    }
  };
  walk(body);
  return [...names].sort((a, b) => tocId(a)! - tocId(b)!);
}

export interface ContentsPages {
  estimator: PageNumberEstimator;
  /** The page written for each contents entry, in order; null for one the layout could not place (left blank). */
  written(): (number | null)[];
}

/**
 * Word's layout from docx/layout, recording the numbers it writes; with `pages` (one per contents
 * entry, in order, from another layout), those are written instead.
 */
export function contentsPages(pages?: readonly number[]): ContentsPages {
  let written: (number | null)[] = [];
  const estimator = Object.assign(
    ((body, context) => {
      const estimate = estimatePageNumbers(body, context);
      const names = tocNames(body);
      if (pages && pages.length !== names.length) throw new Error(`The contents has ${names.length} entries but ${pages.length} page numbers were given.`);
      const bookmarks = new Map(estimate.bookmarks);
      const numbers = new Map(estimate.bookmarkPageNumbers ?? []);
      names.forEach((name, i) => {
        if (!pages) return;
        bookmarks.set(name, String(pages[i]));
        numbers.set(name, pages[i]!);
      });
      written = names.map((name) => {
        const page = Number(bookmarks.get(name));
        return Number.isInteger(page) && page > 0 ? page : null;
      });
      return { ...estimate, bookmarks, bookmarkPageNumbers: numbers };
    }) as PageNumberEstimator,
    { listNumbers: estimatePageNumbers.listNumbers },
  );
  return { estimator, written: () => written };
}
