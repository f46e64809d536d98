export function ensureBundle(entry: string, outName: string): string;
