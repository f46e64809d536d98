// Every change is stamped with the user's name from Settings; without one, nothing is changed.
// Headless runs (the CLI) may supply a fallback name for when Settings has none.
import type { Queryable } from '../../db/open';
import { getSettings } from '../settings/service';
import { UserError } from '../../model/errors';

let fallbackActor: string | null = null;

export function setFallbackActor(name: string | null): void {
  fallbackActor = name?.trim() || null;
}

export function requireActor(db: Queryable): string {
  const name = getSettings(db).userName.trim() || fallbackActor;
  if (!name) throw new UserError('Enter your name in Settings first: every change to an audit is stamped with it.', 'NO_USER_NAME');
  return name;
}

/**
 * Changes made inside an audit are stamped with the name it is being scored as (its auditor unless
 * changed with a reason), never the Settings name of whoever's machine it is.
 */
export function auditActor(db: Queryable, audit: { auditor: string; scoringAs: string | null }): string {
  return audit.scoringAs?.trim() || audit.auditor.trim() || requireActor(db);
}

/** Runs fn with a stand-in name when neither Settings nor the host supplies one, then restores it. */
export async function withStandInActor<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const previous = fallbackActor;
  fallbackActor ??= name;
  try {
    return await fn();
  } finally {
    fallbackActor = previous;
  }
}

/** For records that are not changes (an export): the name when there is one, never a refusal. */
export function actorOrUnknown(db: Queryable): string {
  return getSettings(db).userName.trim() || fallbackActor || 'unknown user (no name in Settings)';
}
