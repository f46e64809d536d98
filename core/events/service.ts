// Events (audit rounds): create, edit, list, archive. An event pins the framework version that
// was latest when it was created; later framework edits make a new version.
import type { Queryable as Db } from '../../db/open';
import { auditsOfAgencies, eventAgencyRows, replaceEventAgencies, setEventAgencyArchived } from '../../db/queries/agencies';
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
    if (agencyIds) {
      refuseRemovingAudited(tx, id, agencyIds);
      replaceEventAgencies(tx, id, agencyIds);
    }
    return getEvent(tx, id);
  });
}

/**
 * An agency whose audits count in the figures is never taken out of the event: that would drop
 * its grades from every figure without a word. The error names the audits and the way out.
 */
function refuseRemovingAudited(db: Db, eventId: number, keptIds: number[]): void {
  const kept = new Set(keptIds);
  const removed = eventAgencyRows(db, eventId).filter((a) => !kept.has(a.id));
  const audits = auditsOfAgencies(db, eventId, removed.map((a) => a.id));
  if (audits.length === 0) return;
  const agency = removed.find((a) => a.id === audits[0]!.agencyId)!;
  const own = audits.filter((a) => a.agencyId === agency.id);
  const named = own.slice(0, 10).map((a) => `${a.reference} by ${a.auditor}`);
  const more = own.length > named.length ? `, and ${own.length - named.length} more` : '';
  throw new UserError(
    `${agency.name} cannot be removed from this event: it has ${own.length} ${own.length === 1 ? 'audit' : 'audits'} (${named.join('; ')}${more}), and removing it would take them out of every figure. Archive the agency for this event instead: its audits stay in the figures, labelled archived, and it gets no new audits.`,
    'AGENCY_HAS_AUDITS',
  );
}

/** Archives (or restores) an agency for one event. Its audits stay in the figures either way. */
export function setAgencyArchived(db: Db, input: { eventId: number; agencyId: number; archived: boolean }): EventDetail {
  return writeTransaction(db, (tx) => {
    const event = getEvent(tx, input.eventId);
    if (!event.agencies.some((a) => a.id === input.agencyId)) throw new UserError('That agency does not take part in this event.', 'NOT_IN_EVENT');
    setEventAgencyArchived(tx, input.eventId, input.agencyId, input.archived);
    return getEvent(tx, input.eventId);
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
