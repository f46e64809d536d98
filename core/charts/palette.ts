// Colours for charts, chosen for print and for WCAG 1.4.11 (non-text contrast): every colour is at
// least 3:1 against white, and each level's colour is at least 3:1 against the level next to it, so
// a stacked bar's segments can be told apart without relying on hue. That means alternating a
// dark and a mid tone along the scale (blues for the better grades, oranges and reds for the
// worse); every bar also carries its number as a direct label, so nothing depends on colour alone.
// Levels are coloured by their place on the scale (best first), not by a framework author's colours.

/** WCAG relative luminance of a #RRGGBB colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const white = '#FFFFFF';

// Best to worst for the usual four-point scale: mid blue, dark navy, mid orange, dark red.
const fourLevels = ['#4A90C8', '#08306B', '#E06A2C', '#67001F'];
const threeLevels = ['#08306B', '#E06A2C', '#67001F'];
const twoLevels = ['#08306B', '#E06A2C'];
// Longer scales alternate these, best first.
const mids = ['#4A90C8', '#3C8DBC', '#D6604D', '#E06A2C', '#E4572E'];
const darks = ['#08306B', '#053061', '#3F007D', '#67001F', '#4D1A00'];

export function levelColours(count: number): string[] {
  if (count === 4) return fourLevels;
  if (count === 3) return threeLevels;
  if (count <= 2) return twoLevels.slice(0, count);
  return Array.from({ length: count }, (_, i) => {
    const tones = i % 2 === 0 ? mids : darks;
    return tones[Math.min(Math.floor((i / count) * tones.length), tones.length - 1)]!;
  });
}

/** Text drawn on a bar: black on the mid tones, white on the dark ones (both at least 4.5:1). */
export function labelColourOn(fill: string): string {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, white) ? '#000000' : white;
}

export const previousEventColour = '#8A8A8A';
export const currentEventColour = '#08306B';
/** The single-series bars (% good or better). */
export const singleSeriesColour = '#08306B';
