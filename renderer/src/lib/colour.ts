// Chooses black or white text for a chip so the label stays readable on any level colour.

export function textColourOn(hex: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return '#1b1b1b';
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Pick whichever of black and white gives the higher contrast ratio.
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#1b1b1b' : '#ffffff';
}
