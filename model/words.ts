// Numbers in words for the report, briefing and screens, in British English: thousands
// separators, plurals chosen by Intl's plural rules, percentages rounded once, and changes worked
// out from the rounded figures the reader sees, so "48% → 44%" is always "−4 points".
const plurals = new Intl.PluralRules('en-GB');
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 3159 → "3,159". */
export const formatCount = (n: number): string => whole.format(n);

/** "1 case", "2 cases", "3,159 grades": the noun chosen by en-GB plural rules. */
export function countOf(n: number, one: string, other = `${one}s`): string {
  return `${formatCount(n)} ${plurals.select(n) === 'one' ? one : other}`;
}

/** The verb that agrees with a count: wasOrWere(1) → "was". */
export function wasOrWere(n: number): string {
  return plurals.select(n) === 'one' ? 'was' : 'were';
}

/** A share (0..1) as the whole percentage shown: 0.476 → 48. */
export const wholePercent = (share: number): number => Math.round(share * 100);

/** 0.476 → "48%"; null (nothing graded) → "no grades". */
export function percent(share: number | null): string {
  return share === null ? 'no grades' : `${formatCount(wholePercent(share))}%`;
}

/** The change between two shares in percentage points, from the percentages shown (not the raw shares). */
export function changeInPoints(before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null;
  return wholePercent(after) - wholePercent(before);
}

/** −4 → "−4 points", 1 → "+1 point", 0 → "no change"; a true minus sign, as typeset. */
export function describeChange(points: number | null): string {
  if (points === null) return 'not comparable';
  if (points === 0) return 'no change';
  return `${points > 0 ? '+' : '−'}${countOf(Math.abs(points), 'point')}`;
}

/** "up 4 points", "down 1 point", "no change": for sentences and alt text. */
export function describeChangeInWords(points: number | null): string {
  if (points === null) return 'not comparable';
  if (points === 0) return 'no change';
  return `${points > 0 ? 'up' : 'down'} ${countOf(Math.abs(points), 'point')}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What a restore says about the documents: brought back, and any no backup held. */
export function documentsRestoredWords(documents: { restored: number; missing: number }): string {
  const parts = [];
  if (documents.restored) parts.push(`${documents.restored === 1 ? '1 document was' : `${documents.restored} documents were`} brought back from the backups`);
  if (documents.missing) parts.push(`${documents.missing === 1 ? '1 document is' : `${documents.missing} documents are`} in no backup (deleted since) and cannot be opened`);
  return parts.length ? `${parts.join('; ')}.` : '';
}
