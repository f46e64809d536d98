// Moderation's changes: the agreed multi-agency grade with its rationale (one at a time, or every
// unanimous criterion at once), the agreed overall grade, then lock and sign-off. Agencies' own
// grades are read (core/moderation/view) and never written.
import type { Queryable as Db } from '../../db/open';
import * as audits from '../../db/queries/audits';
import * as q from '../../db/queries/moderation';
import { writeTransaction } from '../../db/write';
import { appendTrail } from '../../db/queries/trail';
import { recordEdits } from '../../db/queries/trail-edits';
import { requireActor } from '../audits/actor';
import { describeGrade, frameworkForEvent } from '../audits/event-framework';
import { isoDate } from '../../model/event';
import { UserError } from '../../model/errors';
import { caseOf, getModeration } from './view';
import type { ModeratedGrade, Moderation, ModerationView } from '../contract/types';

export { getModeration, moderationQueue } from './view';

function assertUnlocked(db: Db, caseId: number): void {
  if (q.findModeration(db, caseId)?.lockedAt) throw new UserError('Moderation of this case is locked and signed off. Unlock it, giving a reason, to change it.', 'MODERATION_LOCKED');
}

export function setModeratedGrade(db: Db, input: { caseId: number; criterionKey: string; value?: number | null; notApplicable?: boolean; rationale?: string }): ModeratedGrade {
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const caseRow = caseOf(tx, input.caseId);
    assertUnlocked(tx, input.caseId);
    const fw = frameworkForEvent(tx, caseRow.eventId);
    if (!fw.criterionByKey.has(input.criterionKey)) throw new UserError(`"${input.criterionKey}" is not a criterion of this event's framework.`, 'UNKNOWN_CRITERION');
    if (input.value !== undefined && input.value !== null && !fw.levelByValue.has(input.value)) throw new UserError(`${input.value} is not a value on this framework's scale.`, 'NOT_ON_SCALE');
    const patch: Parameters<typeof q.upsertModeratedGrade>[3] = {};
    if (input.value !== undefined) patch.value = input.value;
    if (input.notApplicable !== undefined) patch.notApplicable = input.notApplicable;
    if (input.value !== undefined && input.value !== null) patch.notApplicable = false;
    if (input.notApplicable === true) patch.value = null;
    if (input.rationale !== undefined) patch.rationale = input.rationale;
    const before = q.findModeratedGrade(tx, input.caseId, input.criterionKey);
    const after = q.upsertModeratedGrade(tx, input.caseId, input.criterionKey, patch);
    const base = { eventId: caseRow.eventId, caseId: input.caseId, actor, entity: 'moderated-grade', entityId: after.id, note: input.criterionKey };
    const oldGrade = before ? describeGrade(fw, before.value, before.notApplicable) : '';
    const newGrade = describeGrade(fw, after.value, after.notApplicable);
    const entries = [];
    if (oldGrade !== newGrade) entries.push({ ...base, field: 'agreed grade', oldValue: oldGrade, newValue: newGrade });
    if ((before?.rationale ?? '') !== after.rationale) entries.push({ ...base, field: 'rationale', oldValue: before?.rationale ?? '', newValue: after.rationale });
    recordEdits(tx, entries);
    return after;
  });
}

export function setModeratedOverall(db: Db, input: { caseId: number; value?: number | null; rationale?: string }): Moderation {
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const caseRow = caseOf(tx, input.caseId);
    assertUnlocked(tx, input.caseId);
    const fw = frameworkForEvent(tx, caseRow.eventId);
    if (input.value !== undefined && input.value !== null && !fw.levelByValue.has(input.value)) throw new UserError(`${input.value} is not a value on this framework's scale.`, 'NOT_ON_SCALE');
    const before = q.findModeration(tx, input.caseId);
    const after = q.upsertModeration(tx, input.caseId, {
      ...(input.value !== undefined ? { overallValue: input.value } : {}),
      ...(input.rationale !== undefined ? { overallRationale: input.rationale } : {}),
    });
    const base = { eventId: caseRow.eventId, caseId: input.caseId, actor, entity: 'moderation', entityId: input.caseId };
    const entries = [];
    if ((before?.overallValue ?? null) !== after.overallValue) entries.push({ ...base, field: 'agreed overall', oldValue: describeGrade(fw, before?.overallValue ?? null, false), newValue: describeGrade(fw, after.overallValue, false) });
    if ((before?.overallRationale ?? '') !== after.overallRationale) entries.push({ ...base, field: 'overall rationale', oldValue: before?.overallRationale ?? '', newValue: after.overallRationale });
    recordEdits(tx, entries);
    return after;
  });
}

