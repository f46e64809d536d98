// What moderation reads: one case as a grid (criteria by audits, each difference classified) and
// the event's queue of cases, most differences first. Agencies' own grades are read, never written.
import type { Queryable as Db } from '../../db/open';
import * as audits from '../../db/queries/audits';
import { caseRowById, caseRowsForEvent } from '../../db/queries/cases';
import * as q from '../../db/queries/moderation';
import { frameworkForEvent, type EventFramework } from '../audits/event-framework';
import { UserError } from '../../model/errors';
import { differenceKinds, type DifferenceKind } from '../../model/differences';
import { classifyDifference, unanimousGrade, type Scale } from './differences';
import type { AgencyGrade, ModerationQueueRow, ModerationView } from '../contract/types';

export function caseOf(db: Db, caseId: number) {
  const row = caseRowById(db, caseId);
  if (!row) throw new UserError(`No case has the id ${caseId}.`, 'NOT_FOUND');
  return row;
}

const scaleOf = (fw: EventFramework): Scale => ({ values: [...fw.levelByValue.keys()], goodOrBetterFrom: fw.goodOrBetterFrom });

export function getModeration(db: Db, caseId: number): ModerationView {
  const caseRow = caseOf(db, caseId);
  const fw = frameworkForEvent(db, caseRow.eventId);
  const scale = scaleOf(fw);
  const list = audits.auditsOfEvent(db, caseRow.eventId, caseId);
  const rows = new Map(list.map((a) => [a.id, audits.findAudit(db, a.id)!]));
  const grades = audits.gradesOf(db, list.map((a) => a.id));
  const agreed = new Map(q.moderatedGradesOf(db, caseId).map((g) => [g.criterionKey, g]));
  const moderation = q.findModeration(db, caseId);
  const criteria = fw.criteria.map((criterion) => {
    const byAudit = list.map((a): AgencyGrade => {
      const g = grades.find((x) => x.auditId === a.id && x.criterionKey === criterion.key);
      return {
        auditId: a.id,
        agencyName: a.agencyName,
        auditor: a.auditor,
        status: a.status,
        value: g?.value ?? null,
        notApplicable: g?.notApplicable ?? false,
        notApplicableReason: g?.notApplicableReason ?? '',
        rationale: g?.rationale ?? '',
        evidence: g?.evidence ?? '',
      };
    });
    return {
      key: criterion.key,
      title: criterion.title,
      grades: byAudit,
      differences: classifyDifference(byAudit, scale),
      unanimous: unanimousGrade(byAudit),
      agreed: agreed.get(criterion.key) ?? null,
    };
  });
  const overallGrades = list.map((a) => ({ auditId: a.id, agencyName: a.agencyName, auditor: a.auditor, value: a.overallValue, rationale: rows.get(a.id)!.overallRationale }));
  return {
    caseId,
    reference: caseRow.reference,
    eventId: caseRow.eventId,
    criteria,
    overall: {
      grades: overallGrades,
      differences: classifyDifference(overallGrades.map((g) => ({ value: g.value, notApplicable: false })), scale),
      agreedValue: moderation?.overallValue ?? null,
      agreedRationale: moderation?.overallRationale ?? '',
    },
    locked: !!moderation?.lockedAt,
    signedOffBy: moderation?.signedOffBy ?? null,
    signedOffOn: moderation?.signedOffOn ?? null,
  };
}

const noKinds = (): Record<DifferenceKind, number> => Object.fromEntries(differenceKinds.map((k) => [k, 0])) as Record<DifferenceKind, number>;

/** The event's cases with audits, most differing criteria first, then by reference. */
export function moderationQueue(db: Db, eventId: number): ModerationQueueRow[] {
  const fw = frameworkForEvent(db, eventId);
  const scale = scaleOf(fw);
  const list = audits.auditsOfEvent(db, eventId);
  const gradeByAudit = new Map<number, Map<string, { value: number | null; notApplicable: boolean }>>();
  for (const g of audits.gradesOfEvent(db, eventId)) {
    if (!gradeByAudit.has(g.auditId)) gradeByAudit.set(g.auditId, new Map());
    gradeByAudit.get(g.auditId)!.set(g.criterionKey, g);
  }
  const agreed = new Set(q.moderatedGradesOfEvent(db, eventId).filter((g) => g.notApplicable || g.value !== null).map((g) => `${g.caseId}:${g.criterionKey}`));
  const moderation = new Map(q.moderationsOfEvent(db, eventId).map((m) => [m.caseId, m]));
  const rows: ModerationQueueRow[] = [];
  for (const c of caseRowsForEvent(db, eventId)) {
    const caseAudits = list.filter((a) => a.caseId === c.id);
    if (caseAudits.length === 0) continue;
    const row: ModerationQueueRow = {
      caseId: c.id,
      reference: c.reference,
      audits: caseAudits.length,
      criteria: fw.criteria.length,
      differences: 0,
      byKind: noKinds(),
      unanimousToAgree: 0,
      agreed: 0,
      overallAgreed: moderation.get(c.id)?.overallValue != null,
      locked: !!moderation.get(c.id)?.lockedAt,
    };
    for (const criterion of fw.criteria) {
      const given = caseAudits.map((a) => gradeByAudit.get(a.id)?.get(criterion.key) ?? { value: null, notApplicable: false });
      const kinds = classifyDifference(given, scale);
      if (kinds.length > 0) row.differences += 1;
      for (const k of kinds) row.byKind[k] += 1;
      const isAgreed = agreed.has(`${c.id}:${criterion.key}`);
      if (isAgreed) row.agreed += 1;
      else if (unanimousGrade(given)) row.unanimousToAgree += 1;
    }
    rows.push(row);
  }
  return rows.sort((a, b) => b.differences - a.differences || a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));
}
