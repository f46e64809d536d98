// One grade numbering everywhere: the key that chooses a level is the number shown beside it.
// On a scale whose values are exactly 1..n (the Ofsted-aligned 4 Outstanding … 1 Inadequate, or
// Yes 3 / Partly 2 / No 1) the key is the level's value. On any other scale (values such as 0, 5,
// 10) the key is the level's position counted from the worst, so 1 is always the worst level and
// keys never run opposite to the values. "N" is always "not applicable". Only 1–9 are keys.

interface Level {
  value: number;
  label: string;
}

/** The key for "not applicable", everywhere a grade is chosen. */
export const NOT_APPLICABLE_KEY = 'N';

/** True when the scale's values are exactly 1, 2, …, n, so each value can be its own key. */
export function valuesAreKeys(levels: readonly Level[]): boolean {
  const values = levels.map((l) => l.value).toSorted((a, b) => a - b);
  return values.every((v, i) => v === i + 1);
}

/** The key that chooses a level ("4"), or null when the level has no key (beyond 9). */
export function gradeKey(levels: readonly Level[], value: number): string | null {
  const number = valuesAreKeys(levels) ? value : levels.map((l) => l.value).toSorted((a, b) => a - b).indexOf(value) + 1;
  return number >= 1 && number <= 9 && levels.some((l) => l.value === value) ? String(number) : null;
}

/** The level a key chooses, if any: the inverse of gradeKey. */
export function levelForKey<L extends Level>(levels: readonly L[], key: string): L | undefined {
  if (!/^[1-9]$/.test(key)) return undefined;
  return levels.find((l) => gradeKey(levels, l.value) === key);
}

/** Every level with its key, best first: the order every list of grades reads in. */
export function keyedLevels<L extends Level>(levels: readonly L[]): (L & { key: string | null })[] {
  return levels.toSorted((a, b) => b.value - a.value).map((l) => ({ ...l, key: gradeKey(levels, l.value) }));
}

/** How a level is named wherever a grade is shown: "Outstanding (4)", the number being its value. */
export function levelName(level: Level): string {
  return `${level.label} (${level.value})`;
}