/** Locks the case's moderation with a sign-off; its submitted audits become "moderated". */
export function signOffModeration(db: Db, input: { caseId: number; name: string; date: string }): ModerationView {
  const name = input.name.trim();
  if (!name) throw new UserError('Sign-off needs the name of the person signing off.', 'INVALID_INPUT');
  if (!isoDate.safeParse(input.date).success) throw new UserError('The sign-off date must be a real date written YYYY-MM-DD.', 'INVALID_INPUT');
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const caseRow = caseOf(tx, input.caseId);
    assertUnlocked(tx, input.caseId);
    const view = getModeration(tx, input.caseId);
    const missing = view.criteria.filter((c) => !c.agreed || (c.agreed.value === null && !c.agreed.notApplicable));
    if (missing.length > 0) {
      throw new UserError(
        `Agree a grade for every criterion before signing off (${missing.length} still to agree).`,
        'INCOMPLETE',
        missing.map((c) => ({ path: c.key, message: c.title })),
      );
    }
    if (view.overall.agreedValue === null) throw new UserError('Agree an overall grade before signing off.', 'INCOMPLETE');
    q.upsertModeration(tx, input.caseId, { lockedAt: new Date().toISOString(), signedOffBy: name, signedOffOn: input.date });
    const entries = [{ eventId: caseRow.eventId, caseId: input.caseId, actor, entity: 'moderation', entityId: input.caseId, field: 'signed off', oldValue: '', newValue: `${name}, ${input.date}` }];
    for (const a of audits.auditsOfEvent(tx, caseRow.eventId, input.caseId).filter((x) => x.status === 'submitted')) {
      audits.updateAudit(tx, a.id, { status: 'moderated' });
      entries.push({ eventId: caseRow.eventId, caseId: input.caseId, actor, entity: 'audit', entityId: a.id, field: 'status', oldValue: 'submitted', newValue: 'moderated' });
    }
    appendTrail(tx, entries);
    return getModeration(tx, input.caseId);
  });
}

export function unlockModeration(db: Db, input: { caseId: number; reason: string }): ModerationView {
  if (!input.reason.trim()) throw new UserError('Give a reason for unlocking the moderation.', 'INVALID_INPUT');
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const caseRow = caseOf(tx, input.caseId);
    const moderation = q.findModeration(tx, input.caseId);
    if (!moderation?.lockedAt) throw new UserError('Moderation of this case is not locked.', 'NOT_LOCKED');
    q.upsertModeration(tx, input.caseId, { lockedAt: null, signedOffBy: null, signedOffOn: null });
    const entries = [{ eventId: caseRow.eventId, caseId: input.caseId, actor, entity: 'moderation', entityId: input.caseId, field: 'unlocked', oldValue: `${moderation.signedOffBy}, ${moderation.signedOffOn}`, newValue: '', note: input.reason.trim() }];
    for (const a of audits.auditsOfEvent(tx, caseRow.eventId, input.caseId).filter((x) => x.status === 'moderated')) {
      audits.updateAudit(tx, a.id, { status: 'submitted' });
      entries.push({ eventId: caseRow.eventId, caseId: input.caseId, actor, entity: 'audit', entityId: a.id, field: 'status', oldValue: 'moderated', newValue: 'submitted', note: '' });
    }
    appendTrail(tx, entries);
    return getModeration(tx, input.caseId);
  });
}

/**
 * "Agree where unanimous": every criterion all audits graded alike, and not yet agreed, gets that
 * grade with the rationale "All agencies graded X." Criteria already agreed are left as they are.
 */
export function agreeWhereUnanimous(db: Db, input: { caseId: number }): ModerationView {
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const caseRow = caseOf(tx, input.caseId);
    assertUnlocked(tx, input.caseId);
    const fw = frameworkForEvent(tx, caseRow.eventId);
    const view = getModeration(tx, input.caseId);
    const entries = [];
    for (const c of view.criteria) {
      if (!c.unanimous || (c.agreed && (c.agreed.notApplicable || c.agreed.value !== null))) continue;
      const grade = describeGrade(fw, c.unanimous.value, c.unanimous.notApplicable);
      const only = c.grades.length === 1 ? c.grades[0]! : null;
      const rationale = c.agreed?.rationale.trim() ? c.agreed.rationale : only ? `${only.agencyName} graded ${grade} (the only audit of this case).` : `All agencies graded ${grade}.`;
      const row = q.upsertModeratedGrade(tx, input.caseId, c.key, { value: c.unanimous.value, notApplicable: c.unanimous.notApplicable, rationale });
      const base = { eventId: caseRow.eventId, caseId: input.caseId, actor, entity: 'moderated-grade', entityId: row.id, note: `${c.key}; agreed where unanimous` };
      entries.push({ ...base, field: 'agreed grade', oldValue: '', newValue: grade });
      if ((c.agreed?.rationale ?? '') !== rationale) entries.push({ ...base, field: 'rationale', oldValue: c.agreed?.rationale ?? '', newValue: rationale });
    }
    if (entries.length === 0) throw new UserError('No criterion is left that every audit graded alike: nothing to agree.', 'NOTHING_TO_AGREE');
    appendTrail(tx, entries);
    return getModeration(tx, input.caseId);
  });
}
