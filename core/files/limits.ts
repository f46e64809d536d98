// What the app agrees to read from a file another system produced. Every limit is named in the
// refusal, with the figure the file has, so the user knows what to change.
export const readLimits = {
  /** A case list, a returns file or a workbook on disk. */
  fileBytes: 50 * 1024 * 1024,
  /** All the entries of an XLSX (or any zip) once inflated, as the zip declares them. */
  unzippedBytes: 100 * 1024 * 1024,
  zipEntries: 2_000,
  rows: 100_000,
  columns: 500,
  /** The reading worker's JavaScript heap. */
  heapMb: 512,
  /** How long one file may take to read. */
  timeMs: 60_000,
} as const;

export type ReadLimits = { -readonly [K in keyof typeof readLimits]: number };

const whole = new Intl.NumberFormat('en-GB');

export function count(n: number): string {
  return whole.format(n);
}

/** 812 bytes, 14 KB, 3.2 MB, 1,024 MB: sizes as people read them. */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return mb < 10 ? `${mb.toFixed(1)} MB` : `${whole.format(Math.round(mb))} MB`;
}

/** Column letters (A, Z, AA, XFD) to a number (1, 26, 27, 16,384). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
