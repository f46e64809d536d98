// Events, as far as the framework versioning rule needs them: an event pins the framework
// version that was latest when it was created.
import type { Db } from '../../db/open';
import { insertEvent, listEvents as listEventRows } from '../../db/queries/events';
import { findVersion } from '../../db/queries/frameworks';
import { UserError } from '../errors';

export type EventSummary = ReturnType<typeof listEventRows>[number];

export function createEvent(db: Db, input: { name: string; frameworkKey: string }): { id: number; frameworkVersion: number } {
  const name = input.name.trim();
  if (!name) throw new UserError('An event needs a name.', 'INVALID_INPUT');
  const version = findVersion(db, input.frameworkKey);
  if (!version) throw new UserError(`No framework has the key "${input.frameworkKey}".`, 'NOT_FOUND');
  return { id: insertEvent(db, name, version.versionId), frameworkVersion: version.version };
}

export function listEvents(db: Db): EventSummary[] {
  return listEventRows(db);
}
