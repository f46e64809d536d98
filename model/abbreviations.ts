// Short forms of names for narrow table headers (the agency table's columns), so a header never
// breaks in the middle of a word; the table's key gives each in full.

const minorWords = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'at', '&']);

/** Words shared by every name ("Anyshire" in "Anyshire Police", "Anyshire Schools") say nothing in a column header. */
function sharedWords(names: string[]): Set<string> {
  if (names.length < 2) return new Set();
  const [first, ...rest] = names.map((n) => new Set(n.split(/\s+/)));
  return new Set([...first!].filter((w) => rest.every((words) => words.has(w))));
}

const initials = (words: string[]) =>
  words
    .filter((w) => !minorWords.has(w.toLowerCase()))
    .map((w) => (/^[A-Z0-9]{2,}$/.test(w) ? w : w.replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toUpperCase()))
    .join('');

/** "Children's Social Care" → "CSC"; "CAMHS" stays; "Constabulary" → "Const."; "Community Health (Health Visiting)" → "CH (HV)". */
function shortForm(name: string, shared: Set<string>): string {
  const inBrackets = /\(([^)]*)\)/.exec(name)?.[1]?.trim();
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !shared.has(w));
  if (words.length === 0) return name;
  const [only] = words;
  let short = words.length === 1 ? (only!.length <= 8 ? only! : `${only!.slice(0, 5)}.`) : initials(words);
  if (inBrackets) short += ` (${initials(inBrackets.split(/\s+/))})`;
  return short;
}

/** A short form for each name, in order, each different (a number is added to a repeat). */
export function abbreviate(names: string[]): string[] {
  const shared = sharedWords(names);
  const used = new Map<string, number>();
  return names.map((name) => {
    const short = shortForm(name, shared);
    const seen = used.get(short) ?? 0;
    used.set(short, seen + 1);
    return seen === 0 ? short : `${short}${seen + 1}`;
  });
}
