// Recommendations and the action plan: linked to criteria and findings, owned by an agency, due
// by a date, open → in progress → done (overdue worked out from the date), and carried into the
// next event for re-audit while not done.
import type { Queryable as Db } from '../../db/open';
import { caseRowById } from '../../db/queries/cases';
import { findingsOfEvent } from '../../db/queries/findings';
import * as q from '../../db/queries/recommendations';
import { writeTransaction } from '../../db/write';
import { appendTrail } from '../../db/queries/trail';
import { requireActor } from '../audits/actor';
import { frameworkForEvent } from '../audits/event-framework';
import { UserError } from '../../model/errors';
import { getEvent } from '../events/service';
import { isoDate } from '../../model/event';
import { isOverdue } from '../../model/smart';
import { todayIso } from '../../model/dates';
import type { ProgressRating, RecommendationStatus } from '../../model/statuses';

import type { Recommendation } from '../contract/types';

export interface RecommendationInput {
  text?: string;
  /** Set when the action is single-agency feedback from moderating this case. */
  caseId?: number | null;
  ownerAgencyId?: number | null;
  dueDate?: string | null;
  status?: RecommendationStatus;
  successMeasure?: string;
  progressRating?: ProgressRating | null;
  criterionKeys?: string[];
  findingIds?: number[];
}

export function listRecommendations(db: Db, eventId: number, on: string = todayIso()): Recommendation[] {
  getEvent(db, eventId);
  return q.recommendationsOf(db, eventId).map((r) => ({
    ...r,
    overdue: isOverdue(r.status, r.dueDate, on),
    carriedFromEvent: r.carriedFromId ? (eventNameOfRecommendation(db, r.carriedFromId) ?? null) : null,
  }));
}

function eventNameOfRecommendation(db: Db, id: number): string | undefined {
  const rec = q.findRecommendation(db, id);
  return rec ? getEvent(db, rec.eventId).name : undefined;
}

function check(db: Db, eventId: number, input: RecommendationInput): void {
  if (input.text !== undefined && !input.text.trim()) throw new UserError('A recommendation needs some text.', 'INVALID_INPUT');
  if (input.dueDate && !isoDate.safeParse(input.dueDate).success) throw new UserError('The due date must be a real date written YYYY-MM-DD.', 'INVALID_INPUT');
  if (input.ownerAgencyId && !getEvent(db, eventId).agencies.some((a) => a.id === input.ownerAgencyId)) {
    throw new UserError('The owner must be an agency taking part in the event.', 'NOT_IN_EVENT');
  }
  if (input.caseId && caseRowById(db, input.caseId)?.eventId !== eventId) throw new UserError('The case is not in this event.', 'NOT_IN_EVENT');
  const fw = frameworkForEvent(db, eventId);
  const unknown = (input.criterionKeys ?? []).filter((k) => !fw.criterionByKey.has(k));
  if (unknown.length) throw new UserError(`Not criteria of this event's framework: ${unknown.join(', ')}.`, 'UNKNOWN_CRITERION');
  if (input.findingIds?.length) {
    const ids = new Set(findingsOfEvent(db, eventId).map((f) => f.id));
    if (input.findingIds.some((id) => !ids.has(id))) throw new UserError('A linked finding is not in this event.', 'NOT_IN_EVENT');
  }
}

export function createRecommendation(db: Db, eventId: number, input: RecommendationInput & { text: string }): Recommendation {
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    check(tx, eventId, input);
    const id = q.insertRecommendation(tx, {
      eventId,
      text: input.text.trim(),
      ownerAgencyId: input.ownerAgencyId ?? null,
      caseId: input.caseId ?? null,
      dueDate: input.dueDate ?? null,
      status: input.status ?? 'open',
      successMeasure: input.successMeasure?.trim() ?? '',
      progressRating: input.progressRating ?? null,
      createdBy: actor,
    });
    q.replaceRecommendationLinks(tx, id, input.criterionKeys ?? [], input.findingIds ?? []);
    appendTrail(tx, [{ eventId, actor, entity: 'recommendation', entityId: id, field: 'created', oldValue: null, newValue: input.text.trim() }]);
    return listRecommendations(tx, eventId).find((r) => r.id === id)!;
  });
}

export function updateRecommendation(db: Db, id: number, input: RecommendationInput): Recommendation {
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const before = q.findRecommendation(tx, id);
    if (!before) throw new UserError(`No recommendation has the id ${id}.`, 'NOT_FOUND');
    check(tx, before.eventId, input);
    const patch = {
      ...(input.text !== undefined ? { text: input.text.trim() } : {}),
      ...(input.ownerAgencyId !== undefined ? { ownerAgencyId: input.ownerAgencyId } : {}),
      ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.successMeasure !== undefined ? { successMeasure: input.successMeasure.trim() } : {}),
      ...(input.progressRating !== undefined ? { progressRating: input.progressRating } : {}),
    };
    q.updateRecommendation(tx, id, patch);
    q.replaceRecommendationLinks(tx, id, input.criterionKeys, input.findingIds);
    appendTrail(
      tx,
      Object.entries(patch)
        .filter(([k, v]) => before[k as keyof typeof patch] !== v)
        .map(([field, value]) => ({ eventId: before.eventId, actor, entity: 'recommendation', entityId: id, field, oldValue: String(before[field as keyof typeof patch] ?? ''), newValue: String(value ?? '') })),
    );
    return listRecommendations(tx, before.eventId).find((r) => r.id === id)!;
  });
}

export function deleteRecommendation(db: Db, id: number): void {
  writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const before = q.findRecommendation(tx, id);
    if (!before) throw new UserError(`No recommendation has the id ${id}.`, 'NOT_FOUND');
    q.deleteRecommendation(tx, id);
    appendTrail(tx, [{ eventId: before.eventId, actor, entity: 'recommendation', entityId: id, field: 'deleted', oldValue: before.text, newValue: null }]);
  });
}

/**
 * Copies the earlier event's actions that are not done into this event, for re-audit. Running it
 * again copies only what is new. Owners carry over when the agency takes part in this event;
 * criteria links carry over when this event's framework has the criterion.
 */
export function carryForward(db: Db, input: { fromEventId: number; toEventId: number }): { carried: number } {
  if (input.fromEventId === input.toEventId) throw new UserError('Carry actions from a different event.', 'INVALID_INPUT');
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const target = getEvent(tx, input.toEventId);
    const source = getEvent(tx, input.fromEventId);
    const fw = frameworkForEvent(tx, input.toEventId);
    const participating = new Set(target.agencies.map((a) => a.id));
    let carried = 0;
    const already = new Set(q.recommendationsOf(tx, input.toEventId).map((r) => r.carriedFromId));
    for (const r of q.recommendationsOf(tx, input.fromEventId)) {
      if (r.status === 'done' || already.has(r.id)) continue;
      const id = q.insertRecommendation(tx, {
        eventId: input.toEventId,
        text: r.text,
        ownerAgencyId: r.ownerAgencyId && participating.has(r.ownerAgencyId) ? r.ownerAgencyId : null,
        dueDate: r.dueDate,
        status: r.status,
        successMeasure: r.successMeasure,
        progressRating: r.progressRating,
        carriedFromId: r.id,
        createdBy: actor,
      });
      q.replaceRecommendationLinks(tx, id, r.criterionKeys.filter((k) => fw.criterionByKey.has(k)), []);
      carried++;
    }
    appendTrail(tx, [{ eventId: input.toEventId, actor, entity: 'recommendation', entityId: null, field: 'carried forward', oldValue: null, newValue: `${carried} from ${source.name}` }]);
    return { carried };
  });
}
