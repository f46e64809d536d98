// Keys are lowercase letters and digits joined by single hyphens (see core/frameworks/definition).

export function slugify(text: string, maxLength = 64): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** A key based on `base` that is not in `taken`: base, base-2, base-3, ... */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const root = slugify(base) || 'item';
  if (!used.has(root)) return root;
  for (let n = 2; ; n += 1) {
    const candidate = `${root.slice(0, 60)}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
