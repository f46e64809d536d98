// Events (audit rounds): create, edit, list, archive. An event pins the framework version that
// was latest when it was created; later framework edits make a new version.
import type { Queryable as Db } from '../../db/open';
import { eventAgencyRows, replaceEventAgencies } from '../../db/queries/agencies';
import * as q from '../../db/queries/events';
import { findVersion } from '../../db/queries/frameworks';
import { writeTransaction } from '../../db/write';
import { ensureAgencies } from '../agencies/service';
import { UserError } from '../../model/errors';
import { createEventSchema, type CreateEventInput, type UpdateEventInput } from '../../model/event';
import { describeProblems, toProblems } from '../../model/problems';

import type { EventDetail, EventSummary } from '../contract/types';

function toEventSummary({ frameworkVersionId: _internal, ...row }: q.EventRow): EventSummary {
  return row;
}

export function createEvent(db: Db, input: CreateEventInput): { id: number; frameworkVersion: number } {
  const parsed = createEventSchema.safeParse(input);
  if (!parsed.success) throw new UserError(`The event is not valid: ${describeProblems(toProblems(parsed.error))}`, 'INVALID_INPUT');
  const { frameworkKey, agencies, ...fields } = parsed.data;
  return writeTransaction(db, (tx) => {
    const version = findVersion(tx, frameworkKey);
    if (!version) throw new UserError(`No framework has the key "${frameworkKey}".`, 'NOT_FOUND');
    const id = q.insertEvent(tx, { ...fields, frameworkVersionId: version.versionId });
    replaceEventAgencies(tx, id, ensureAgencies(tx, agencies).map((a) => a.id));
    return { id, frameworkVersion: version.version };
  });
}

export function getEvent(db: Db, id: number): EventDetail {
  const row = q.findEventRow(db, id);
  if (!row) throw new UserError(`No event has the id ${id}.`, 'NOT_FOUND');
  return { ...toEventSummary(row), agencies: eventAgencyRows(db, id) };
}

export function updateEvent(db: Db, input: UpdateEventInput): EventDetail {
  const { id, agencyIds, ...fields } = input;
  return writeTransaction(db, (tx) => {
    getEvent(tx, id);
    if (Object.keys(fields).length > 0) q.updateEventRow(tx, id, fields);
    if (agencyIds) replaceEventAgencies(tx, id, agencyIds);
    return getEvent(tx, id);
  });
}

export function setArchived(db: Db, id: number, archived: boolean): EventDetail {
  return writeTransaction(db, (tx) => {
    getEvent(tx, id);
    q.updateEventRow(tx, id, { archivedAt: archived ? new Date().toISOString() : null });
    return getEvent(tx, id);
  });
}

export function listEvents(db: Db, options: { includeArchived?: boolean } = {}): EventSummary[] {
  return q.listEventRows(db, options.includeArchived ?? false).map(toEventSummary);
}
