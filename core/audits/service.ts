// The audit workspace: one auditor's audit of one case for one agency. Every change is written
// at once in its own transaction, with a trail entry, so nothing typed is lost if the app dies.
import type { Queryable as Db } from '../../db/open';
import { eventAgencyRows } from '../../db/queries/agencies';
import * as q from '../../db/queries/audits';
import { caseRowById } from '../../db/queries/cases';
import { appendTrail, type NewTrailEntry } from '../../db/queries/trail';
import { recordEdits } from '../../db/queries/trail-edits';
import { writeTransaction } from '../../db/write';
import { toCaseView } from '../cases/columns';
import type { AuditListItem, AuditSummary, Gap, Grade, Workspace } from '../contract/types';
import { UserError } from '../../model/errors';
import { getEvent } from '../events/service';
import { auditActor, requireActor } from './actor';
import { completenessGaps } from './completeness';
import { describeGrade, frameworkForEvent, type EventFramework } from './event-framework';

export type GradePatch = Partial<Pick<q.GradeRow, 'value' | 'notApplicable' | 'notApplicableReason' | 'rationale' | 'evidence'>>;
export type AuditPatch = Partial<Pick<q.AuditRow, 'overallValue' | q.AuditTextField>>;

function loadAudit(db: Db, auditId: number): AuditSummary {
  const audit = q.findAudit(db, auditId);
  if (!audit) throw new UserError(`No audit has the id ${auditId}.`, 'NOT_FOUND');
  return audit;
}

function assertEditable(audit: q.AuditRow): void {
  if (audit.status === 'submitted') throw new UserError('This audit has been submitted. Reopen it, giving a reason, to change it.', 'AUDIT_SUBMITTED');
  if (audit.status === 'moderated') throw new UserError('This audit has been moderated and is locked.', 'AUDIT_MODERATED');
}

function gradeMap(db: Db, auditId: number): Map<string, q.GradeRow> {
  return new Map(q.gradesOf(db, [auditId]).map((g) => [g.criterionKey, g]));
}

/** The audits of an event (or of one of its cases), with case reference and agency name. */
export function listAudits(db: Db, eventId: number, caseId?: number): AuditListItem[] {
  getEvent(db, eventId);
  return q.auditsOfEvent(db, eventId, caseId);
}

export function startAudit(db: Db, input: { caseId: number; agencyId: number; auditor?: string }): AuditSummary {
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const auditor = (input.auditor ?? actor).trim();
    if (!auditor) throw new UserError("The auditor's name is required.", 'INVALID_INPUT');
    const caseRow = caseRowById(tx, input.caseId);
    if (!caseRow) throw new UserError(`No case has the id ${input.caseId}.`, 'NOT_FOUND');
    const agency = eventAgencyRows(tx, caseRow.eventId).find((a) => a.id === input.agencyId);
    if (!agency) throw new UserError('That agency does not take part in this event.', 'NOT_IN_EVENT');
    const existing = q.findAuditFor(tx, input.caseId, input.agencyId, auditor);
    if (existing) return existing;
    if (agency.archived) throw new UserError(`${agency.name} is archived for this event: restore it on the event page to start a new audit.`, 'AGENCY_ARCHIVED');
    const audit = q.insertAudit(tx, { eventId: caseRow.eventId, caseId: input.caseId, agencyId: input.agencyId, auditor });
    appendTrail(tx, [{ eventId: caseRow.eventId, caseId: input.caseId, actor, entity: 'audit', entityId: audit.id, field: 'created', oldValue: null, newValue: `${agency.name}, ${auditor}` }]);
    return audit;
  });
}

export function getWorkspace(db: Db, auditId: number): Workspace {
  const audit = loadAudit(db, auditId);
  const event = getEvent(db, audit.eventId);
  const fw = frameworkForEvent(db, audit.eventId);
  const grades = gradeMap(db, auditId);
  return {
    audit,
    agencyName: event.agencies.find((a) => a.id === audit.agencyId)?.name ?? '',
    event: { id: event.id, name: event.name, classification: event.classification },
    case: toCaseView(caseRowById(db, audit.caseId)!),
    framework: fw.framework,
    grades: Object.fromEntries(grades),
    gaps: completenessGaps(fw, audit, grades),
  };
}

function checkGrade(fw: EventFramework, criterionKey: string, patch: GradePatch): void {
  if (!fw.criterionByKey.has(criterionKey)) throw new UserError(`"${criterionKey}" is not a criterion of this event's framework.`, 'UNKNOWN_CRITERION');
  if (patch.value !== undefined && patch.value !== null && !fw.levelByValue.has(patch.value)) {
    throw new UserError(`${patch.value} is not a value on this framework's scale.`, 'NOT_ON_SCALE');
  }
}

/** Sets any of a criterion's grade, N/A flag, reason, rationale and evidence; returns the new state. */
export function updateGrade(db: Db, input: { auditId: number; criterionKey: string } & GradePatch): { grade: Grade; status: AuditSummary['status']; gaps: Gap[] } {
  return writeTransaction(db, (tx) => {
    const audit = loadAudit(tx, input.auditId);
    const actor = auditActor(tx, audit);
    assertEditable(audit);
    const fw = frameworkForEvent(tx, audit.eventId);
    const { auditId, criterionKey, ...patch } = input;
    checkGrade(fw, criterionKey, patch);
    // A grade and "not applicable" exclude each other: setting one clears the other.
    if (patch.value !== undefined && patch.value !== null) patch.notApplicable = false;
    if (patch.notApplicable === true) patch.value = null;
    const before = q.findGrade(tx, auditId, criterionKey);
    const grade = q.upsertGrade(tx, auditId, criterionKey, patch);
    const entries: NewTrailEntry[] = [];
    const base = { eventId: audit.eventId, caseId: audit.caseId, actor, entity: 'grade', entityId: grade.id, note: criterionKey };
    const oldGrade = before ? describeGrade(fw, before.value, before.notApplicable) : '';
    const newGrade = describeGrade(fw, grade.value, grade.notApplicable);
    if (oldGrade !== newGrade) entries.push({ ...base, field: 'grade', oldValue: oldGrade, newValue: newGrade });
    for (const field of ['notApplicableReason', 'rationale', 'evidence'] as const) {
      const old = before?.[field] ?? '';
      if (patch[field] !== undefined && old !== grade[field]) entries.push({ ...base, field, oldValue: old, newValue: grade[field] });
    }
    // The status change is recorded first: recording it would close the editing session.
    const status = bumpStatus(tx, audit, actor);
    recordEdits(tx, entries);
    return { grade, status, gaps: completenessGaps(fw, audit, gradeMap(tx, auditId)) };
  });
}

