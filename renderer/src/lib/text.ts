// Text for tight spaces.

/** The first `max` characters and an ellipsis, for confirmations, labels and lists. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}
