// Column widths that never break a word: each column at least as wide as its longest word (header
// or cell), the room taken from columns that have more than they need, so "(overdue)" or a short
// form in a narrow column is not split over two lines mid-word.

/** Arial's average width of a letter, as a share of the type size; bold is a little wider. */
const letterWidth = 0.62;
/** Word's default cell margins, left and right (5.4 pt each), and a little slack. */
const cellPadding = 13;

const longestWord = (texts: string[]) => Math.max(0, ...texts.flatMap((t) => t.split(/[\s/]+/)).map((w) => w.length));

/**
 * Widths as shares of the table (summing to 1): the columns' relative widths, with any column too
 * narrow for its longest word widened to fit it where the table has the room.
 */
export function columnShares(relative: number[], texts: string[][], sizePt: number, tableWidthPt: number): number[] {
  const total = relative.reduce((s, w) => s + w, 0);
  const want = relative.map((w) => (w / total) * tableWidthPt);
  const need = texts.map((column) => longestWord(column) * letterWidth * sizePt + cellPadding);
  const short = want.reduce((s, w, i) => s + Math.max(0, need[i]! - w), 0);
  const spare = want.reduce((s, w, i) => s + Math.max(0, w - need[i]!), 0);
  if (short === 0 || spare < short) return want.map((w) => w / tableWidthPt);
  // Widen the narrow columns to their need; take it from the others in proportion to what they can spare.
  return want.map((w, i) => (w < need[i]! ? need[i]! : w - ((w - need[i]!) / spare) * short) / tableWidthPt);
}
