// Reading the audit trail, for an event or one case, and as CSV.
import { toCsv } from '../export/cells';
import type { Queryable as Db } from '../../db/open';
import { trailEntries } from '../../db/queries/trail';
import { getEvent } from '../events/service';
import type { TrailEntry } from '../contract/types';

export function listTrail(db: Db, filter: { eventId: number; caseId?: number }): TrailEntry[] {
  getEvent(db, filter.eventId);
  return trailEntries(db, filter);
}

const trailColumns = ['id', 'at', 'actor', 'case_id', 'entity', 'entity_id', 'field', 'old_value', 'new_value', 'note'] as const;

export function trailCsv(entries: TrailEntry[]): string {
  const data = entries.map((e) => [e.id, e.at, e.actor, e.caseId ?? '', e.entity, e.entityId ?? '', e.field, e.oldValue ?? '', e.newValue ?? '', e.note]);
  return toCsv(trailColumns, data);
}
