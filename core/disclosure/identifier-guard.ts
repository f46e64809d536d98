// The identifier guard: finds in free text anything that could identify a child. Case references
// (of every event, archived ones included) and cases' dates of birth are looked up in indexes
// built once, so a page of text is checked against 10,000 cases in a few milliseconds; the shapes
// of NHS numbers, UPNs, postcodes, phone numbers and email addresses are matched by pattern.
import { emails, nhsNumbers, phoneNumbers, postcodes, typedDates, upns } from './identifier-patterns';
import { identifierKinds, identifierWords } from '../../model/identifiers';
import type { IdentifierHit } from '../contract/types';

export type { IdentifierHit };


const word = /[\p{L}\p{N}]+/gu;
/** What may stand between the parts of a reference as typed: "AB-12", "AB 12", "AB/12", "AB - 12". */
const joiner = /^(?:[-/_.:#]| | [-/] )$/;

/** A reference's letters and digits, lower case: "C-9001" and "c 9001" are the same reference. */
export const referenceKey = (reference: string): string => (reference.match(word) ?? []).join('').toLowerCase();

/**
 * Guarded: three or more letters and digits, or two that mix letters and digits ("C1"). A one- or
 * two-digit reference would fire on every "2" in the text, so it cannot be guarded.
 */
export function guardable(key: string): boolean {
  return key.length >= 3 || (key.length === 2 && /\p{L}/u.test(key) && /\p{N}/u.test(key));
}

export interface KnownIdentifiers {
  references: Iterable<string>;
  /** ISO dates (YYYY-MM-DD). */
  datesOfBirth: Iterable<string>;
}

export class IdentifierGuard {
  private readonly references = new Set<string>();
  private readonly datesOfBirth: Set<string>;
  /** The most words a reference spans as typed (one more than its own, for "AB12" typed "AB 1 2"-like splits). */
  private readonly maxWords: number;
  private readonly maxLength: number;

  constructor(known: KnownIdentifiers) {
    let maxWords = 1;
    let maxLength = 0;
    for (const reference of known.references) {
      const key = referenceKey(reference);
      if (!guardable(key)) continue;
      this.references.add(key);
      maxWords = Math.max(maxWords, (reference.match(word) ?? []).length + 1);
      maxLength = Math.max(maxLength, key.length);
    }
    this.maxWords = Math.min(maxWords, 8);
    this.maxLength = maxLength;
    this.datesOfBirth = new Set([...known.datesOfBirth].map((d) => d.slice(0, 10)));
  }

  get referenceCount(): number {
    return this.references.size;
  }

  /** Every identifier in the text, in order; where two overlap, the more specific kind is kept. */
  scan(text: string): IdentifierHit[] {
    const found: IdentifierHit[] = [
      ...this.caseReferences(text),
      ...typedDates(text)
        .filter((d) => d.iso.some((iso) => this.datesOfBirth.has(iso)))
        .map(({ start, end, text: t }) => ({ start, end, text: t, kind: 'date-of-birth' as const })),
      ...nhsNumbers(text).map((h) => ({ ...h, kind: 'nhs-number' as const })),
      ...upns(text).map((h) => ({ ...h, kind: 'upn' as const })),
      ...emails(text).map((h) => ({ ...h, kind: 'email' as const })),
      ...postcodes(text).map((h) => ({ ...h, kind: 'postcode' as const })),
      ...phoneNumbers(text).map((h) => ({ ...h, kind: 'phone' as const })),
    ];
    const rank = (h: IdentifierHit) => identifierKinds.indexOf(h.kind);
    found.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
    const kept: IdentifierHit[] = [];
    for (const h of found) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
    return kept.sort((a, b) => a.start - b.start);
  }

  /** Runs of words (whole words only) whose letters and digits together are a known reference. */
  private caseReferences(text: string): IdentifierHit[] {
    if (this.references.size === 0) return [];
    const words = [...text.matchAll(word)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase() }));
    const hits: IdentifierHit[] = [];
    for (let i = 0; i < words.length; i++) {
      let key = '';
      for (let j = i; j < words.length && j < i + this.maxWords; j++) {
        if (j > i && !joiner.test(text.slice(words[j - 1]!.end, words[j]!.start))) break;
        key += words[j]!.key;
        if (key.length > this.maxLength) break;
        if (this.references.has(key)) {
          hits.push({ kind: 'case-reference', start: words[i]!.start, end: words[j]!.end, text: text.slice(words[i]!.start, words[j]!.end) });
          i = j;
          break;
        }
      }
    }
    return hits;
  }
}

/** "a case reference (C-9001) and a postcode (LS1 4AP)": what was found, for messages. */
export function describeHits(hits: Pick<IdentifierHit, 'kind' | 'text'>[]): string {
  const parts = hits.map((h) => `${identifierWords[h.kind]} (${h.text})`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "a case reference and a postcode": the kinds only, for places that must not repeat the text (slides). */
export function describeKinds(hits: Pick<IdentifierHit, 'kind'>[]): string {
  const kinds = [...new Set(hits.map((h) => identifierWords[h.kind]))];
  return kinds.length <= 1 ? (kinds[0] ?? '') : `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`;
}
