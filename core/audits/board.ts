// The facilitator's progress board: cases down, participating agencies across, and in each cell
// the audits recorded (one per auditor) with their status and how far they have got. Only
// allocated cells count in the totals; an audit in a cell that is not allocated is still shown.
import type { Queryable as Db } from '../../db/open';
import { auditsOfEvent, gradedCounts } from '../../db/queries/audits';
import { caseRowsForEvent } from '../../db/queries/cases';
import { findModeration } from '../../db/queries/moderation';
import { getEvent } from '../events/service';
import { frameworkForEvent } from './event-framework';
import { allocatedCells } from '../allocation/service';
import type { AuditListItem, ProgressBoard } from '../contract/types';

export function progressBoard(db: Db, eventId: number): ProgressBoard {
  const event = getEvent(db, eventId);
  const criteriaCount = frameworkForEvent(db, eventId).criteria.length;
  const counts = gradedCounts(db, eventId);
  const byCell = new Map<string, AuditListItem[]>();
  for (const a of auditsOfEvent(db, eventId)) {
    const key = `${a.caseId}:${a.agencyId}`;
    byCell.set(key, [...(byCell.get(key) ?? []), a]);
  }
  const allocation = allocatedCells(db, eventId);
  const totals = { notStarted: 0, inProgress: 0, submitted: 0, moderated: 0, missing: 0 };
  const rows = caseRowsForEvent(db, eventId).map((c) => ({
    caseId: c.id,
    reference: c.reference,
    ageStage: c.ageStage,
    levelOfNeed: c.levelOfNeed,
    moderated: !!findModeration(db, c.id)?.lockedAt,
    cells: event.agencies.map((agency) => {
      const list = byCell.get(`${c.id}:${agency.id}`) ?? [];
      const allocated = allocation.get(c.id)?.has(agency.id) ?? false;
      if (allocated && list.length === 0) totals.missing++;
      for (const a of allocated ? list : []) {
        if (a.status === 'not-started') totals.notStarted++;
        else if (a.status === 'in-progress') totals.inProgress++;
        else if (a.status === 'submitted') totals.submitted++;
        else totals.moderated++;
      }
      return { agencyId: agency.id, allocated, audits: list.map((a) => ({ id: a.id, auditor: a.auditor, status: a.status, updatedAt: a.updatedAt, graded: counts.get(a.id) ?? 0 })) };
    }),
  }));
  return { agencies: event.agencies.map((a) => ({ id: a.id, name: a.archived ? `${a.name} (archived for this event)` : a.name })), criteriaCount, rows, totals };
}