/** The overall judgement and the narrative boxes of an audit. */
export function updateAudit(db: Db, input: { auditId: number } & AuditPatch): { audit: AuditSummary; gaps: Gap[] } {
  return writeTransaction(db, (tx) => {
    const audit = loadAudit(tx, input.auditId);
    const actor = auditActor(tx, audit);
    assertEditable(audit);
    const fw = frameworkForEvent(tx, audit.eventId);
    const { auditId, ...patch } = input;
    if (patch.overallValue !== undefined && patch.overallValue !== null && !fw.levelByValue.has(patch.overallValue)) {
      throw new UserError(`${patch.overallValue} is not a value on this framework's scale.`, 'NOT_ON_SCALE');
    }
    q.updateAudit(tx, auditId, patch);
    const entries: NewTrailEntry[] = [];
    for (const [field, value] of Object.entries(patch) as [keyof AuditPatch, string | number | null][]) {
      const old = audit[field];
      if (old === value) continue;
      const describe = (v: unknown) => (field === 'overallValue' ? describeGrade(fw, v as number | null, false) : String(v ?? ''));
      entries.push({ eventId: audit.eventId, caseId: audit.caseId, actor, entity: 'audit', entityId: auditId, field, oldValue: describe(old), newValue: describe(value) });
    }
    bumpStatus(tx, audit, actor);
    recordEdits(tx, entries);
    const updated = loadAudit(tx, auditId);
    return { audit: updated, gaps: completenessGaps(fw, updated, gradeMap(tx, auditId)) };
  });
}

function bumpStatus(db: Db, audit: q.AuditRow, actor: string): q.AuditRow['status'] {
  if (audit.status !== 'not-started') return audit.status;
  q.updateAudit(db, audit.id, { status: 'in-progress' });
  appendTrail(db, [{ eventId: audit.eventId, caseId: audit.caseId, actor, entity: 'audit', entityId: audit.id, field: 'status', oldValue: 'not-started', newValue: 'in-progress' }]);
  return 'in-progress';
}

export function submitAudit(db: Db, auditId: number): AuditSummary {
  return writeTransaction(db, (tx) => {
    const audit = loadAudit(tx, auditId);
    const actor = auditActor(tx, audit);
    assertEditable(audit);
    const gaps = completenessGaps(frameworkForEvent(tx, audit.eventId), audit, gradeMap(tx, auditId));
    if (gaps.length > 0) {
      throw new UserError(`The audit is not complete: ${gaps.map((g) => g.message).join(' ')}`, 'INCOMPLETE', gaps.map((g) => ({ path: g.criterionKey ?? 'overall', message: g.message })));
    }
    q.updateAudit(tx, auditId, { status: 'submitted', submittedAt: new Date().toISOString() });
    appendTrail(tx, [{ eventId: audit.eventId, caseId: audit.caseId, actor, entity: 'audit', entityId: auditId, field: 'status', oldValue: audit.status, newValue: 'submitted' }]);
    return loadAudit(tx, auditId);
  });
}

export function reopenAudit(db: Db, auditId: number, reason: string): AuditSummary {
  if (!reason.trim()) throw new UserError('Give a reason for reopening the audit.', 'INVALID_INPUT');
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const audit = loadAudit(tx, auditId);
    if (audit.status !== 'submitted') throw new UserError('Only a submitted audit can be reopened.', 'NOT_SUBMITTED');
    q.updateAudit(tx, auditId, { status: 'in-progress', submittedAt: null });
    appendTrail(tx, [{ eventId: audit.eventId, caseId: audit.caseId, actor, entity: 'audit', entityId: auditId, field: 'status', oldValue: 'submitted', newValue: 'in-progress', note: reason.trim() }]);
    return loadAudit(tx, auditId);
  });
}

/** Changes the name this audit's changes are stamped with; the reason goes into the trail. */
export function setScoringAs(db: Db, input: { auditId: number; name: string; reason: string }): AuditSummary {
  const name = input.name.trim();
  if (!name) throw new UserError('Give the name of the person scoring.', 'INVALID_INPUT');
  if (!input.reason.trim()) throw new UserError('Give a reason for changing who is scoring.', 'INVALID_INPUT');
  return writeTransaction(db, (tx) => {
    const audit = loadAudit(tx, input.auditId);
    const before = auditActor(tx, audit);
    if (before === name) return audit;
    const actor = requireActor(tx);
    q.updateAudit(tx, audit.id, { scoringAs: name === audit.auditor ? null : name });
    appendTrail(tx, [{ eventId: audit.eventId, caseId: audit.caseId, actor, entity: 'audit', entityId: audit.id, field: 'scoring as', oldValue: before, newValue: name, note: input.reason.trim() }]);
    return loadAudit(tx, audit.id);
  });
}
