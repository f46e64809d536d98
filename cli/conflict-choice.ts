// How `returns import` resolves conflicts from its options: per case (`--keep-mine-for C-1,C-2`,
// `--take-theirs-for C-3`) first, then the blanket `--keep-mine` / `--take-theirs` for the rest;
// a conflict with no choice stays unresolved, so the file is not imported.
import { UserError } from '../model/errors';
import type { Resolution } from '../core/contract/exchange-types';

export interface ConflictOptions {
  keepMine?: boolean;
  takeTheirs?: boolean;
  keepMineFor?: string[];
  takeTheirsFor?: string[];
}

/** Collects a repeatable, comma-separated list of case references. */
export const referenceList = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((r) => r.trim()).filter(Boolean)];

export function checkConflictOptions(opts: ConflictOptions): void {
  if (opts.keepMine && opts.takeTheirs) throw new UserError('Choose --keep-mine or --take-theirs, not both.', 'INVALID_INPUT');
  const both = (opts.keepMineFor ?? []).filter((r) => (opts.takeTheirsFor ?? []).includes(r));
  if (both.length) throw new UserError(`${both.join(', ')}: given to both --keep-mine-for and --take-theirs-for; choose one for each case.`, 'INVALID_INPUT');
}

export function resolutionsFor(conflicts: readonly { key: string; reference: string }[], opts: ConflictOptions): Record<string, Resolution> {
  const blanket: Resolution | null = opts.takeTheirs ? 'theirs' : opts.keepMine ? 'mine' : null;
  const chosen: Record<string, Resolution> = {};
  for (const c of conflicts) {
    const choice = opts.keepMineFor?.includes(c.reference) ? 'mine' : opts.takeTheirsFor?.includes(c.reference) ? 'theirs' : blanket;
    if (choice) chosen[c.key] = choice;
  }
  return chosen;
}
