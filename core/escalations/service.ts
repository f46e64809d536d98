// Safeguarding escalation: "This child may be at risk now", raised from an audit or a case. Who
// raised it, who was told and when, then the outcome; every change in the trail. The log is for
// the facilitator; the report only ever counts them (escalationCounts).
import type { Queryable as Db } from '../../db/open';
import { findAudit } from '../../db/queries/audits';
import { caseRowById } from '../../db/queries/cases';
import * as q from '../../db/queries/escalations';
import { appendTrail, type NewTrailEntry } from '../../db/queries/trail';
import { writeTransaction } from '../../db/write';
import { UserError } from '../../model/errors';
import { auditActor, requireActor } from '../audits/actor';
import type { Escalation } from '../contract/types';

export interface RaiseInput {
  caseId: number;
  auditId?: number | null;
  raisedBy?: string;
  concern?: string;
  toldWho: string;
  toldAt: string;
}

const whenPattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

function checkWhen(toldAt: string): void {
  if (!whenPattern.test(toldAt) || Number.isNaN(Date.parse(toldAt))) throw new UserError('When they were told must be a date and time written YYYY-MM-DDTHH:MM.', 'INVALID_INPUT');
}

export function listEscalations(db: Db, eventId: number, caseId?: number): Escalation[] {
  return q.escalationsOf(db, eventId, caseId);
}

export function raiseEscalation(db: Db, input: RaiseInput): Escalation {
  if (!input.toldWho.trim()) throw new UserError('Say who was told: a name and role.', 'INVALID_INPUT');
  checkWhen(input.toldAt);
  return writeTransaction(db, (tx) => {
    const caseRow = caseRowById(tx, input.caseId);
    if (!caseRow) throw new UserError(`No case has the id ${input.caseId}.`, 'NOT_FOUND');
    const audit = input.auditId ? findAudit(tx, input.auditId) : undefined;
    if (input.auditId && audit?.caseId !== input.caseId) throw new UserError('That audit is not of this case.', 'NOT_IN_EVENT');
    const actor = audit ? auditActor(tx, audit) : requireActor(tx);
    const raisedBy = input.raisedBy?.trim() || actor;
    const row = q.insertEscalation(tx, {
      eventId: caseRow.eventId,
      caseId: input.caseId,
      auditId: audit?.id ?? null,
      raisedBy,
      concern: input.concern?.trim() ?? '',
      toldWho: input.toldWho.trim(),
      toldAt: input.toldAt,
    });
    appendTrail(tx, [
      { eventId: caseRow.eventId, caseId: input.caseId, actor, entity: 'escalation', entityId: row.id, field: 'raised', oldValue: null, newValue: `${raisedBy} told ${row.toldWho} at ${row.toldAt}` },
    ]);
    return q.escalationsOf(tx, caseRow.eventId, input.caseId).find((e) => e.id === row.id)!;
  });
}

export function updateEscalation(db: Db, input: { id: number; outcome?: string; toldWho?: string; toldAt?: string; concern?: string }): Escalation {
  if (input.toldAt !== undefined) checkWhen(input.toldAt);
  if (input.toldWho !== undefined && !input.toldWho.trim()) throw new UserError('Say who was told: a name and role.', 'INVALID_INPUT');
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const before = q.findEscalation(tx, input.id);
    if (!before) throw new UserError(`No escalation has the id ${input.id}.`, 'NOT_FOUND');
    const patch: Parameters<typeof q.updateEscalation>[2] = {};
    if (input.toldWho !== undefined) patch.toldWho = input.toldWho.trim();
    if (input.toldAt !== undefined) patch.toldAt = input.toldAt;
    if (input.concern !== undefined) patch.concern = input.concern.trim();
    if (input.outcome !== undefined && input.outcome.trim() !== before.outcome) {
      patch.outcome = input.outcome.trim();
      patch.outcomeBy = patch.outcome ? actor : null;
      patch.outcomeAt = patch.outcome ? new Date().toISOString() : null;
    }
    q.updateEscalation(tx, input.id, patch);
    const entries: NewTrailEntry[] = [];
    for (const field of ['toldWho', 'toldAt', 'concern', 'outcome'] as const) {
      const value = patch[field];
      if (value !== undefined && value !== before[field]) entries.push({ eventId: before.eventId, caseId: before.caseId, actor, entity: 'escalation', entityId: before.id, field, oldValue: before[field], newValue: value });
    }
    appendTrail(tx, entries);
    return q.escalationsOf(tx, before.eventId, before.caseId).find((e) => e.id === before.id)!;
  });
}
