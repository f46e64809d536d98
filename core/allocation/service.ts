// Allocation: which agencies audit which cases, the named auditor per agency and the return
// deadline. By default an agency audits the cases that list it among "agencies involved"; a case
// that lists no agencies at all goes to every agency of the event (better asked than missed).
import type { Db, Queryable } from '../../db/open';
import { writeTransaction } from '../../db/write';
import * as q from '../../db/queries/allocation';
import { caseRowsForEvent, type CaseRow } from '../../db/queries/cases';
import { appendTrail } from '../../db/queries/trail';
import { requireActor } from '../audits/actor';
import { UserError } from '../../model/errors';
import { getEvent } from '../events/service';
import type { AllocationChange, AllocationView } from '../contract/types';

const norm = (s: string) => s.trim().toLowerCase();

function defaultAgencies(row: CaseRow, agencies: { id: number; name: string }[]): number[] {
  const involved = (JSON.parse(row.agencies) as string[]).map(norm).filter(Boolean);
  if (involved.length === 0) return agencies.map((a) => a.id);
  const set = new Set(involved);
  return agencies.filter((a) => set.has(norm(a.name))).map((a) => a.id);
}

/** Every (case, agency) the event allocates, as case id -> agency ids. */
export function allocatedCells(db: Queryable, eventId: number): Map<number, Set<number>> {
  return new Map(allocationView(db, eventId).cases.map((c) => [c.caseId, new Set(c.allocated)]));
}

/** Archived agencies are allocated nothing more: what they returned stays, nothing is owed. */
export function allocationView(db: Queryable, eventId: number): AllocationView {
  const agencies = getEvent(db, eventId).agencies.filter((a) => !a.archived);
  const overrides = new Map(q.allocationOverrides(db, eventId).map((r) => [`${r.caseId}:${r.agencyId}`, r.allocated]));
  const auditors = q.namedAuditors(db, eventId);
  const counts = new Map<number, number>();
  const cases = caseRowsForEvent(db, eventId).map((row) => {
    const byDefault = defaultAgencies(row, agencies);
    const defaults = new Set(byDefault);
    const allocated = agencies.map((a) => a.id).filter((id) => overrides.get(`${row.id}:${id}`) ?? defaults.has(id));
    for (const id of allocated) counts.set(id, (counts.get(id) ?? 0) + 1);
    return { caseId: row.id, reference: row.reference, agenciesInvolved: JSON.parse(row.agencies) as string[], allocated, byDefault };
  });
  return {
    eventId,
    deadline: q.findExchange(db, eventId)?.deadline ?? null,
    agencies: agencies.map((a) => ({ id: a.id, name: a.name, auditor: auditors.get(a.id) ?? '', allocated: counts.get(a.id) ?? 0 })),
    cases,
  };
}

/** Allocates or removes (case, agency) pairs; `reset` first returns the given agencies (or all) to the defaults. */
export function changeAllocation(db: Db, input: { eventId: number; changes: AllocationChange[]; reset?: boolean; resetAgencyIds?: number[] }): AllocationView {
  const actor = requireActor(db);
  const view = allocationView(db, input.eventId);
  const caseIds = new Map(view.cases.map((c) => [c.caseId, c.reference]));
  const agencyNames = new Map(view.agencies.map((a) => [a.id, a.name]));
  for (const change of input.changes) {
    if (!caseIds.has(change.caseId)) throw new UserError(`Case ${change.caseId} is not in this event.`, 'NOT_IN_EVENT');
    if (!agencyNames.has(change.agencyId)) throw new UserError(`Agency ${change.agencyId} does not take part in this event.`, 'NOT_IN_EVENT');
  }
  for (const id of input.resetAgencyIds ?? []) if (!agencyNames.has(id)) throw new UserError(`Agency ${id} does not take part in this event.`, 'NOT_IN_EVENT');
  writeTransaction(db, (tx) => {
    const cleared = input.reset ? q.clearAllocations(tx, input.eventId, input.resetAgencyIds) : 0;
    q.upsertAllocations(
      tx,
      input.changes.map((c) => ({ eventId: input.eventId, caseId: c.caseId, agencyId: c.agencyId, allocated: c.allocated })),
    );
    const added = input.changes.filter((c) => c.allocated).length;
    const removed = input.changes.length - added;
    const parts = [cleared || input.reset ? `reset to the defaults${input.resetAgencyIds ? ` for ${input.resetAgencyIds.map((id) => agencyNames.get(id)).join(', ')}` : ''}` : '', added ? `${added} allocated` : '', removed ? `${removed} removed` : ''];
    appendTrail(tx, [{ eventId: input.eventId, caseId: input.changes.length === 1 ? input.changes[0]!.caseId : null, actor, entity: 'allocation', entityId: null, field: 'allocation', oldValue: null, newValue: parts.filter(Boolean).join(', ') || 'no change' }]);
  });
  return allocationView(db, input.eventId);
}

/** The deadline and named auditors. An empty auditor name removes it. */
export function updateAllocationSettings(db: Db, input: { eventId: number; deadline?: string | null; auditors?: { agencyId: number; auditor: string }[] }): AllocationView {
  const actor = requireActor(db);
  const view = allocationView(db, input.eventId);
  const agencyNames = new Map(view.agencies.map((a) => [a.id, a.name]));
  for (const a of input.auditors ?? []) if (!agencyNames.has(a.agencyId)) throw new UserError(`Agency ${a.agencyId} does not take part in this event.`, 'NOT_IN_EVENT');
  writeTransaction(db, (tx) => {
    const entries = [];
    if (input.deadline !== undefined && input.deadline !== view.deadline) {
      q.setDeadline(tx, input.eventId, input.deadline);
      entries.push({ eventId: input.eventId, caseId: null, actor, entity: 'allocation', entityId: null, field: 'deadline', oldValue: view.deadline, newValue: input.deadline });
    }
    for (const a of input.auditors ?? []) {
      const before = view.agencies.find((x) => x.id === a.agencyId)!.auditor;
      const auditor = a.auditor.trim();
      if (auditor === before) continue;
      q.setNamedAuditor(tx, input.eventId, a.agencyId, auditor);
      entries.push({ eventId: input.eventId, caseId: null, actor, entity: 'allocation', entityId: a.agencyId, field: 'auditor', oldValue: before, newValue: auditor, note: agencyNames.get(a.agencyId) ?? '' });
    }
    appendTrail(tx, entries);
  });
  return allocationView(db, input.eventId);
}
