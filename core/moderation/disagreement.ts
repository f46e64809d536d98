// When grades for a criterion differ by two levels or more, moderation must look at it.
export const DISAGREEMENT_LEVELS = 2;

/** True when the graded values (N/A and missing left out) span two scale levels or more. */
export function isDisagreement(values: (number | null)[], scaleValues: number[]): boolean {
  const ordered = [...scaleValues].sort((a, b) => a - b);
  const positions = values.filter((v): v is number => v !== null).map((v) => ordered.indexOf(v));
  if (positions.length < 2) return false;
  return Math.max(...positions) - Math.min(...positions) >= DISAGREEMENT_LEVELS;
}
