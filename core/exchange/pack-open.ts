// Opening an audit pack on an auditor's install: a local event holding only that agency's cases,
// the framework snapshot and any grades already held. Opening the same agency's pack again is
// refused unless asked to update the existing local event (local work is always kept).
import type { Db } from '../../db/open';
import { writeTransaction, type Tx } from '../../db/write';
import { replaceEventAgencies } from '../../db/queries/agencies';
import { findAuditFor, insertAudit } from '../../db/queries/audits';
import { caseRowsForEvent } from '../../db/queries/cases';
import { insertEvent } from '../../db/queries/events';
import { findFrameworkId, findVersion, insertFramework, insertVersion } from '../../db/queries/frameworks';
import { findOpenedPackById, findOpenedPackFor, insertCaseRow, insertOpenedPack, updateOpenedPack, versionWithHash } from '../../db/queries/exchange';
import { appendTrail, type NewTrailEntry } from '../../db/queries/trail';
import { ensureAgencies } from '../agencies/service';
import { frameworkForEvent } from '../audits/event-framework';
import { UserError } from '../../model/errors';
import { validateFramework } from '../../model/framework';
import { describeProblems } from '../../model/problems';
import { contentHash } from '../frameworks/service';
import { getSettings, updateSettings } from '../settings/service';
import { writeContent } from './audit-content';
import type { Pack } from './formats';
import { findExchangeByUid } from '../../db/queries/allocation';

export interface OpenedPackOutcome {
  eventId: number;
  updated: boolean;
  cases: number;
  addedCases: number;
  addedAudits: number;
}

function frameworkVersionFor(tx: Tx, framework: unknown): number {
  const checked = validateFramework(framework);
  if (!checked.ok) throw new UserError(`The pack's framework is not valid: ${describeProblems(checked.problems)}`, 'BAD_PACK');
  const fw = checked.framework;
  const hash = contentHash(fw);
  const found = versionWithHash(tx, fw.key, hash);
  if (found !== undefined) return found;
  const frameworkId = findFrameworkId(tx, fw.key) ?? insertFramework(tx, fw.key, false);
  const version = (findVersion(tx, fw.key)?.version ?? 0) + 1;
  return insertVersion(tx, frameworkId, version, { ...fw, version }, hash);
}

/** Adds the pack's cases and audits the local event lacks; returns how many of each. */
function addMissing(tx: Tx, eventId: number, agencyId: number, pack: Pack, trail: { actor: string }) {
  const have = new Map(caseRowsForEvent(tx, eventId).map((c) => [c.reference.toLowerCase(), c.id]));
  let addedCases = 0;
  for (const c of pack.cases) {
    if (have.has(c.reference.toLowerCase())) continue;
    const id = insertCaseRow(tx, { eventId, reference: c.reference, ageStage: c.ageStage, levelOfNeed: c.levelOfNeed, neglectTypes: JSON.stringify(c.neglectTypes), agencies: JSON.stringify(c.agencies), planStartDate: c.planStartDate });
    have.set(c.reference.toLowerCase(), id);
    addedCases++;
  }
  const fw = frameworkForEvent(tx, eventId);
  const entries: NewTrailEntry[] = [];
  let addedAudits = 0;
  for (const content of pack.audits) {
    const caseId = have.get(content.reference.toLowerCase());
    if (caseId === undefined || findAuditFor(tx, caseId, agencyId, content.auditor)) continue;
    const audit = insertAudit(tx, { eventId, caseId, agencyId, auditor: content.auditor });
    entries.push(...writeContent(tx, fw, audit, content, { ...trail, eventId, caseId, note: 'from the audit pack' }));
    addedAudits++;
  }
  appendTrail(tx, entries);
  return { addedCases, addedAudits };
}

export function openPack(db: Db, pack: Pack, options: { auditor?: string; update?: boolean; fileName: string }): OpenedPackOutcome {
  if (findExchangeByUid(db, pack.eventUid)) {
    throw new UserError('This pack was made on this install. Open it on the auditor’s computer, not the facilitator’s.', 'OWN_PACK');
  }
  const auditor = (options.auditor ?? '').trim() || pack.auditor.trim() || getSettings(db).userName.trim();
  if (!auditor) throw new UserError("Give the auditor's name (yours): it is stamped on your grades and on the return.", 'NO_USER_NAME');
  const samePack = findOpenedPackById(db, pack.packId);
  const earlier = samePack ?? findOpenedPackFor(db, pack.eventUid, pack.agency.name);
  if (earlier && !options.update) {
    const what = samePack ? 'This pack has already been opened' : `An earlier pack for ${pack.agency.name} of this event has already been opened`;
    throw new UserError(`${what} on this install (local event ${earlier.eventId}). Open it as an update to that event instead (CLI: --update); your work there is kept.`, 'PACK_ALREADY_OPEN');
  }
  const trail = { actor: auditor };
  return writeTransaction(db, (tx) => {
    if (!getSettings(tx).userName.trim()) updateSettings(tx, { userName: auditor });
    if (earlier) {
      updateOpenedPack(tx, earlier.eventId, { packId: pack.packId, secret: pack.secret, recipient: pack.recipient, deadline: pack.event.deadline });
      const added = addMissing(tx, earlier.eventId, earlier.agencyId, pack, trail);
      appendTrail(tx, [{ eventId: earlier.eventId, caseId: null, actor: auditor, entity: 'pack', entityId: null, field: 'updated', oldValue: null, newValue: `${added.addedCases} cases and ${added.addedAudits} audits added`, note: `${options.fileName}; pack ${pack.packId}` }]);
      return { eventId: earlier.eventId, updated: true, cases: caseRowsForEvent(tx, earlier.eventId).length, ...added };
    }
    const frameworkVersionId = frameworkVersionFor(tx, pack.framework);
    const e = pack.event;
    const eventId = insertEvent(tx, { name: e.name, theme: e.theme, partnership: e.partnership, auditDate: e.auditDate, reviewWindowMonths: e.reviewWindowMonths, classification: e.classification, status: 'auditing', frameworkVersionId });
    const [agency] = ensureAgencies(tx, [pack.agency.name]);
    replaceEventAgencies(tx, eventId, [agency!.id]);
    insertOpenedPack(tx, { eventId, packId: pack.packId, sourceUid: pack.eventUid, agencyId: agency!.id, secret: pack.secret, recipient: pack.recipient, auditor, deadline: e.deadline });
    const added = addMissing(tx, eventId, agency!.id, pack, trail);
    appendTrail(tx, [{ eventId, caseId: null, actor: auditor, entity: 'pack', entityId: null, field: 'opened', oldValue: null, newValue: `Audit pack for ${pack.agency.name}: ${pack.cases.length} cases`, note: `${options.fileName}; pack ${pack.packId}` }]);
    return { eventId, updated: false, cases: pack.cases.length, ...added };
  });
}
