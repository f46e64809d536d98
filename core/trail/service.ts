// Reading the audit trail, for an event or one case, and as CSV.
import { toCsv } from '../export/cells';
import type { Queryable as Db } from '../../db/open';
import { trailEntries } from '../../db/queries/trail';
import { closeEditSessions } from '../../db/queries/trail-edits';
import { writeTransaction } from '../../db/write';
import { getEvent } from '../events/service';
import type { TrailEntry } from '../contract/types';

/** The trail as decided so far: reading it closes the event's open editing sessions, so they are in it. */
export function listTrail(db: Db, filter: { eventId: number; caseId?: number }): TrailEntry[] {
  getEvent(db, filter.eventId);
  return writeTransaction(db, (tx) => {
    closeEditSessions(tx, { eventId: filter.eventId });
    return trailEntries(tx, filter);
  });
}

const trailColumns = ['id', 'at', 'actor', 'case_id', 'entity', 'entity_id', 'field', 'old_value', 'new_value', 'note'] as const;

export function trailCsv(entries: TrailEntry[]): string {
  const data = entries.map((e) => [e.id, e.at, e.actor, e.caseId ?? '', e.entity, e.entityId ?? '', e.field, e.oldValue ?? '', e.newValue ?? '', e.note]);
  return toCsv(trailColumns, data);
}
