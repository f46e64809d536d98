// Making an audit pack for one agency: its allocated cases (only what an auditor needs), the
// framework snapshot, any grades already held, the facilitator's recipient and a fresh secret,
// encrypted with a passphrase. Issuing it replaces the agency's earlier pack.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../../db/open';
import { writeTransaction } from '../../db/write';
import { ensureExchange, namedAuditors } from '../../db/queries/allocation';
import { caseRowsForEvent } from '../../db/queries/cases';
import { auditRowsOfAgency, baselinesOf, findOpenedPack, insertPack, packsOfEvent, supersedePacks, upsertBaseline, type BaselineRow } from '../../db/queries/exchange';
import { appendTrail } from '../../db/queries/trail';
import { allocatedCells } from '../allocation/service';
import { requireActor } from '../audits/actor';
import { frameworkForEvent } from '../audits/event-framework';
import { UserError } from '../../model/errors';
import { getEvent } from '../events/service';
import { contentsOf, fingerprint } from './audit-content';
import { CHOSEN_WORK_FACTOR, encryptWithPassphrase, GENERATED_WORK_FACTOR } from './crypto';
import type { AuditContent, Pack, PackCase } from './formats';
import { ensureIdentity } from './identity';
import { checkChosenPassphrase, generatePassphrase } from './passphrase';
import { safeFileName } from './names';

export interface IssuedPack {
  packId: string;
  fileName: string;
  bytes: Uint8Array;
  /** Shown once when Scrutineer made it; null when the user gave their own. */
  passphrase: string | null;
  caseCount: number;
  auditCount: number;
}

/** The agency's allocated cases and the audits held for them: shared by packs and workbooks. */
export function agencyShare(db: Db, eventId: number, agencyId: number) {
  const event = getEvent(db, eventId);
  if (findOpenedPack(db, eventId)) throw new UserError('This event was opened from an audit pack: packs and workbooks are made on the facilitator’s install.', 'PACK_EVENT');
  const agency = event.agencies.find((a) => a.id === agencyId);
  if (!agency) throw new UserError('That agency does not take part in this event.', 'NOT_IN_EVENT');
  const allocation = allocatedCells(db, eventId);
  const rows = caseRowsForEvent(db, eventId).filter((c) => allocation.get(c.id)?.has(agencyId));
  if (rows.length === 0) throw new UserError(`No cases are allocated to ${agency.name}: allocate some first.`, 'NOTHING_ALLOCATED');
  const referenceOf = new Map(rows.map((r) => [r.id, r.reference]));
  const audits = auditRowsOfAgency(db, eventId, agencyId)
    .filter((a) => referenceOf.has(a.caseId))
    .map((a) => ({ ...a, reference: referenceOf.get(a.caseId)! }));
  const contents = contentsOf(db, audits);
  return { event, agency, rows, audits: audits.map((a) => ({ audit: a, content: contents.get(a.id)! })), auditor: namedAuditors(db, eventId).get(agencyId) ?? '' };
}

export function packCase(row: { reference: string; ageStage: string | null; levelOfNeed: string | null; neglectTypes: string; agencies: string; planStartDate: string | null }): PackCase {
  return {
    reference: row.reference,
    ageStage: row.ageStage,
    levelOfNeed: row.levelOfNeed,
    neglectTypes: JSON.parse(row.neglectTypes) as string[],
    agencies: JSON.parse(row.agencies) as string[],
    planStartDate: row.planStartDate,
  };
}

export async function createPack(db: Db, input: { eventId: number; agencyId: number; passphrase?: string; templatesDir: string }): Promise<IssuedPack> {
  const actor = requireActor(db);
  const share = agencyShare(db, input.eventId, input.agencyId);
  const chosen = input.passphrase !== undefined ? checkChosenPassphrase(input.passphrase) : null;
  const passphrase = chosen ?? generatePassphrase(input.templatesDir);
  const identity = await ensureIdentity(db);
  const exchange = ensureExchange(db, input.eventId);
  const packId = randomUUID();
  const secret = randomBytes(32).toString('hex');
  const createdAt = new Date().toISOString();
  const audits: AuditContent[] = share.audits.map((a) => a.content);
  const pack: Pack = {
    format: 'scrutineer-pack',
    version: 1,
    packId,
    eventUid: exchange.uid,
    secret,
    recipient: identity.recipient,
    createdAt,
    createdBy: actor,
    event: {
      name: share.event.name,
      theme: share.event.theme,
      partnership: share.event.partnership,
      auditDate: share.event.auditDate,
      reviewWindowMonths: share.event.reviewWindowMonths,
      classification: share.event.classification,
      deadline: exchange.deadline,
    },
    agency: { name: share.agency.name },
    auditor: share.auditor,
    framework: frameworkForEvent(db, input.eventId).framework,
    cases: share.rows.map(packCase),
    audits,
  };
  const bytes = await encryptWithPassphrase(new TextEncoder().encode(JSON.stringify(pack)), passphrase, chosen ? CHOSEN_WORK_FACTOR : GENERATED_WORK_FACTOR);
  writeTransaction(db, (tx) => {
    const previous = previousReturns(tx, input.eventId, input.agencyId, 'pack');
    supersedePacks(tx, input.eventId, input.agencyId, 'pack');
    insertPack(tx, { id: packId, eventId: input.eventId, agencyId: input.agencyId, kind: 'pack', secret, auditor: share.auditor, deadline: exchange.deadline, caseCount: share.rows.length, createdBy: actor });
    recordBaselines(tx, packId, share.audits, previous);
    appendTrail(tx, [
      {
        eventId: input.eventId,
        caseId: null,
        actor,
        entity: 'pack',
        entityId: null,
        field: 'issued',
        oldValue: null,
        newValue: `Audit pack for ${share.agency.name}: ${share.rows.length} cases, ${audits.length} audits already held`,
        note: `pack ${packId}; the case references of ${share.agency.name}'s allocated cases leave this install in it`,
      },
    ]);
  });
  return { packId, fileName: `${safeFileName(share.event.name)}-${safeFileName(share.agency.name)}.scrutineer-pack`, bytes, passphrase: chosen ? null : passphrase, caseCount: share.rows.length, auditCount: audits.length };
}

/**
 * What the auditor last returned under the agency's current pack, by case and auditor: a
 * re-issued pack keeps it, so an auditor who re-sends unchanged work after the facilitator
 * resolved a conflict does not overwrite that choice.
 */
export function previousReturns(db: Queryable, eventId: number, agencyId: number, kind: 'pack' | 'workbook'): Map<string, BaselineRow> {
  const current = packsOfEvent(db, eventId).find((p) => p.agencyId === agencyId && p.kind === kind && !p.supersededAt);
  return new Map(current ? baselinesOf(db, current.id).map((b) => [`${b.caseId}|${b.auditor.toLowerCase()}`, b]) : []);
}

export function recordBaselines(db: Queryable, packId: string, audits: { audit: { caseId: number; auditor: string }; content: AuditContent }[], previous: Map<string, BaselineRow>): void {
  for (const { audit, content } of audits) {
    const hash = fingerprint(content);
    const before = previous.get(`${audit.caseId}|${audit.auditor.toLowerCase()}`);
    upsertBaseline(db, { packId, caseId: audit.caseId, auditor: audit.auditor, facilitatorHash: hash, returnHash: before?.returnHash ?? hash });
  }
}
