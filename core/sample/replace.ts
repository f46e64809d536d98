// Replacing a sampled case found unsuitable with the next unused reserve of its stratum, in draw
// order. One transaction: the case goes (with its allocation), the reserve becomes a case of the
// sample, and the replacement is recorded with its reason, its actor and the trail.
import type { Db } from '../../db/open';
import { caseRowsForEvent, prepareCaseWriters, type CaseColumn } from '../../db/queries/cases';
import * as q from '../../db/queries/sample';
import { appendTrail } from '../../db/queries/trail';
import { writeTransaction } from '../../db/write';
import { UserError } from '../../model/errors';
import type { SampleAttribute } from '../../model/sample';
import { requireActor } from '../audits/actor';
import type { SampleDrawView } from '../contract/sample-types';
import { getSampleView } from './service';
import { stratumLabel } from './view';
import type { StratumPlan } from './draw';

export interface ReplaceRequest {
  eventId: number;
  reference: string;
  reason: string;
}

export function replaceSampledCase(db: Db, request: ReplaceRequest): SampleDrawView {
  const reason = request.reason.trim();
  if (!reason) throw new UserError('Give the reason the case is unsuitable: it is recorded with the replacement.', 'INVALID_INPUT');
  writeTransaction(db, (tx) => {
    const draw = q.drawForEvent(tx, request.eventId);
    if (!draw) throw new UserError(`Event ${request.eventId} has no drawn sample to replace a case in.`, 'NO_SAMPLE');
    const wanted = request.reference.trim().toUpperCase();
    const row = caseRowsForEvent(tx, request.eventId).find((c) => c.reference.toUpperCase() === wanted);
    const member = row && q.memberCases(tx, draw.id).find((m) => m.case.id === row.id)?.member;
    if (!row || !member) throw new UserError(`"${request.reference}" is not a case in the drawn sample of event ${request.eventId}.`, 'NOT_FOUND');
    const { audits, documents } = q.caseWork(tx, row.id);
    if (audits > 0) throw new UserError(`${row.reference} already has ${audits} audit${audits === 1 ? '' : 's'}: a case is replaced only before auditing starts.`, 'USER_ERROR');
    if (documents > 0) throw new UserError(`${row.reference} has ${documents} document${documents === 1 ? '' : 's'} attached: remove them before replacing the case.`, 'USER_ERROR');
    const stratify = JSON.parse(draw.stratify) as SampleAttribute[];
    const stratum = (JSON.parse(draw.strata) as Omit<StratumPlan, 'label'>[]).find((s) => s.key === member.stratum);
    const label = stratum ? stratumLabel(stratum, stratify) : member.stratum;
    const reserve = q.nextReserve(tx, draw.id, member.stratum);
    if (!reserve) throw new UserError(`No reserve is left for ${label}: ${row.reference} cannot be replaced from the draw.`, 'NO_RESERVE');

    const actor = requireActor(tx);
    q.deleteCase(tx, row.id);
    const values = JSON.parse(reserve.values) as Record<string, string | number | null>;
    const columns = Object.keys(values) as CaseColumn[];
    const caseId = Number(prepareCaseWriters(db, request.eventId, columns).insert(reserve.reference, columns.map((c) => values[c])).lastInsertRowid);
    q.insertMembers(tx, [{ caseId, drawId: draw.id, stratum: member.stratum, position: reserve.position, fromReserve: true }]);
    q.markReserveUsed(tx, reserve.id);
    q.insertReplacement(tx, { drawId: draw.id, actor, stratum: member.stratum, replacedReference: row.reference, replacementReference: reserve.reference, reason });
    appendTrail(tx, [{ eventId: request.eventId, caseId, actor, entity: 'sample', entityId: draw.id, field: 'replacement', oldValue: row.reference, newValue: reserve.reference, note: reason }]);
  });
  return getSampleView(db, request.eventId)!;
}
