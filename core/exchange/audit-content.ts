// An audit's content as exchanged (see formats.ts): read from the database, compared by hash,
// and written back with a trail entry per change, stamped with the given actor.
import { createHash } from 'node:crypto';
import type { Queryable } from '../../db/open';
import * as q from '../../db/queries/audits';
import type { NewTrailEntry } from '../../db/queries/trail';
import { describeGrade, type EventFramework } from '../audits/event-framework';
import type { AuditContent, GradeContent } from './formats';

const textFields = ['overallRationale', 'strengths', 'areasForDevelopment', 'differenceMade', 'actions'] as const;
const gradeTexts = ['notApplicableReason', 'rationale', 'evidence'] as const;

const gradeIsEmpty = (g: GradeContent) => g.value === null && !g.notApplicable && gradeTexts.every((f) => !g[f]);

export function contentOf(audit: q.AuditRow, reference: string, grades: q.GradeRow[]): AuditContent {
  return {
    reference,
    auditor: audit.auditor,
    status: audit.status === 'moderated' ? 'submitted' : audit.status,
    overallValue: audit.overallValue,
    ...Object.fromEntries(textFields.map((f) => [f, audit[f]])),
    grades: grades
      .map((g) => ({ criterionKey: g.criterionKey, value: g.value, notApplicable: g.notApplicable, notApplicableReason: g.notApplicableReason, rationale: g.rationale, evidence: g.evidence }))
      .filter((g) => !gradeIsEmpty(g)),
  } as AuditContent;
}

/** Contents of all the given audits, grades loaded in one query. */
export function contentsOf(db: Queryable, audits: (q.AuditRow & { reference: string })[]): Map<number, AuditContent> {
  const grades = new Map<number, q.GradeRow[]>();
  for (const g of q.gradesOf(db, audits.map((a) => a.id))) grades.set(g.auditId, [...(grades.get(g.auditId) ?? []), g]);
  return new Map(audits.map((a) => [a.id, contentOf(a, a.reference, grades.get(a.id) ?? [])]));
}

/** A hash of what the audit says (not who holds it or when): equal hashes, equal audits. */
export function fingerprint(content: AuditContent | null | undefined): string | null {
  if (!content) return null;
  const grades = content.grades.filter((g) => !gradeIsEmpty(g)).toSorted((a, b) => a.criterionKey.localeCompare(b.criterionKey));
  const canonical = [content.status, content.overallValue, ...textFields.map((f) => content[f]), ...grades.map((g) => [g.criterionKey, g.value, g.notApplicable, ...gradeTexts.map((f) => g[f])])];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * Makes the stored audit say what `content` says: every criterion of the framework set from the
 * content (or cleared), the judgement, narrative and status. Returns the trail entries.
 */
export function writeContent(db: Queryable, fw: EventFramework, audit: q.AuditRow, content: AuditContent, trail: Omit<NewTrailEntry, 'entity' | 'entityId' | 'field' | 'oldValue' | 'newValue'>): NewTrailEntry[] {
  const entries: NewTrailEntry[] = [];
  const incoming = new Map(content.grades.map((g) => [g.criterionKey, g]));
  const existing = new Map(q.gradesOf(db, [audit.id]).map((g) => [g.criterionKey, g]));
  for (const criterion of fw.criteria) {
    const next = incoming.get(criterion.key) ?? { criterionKey: criterion.key, value: null, notApplicable: false, notApplicableReason: '', rationale: '', evidence: '' };
    const before = existing.get(criterion.key);
    if (!before && gradeIsEmpty(next)) continue;
    const same = before && before.value === next.value && before.notApplicable === next.notApplicable && gradeTexts.every((f) => before[f] === next[f]);
    if (same) continue;
    const gradeId = q.upsertWholeGrade(db, audit.id, criterion.key, { value: next.value, notApplicable: next.notApplicable, notApplicableReason: next.notApplicableReason, rationale: next.rationale, evidence: next.evidence });
    const base = { ...trail, entity: 'grade', entityId: gradeId, note: trail.note ? `${criterion.key}; ${trail.note}` : criterion.key };
    const oldGrade = before ? describeGrade(fw, before.value, before.notApplicable) : '';
    const newGrade = describeGrade(fw, next.value, next.notApplicable);
    if (oldGrade !== newGrade) entries.push({ ...base, field: 'grade', oldValue: oldGrade, newValue: newGrade });
    for (const f of gradeTexts) if ((before?.[f] ?? '') !== next[f]) entries.push({ ...base, field: f, oldValue: before?.[f] ?? '', newValue: next[f] });
  }
  const patch: Partial<q.AuditRow> = {};
  const auditEntry = { ...trail, entity: 'audit', entityId: audit.id };
  if (audit.overallValue !== content.overallValue) {
    patch.overallValue = content.overallValue;
    entries.push({ ...auditEntry, field: 'overallValue', oldValue: describeGrade(fw, audit.overallValue, false), newValue: describeGrade(fw, content.overallValue, false) });
  }
  for (const f of textFields) {
    if (audit[f] === content[f]) continue;
    patch[f] = content[f];
    entries.push({ ...auditEntry, field: f, oldValue: audit[f], newValue: content[f] });
  }
  const status = audit.status === 'moderated' ? 'moderated' : content.status;
  if (audit.status !== status) {
    patch.status = status;
    patch.submittedAt = status === 'submitted' ? new Date().toISOString() : null;
    entries.push({ ...auditEntry, field: 'status', oldValue: audit.status, newValue: status });
  }
  if (Object.keys(patch).length > 0) q.updateAudit(db, audit.id, patch);
  return entries;
}
