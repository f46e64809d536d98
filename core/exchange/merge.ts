// The preview and merge every incoming file goes through (returns and workbooks alike): each
// audit is new, changed, unchanged or a conflict, judged against what both sides held at the
// last exchange with that pack (the baselines), so nothing is overwritten silently.
import type { Queryable } from '../../db/open';
import type { AuditRow } from '../../db/queries/audits';
import { caseRowsForEvent } from '../../db/queries/cases';
import { auditRowsOfAgency, baselinesOf, lockedCaseIds, type PackRow } from '../../db/queries/exchange';
import { frameworkForEvent, type EventFramework } from '../audits/event-framework';
import { UserError } from '../../model/errors';
import { contentsOf, fingerprint } from './audit-content';
import { differences } from './differences';
import type { AuditChange, AuditPreview } from '../contract/types';
import type { AuditContent } from './formats';

export interface Incoming {
  pack: PackRow;
  audits: AuditContent[];
}

export interface Classified {
  fw: EventFramework;
  audits: (AuditPreview & { content: AuditContent; existing: AuditRow | undefined; incomingHash: string; mineHash: string | null })[];
}

export const auditKey = (reference: string, auditor: string) => `${reference}|${auditor.trim().toLowerCase()}`;

/** Grades must be of this event's framework and on its scale: anything else is refused. */
function checkAgainstFramework(fw: EventFramework, audits: AuditContent[], fileName: string): void {
  for (const a of audits) {
    for (const g of a.grades) {
      if (!fw.criterionByKey.has(g.criterionKey)) throw new UserError(`${fileName}: "${g.criterionKey}" (case ${a.reference}) is not a criterion of this event's framework.`, 'BAD_RETURN');
      if (g.value !== null && !fw.levelByValue.has(g.value)) throw new UserError(`${fileName}: ${g.value} (case ${a.reference}) is not on this framework's scale.`, 'BAD_RETURN');
    }
    if (a.overallValue !== null && !fw.levelByValue.has(a.overallValue)) throw new UserError(`${fileName}: ${a.overallValue} (case ${a.reference}) is not on this framework's scale.`, 'BAD_RETURN');
  }
}

export function classify(db: Queryable, incoming: Incoming, fileName: string): Classified {
  const { pack } = incoming;
  const fw = frameworkForEvent(db, pack.eventId);
  checkAgainstFramework(fw, incoming.audits, fileName);
  const casesByRef = new Map(caseRowsForEvent(db, pack.eventId).map((c) => [c.reference.toLowerCase(), c]));
  const baselines = new Map(baselinesOf(db, pack.id).map((b) => [`${b.caseId}|${b.auditor.toLowerCase()}`, b]));
  // What this install holds for the agency, read once: audits, their contents and locked cases.
  const referenceOf = new Map([...casesByRef.values()].map((c) => [c.id, c.reference]));
  const heldRows = auditRowsOfAgency(db, pack.eventId, pack.agencyId);
  const heldContents = contentsOf(db, heldRows.map((a) => ({ ...a, reference: referenceOf.get(a.caseId) ?? '' })));
  const heldBy = new Map(heldRows.map((a) => [`${a.caseId}|${a.auditor.trim().toLowerCase()}`, a]));
  const locked = lockedCaseIds(db, pack.eventId);
  const seen = new Set<string>();
  const audits = incoming.audits.map((content) => {
    const row = casesByRef.get(content.reference.toLowerCase());
    if (!row) throw new UserError(`${fileName}: the case ${content.reference} is not in this event any more; nothing was imported.`, 'BAD_RETURN');
    const key = auditKey(row.reference, content.auditor);
    if (seen.has(key)) throw new UserError(`${fileName}: the audit of ${row.reference} by ${content.auditor} appears twice; nothing was imported.`, 'BAD_RETURN');
    seen.add(key);
    const existing = heldBy.get(`${row.id}|${content.auditor.trim().toLowerCase()}`);
    const mine = existing ? heldContents.get(existing.id)! : null;
    const base = baselines.get(`${row.id}|${content.auditor.trim().toLowerCase()}`);
    const mineHash = fingerprint(mine);
    const incomingHash = fingerprint(content)!;
    const signedOff = locked.has(row.id) || existing?.status === 'moderated';
    let change: AuditChange;
    let reason = '';
    if (incomingHash === mineHash || incomingHash === (base?.returnHash ?? null)) change = 'unchanged';
    else if (signedOff) {
      change = 'conflict';
      reason = `${row.reference} has been signed off in moderation.`;
    } else if (mineHash !== (base?.facilitatorHash ?? null)) {
      change = 'conflict';
      reason = existing ? 'This audit was changed on this install since the pack was issued or last imported.' : 'This audit was removed here since the pack was issued.';
    } else change = mine ? 'changed' : 'new';
    const shown = change === 'unchanged' ? [] : differences(fw, mine, content);
    return { key, reference: row.reference, caseId: row.id, auditor: content.auditor, change, reason, differences: shown, content, existing, incomingHash, mineHash };
  });
  return { fw, audits };
}

export function countChanges(audits: { change: AuditChange }[]) {
  const counts = { new: 0, changed: 0, unchanged: 0, conflicts: 0 };
  for (const a of audits) {
    if (a.change === 'conflict') counts.conflicts++;
    else counts[a.change]++;
  }
  return counts;
}
