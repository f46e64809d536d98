// How the findings screens write numbers: whole percentages, means and agreement to two places,
// and the words for a figure the core withheld.

export const percent = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`);
export const decimal = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : x.toFixed(2));

/** "+12 points", "−4 points", "no change"; a dash when either side had no grades. */
export function change(x: number | null | undefined): string {
  if (x === null || x === undefined) return '–';
  const points = Math.round(x * 100);
  if (points === 0) return 'no change';
  return `${points > 0 ? '+' : '−'}${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
}

export const fewerThan = (threshold: number) => `fewer than ${threshold}`;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
