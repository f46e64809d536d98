// The editor's working copy. It differs from a FrameworkDefinition only where forms need it:
// numbers are kept as typed text, guidance is one textarea, and rows carry a stable id so React
// keeps focus on the right input when rows move.
import type { FrameworkDefinition } from '@model/framework';

export interface DraftLevel {
  id: string;
  label: string;
  value: string;
  colour: string;
  description: string;
}

export interface DraftCriterion {
  id: string;
  key: string;
  title: string;
  guidanceText: string;
  whatGoodLooksLike: string;
}

export interface DraftDomain {
  id: string;
  key: string;
  title: string;
  criteria: DraftCriterion[];
}

export interface Draft {
  key: string;
  version: number;
  name: string;
  description: string;
  levels: DraftLevel[];
  notApplicableLabel: string;
  goodOrBetterFrom: string;
  domains: DraftDomain[];
}

let nextId = 0;
export const newId = (): string => `d${(nextId += 1)}`;

export function toDraft(fw: FrameworkDefinition): Draft {
  return {
    key: fw.key,
    version: fw.version,
    name: fw.name,
    description: fw.description,
    levels: fw.scale.levels.map((l) => ({ id: newId(), label: l.label, value: String(l.value), colour: l.colour, description: l.description })),
    notApplicableLabel: fw.scale.notApplicableLabel,
    goodOrBetterFrom: String(fw.scale.goodOrBetterFrom),
    domains: fw.domains.map((d) => ({
      id: newId(),
      key: d.key,
      title: d.title,
      criteria: d.criteria.map((c) => ({
        id: newId(),
        key: c.key,
        title: c.title,
        guidanceText: c.guidance.join('\n'),
        whatGoodLooksLike: c.whatGoodLooksLike,
      })),
    })),
  };
}

/** Text to number; blank or not a number becomes NaN so validation reports "must be a whole number". */
function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** One prompt per line; blank lines are ignored. */
export function guidanceLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The definition the core will validate and save (same shape as a framework file). */
export function fromDraft(draft: Draft) {
  return {
    key: draft.key,
    name: draft.name,
    version: draft.version,
    description: draft.description,
    scale: {
      levels: draft.levels.map((l) => ({ label: l.label, value: toNumber(l.value), colour: l.colour, description: l.description })),
      notApplicableLabel: draft.notApplicableLabel,
      goodOrBetterFrom: toNumber(draft.goodOrBetterFrom),
    },
    domains: draft.domains.map((d) => ({
      key: d.key,
      title: d.title,
      criteria: d.criteria.map((c) => ({
        key: c.key,
        title: c.title,
        guidance: guidanceLines(c.guidanceText),
        whatGoodLooksLike: c.whatGoodLooksLike,
      })),
    })),
  };
}

/** Moves item `from` to `to` in a copy of the list. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}
