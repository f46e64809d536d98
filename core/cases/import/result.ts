// Every normaliser returns a value or a message for the user, never throws: one bad cell must
// not stop the import, it becomes a RowError naming its row and column.
export type Normalised<T> = { ok: true; value: T } | { ok: false; message: string };

export const ok = <T>(value: T): Normalised<T> => ({ ok: true, value });
export const fail = <T = never>(message: string): Normalised<T> => ({ ok: false, message });

/** Lower case, '&' as 'and', everything but letters and digits removed: "Pre-Birth" → "prebirth". */
export function squash(text: string): string {
  return text.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]/g, '');
}

/** A lookup keyed by squashed spellings. */
export function lookup<T>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, spellings] of entries) for (const spelling of spellings) map.set(squash(spelling), value);
  return map;
}
