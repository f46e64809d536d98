// On the auditor's install: the return for the pack a local event came from. Every local audit,
// a revision one higher than the last export, the auditor's name, an HMAC keyed with the pack
// secret, all encrypted to the facilitator's recipient only.
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/write';
import { auditsOfEvent, findAudit } from '../../db/queries/audits';
import { findOpenedPack, updateOpenedPack } from '../../db/queries/exchange';
import { appendTrail } from '../../db/queries/trail';
import { requireActor } from '../audits/actor';
import { UserError } from '../../model/errors';
import { getEvent } from '../events/service';
import { contentsOf } from './audit-content';
import { encryptToRecipient, hmacHex } from './crypto';
import type { ReturnBody } from './formats';
import { safeFileName } from './names';

export interface ExportedReturn {
  fileName: string;
  bytes: Uint8Array;
  revision: number;
  audits: number;
}

export async function exportReturn(db: Db, eventId: number): Promise<ExportedReturn> {
  const actor = requireActor(db);
  const event = getEvent(db, eventId);
  const opened = findOpenedPack(db, eventId);
  if (!opened) throw new UserError(`"${event.name}" was not opened from an audit pack, so it has no return to export.`, 'NOT_A_PACK_EVENT');
  const agency = event.agencies.find((a) => a.id === opened.agencyId)?.name ?? '';
  const audits = auditsOfEvent(db, eventId).filter((a) => a.agencyId === opened.agencyId).map((a) => ({ ...findAudit(db, a.id)!, reference: a.reference }));
  const contents = contentsOf(db, audits);
  // The revision is taken inside the write, so two exports never share a number.
  const revision = writeTransaction(db, (tx) => {
    const next = findOpenedPack(tx, eventId)!.revision + 1;
    updateOpenedPack(tx, eventId, { revision: next });
    appendTrail(tx, [{ eventId, caseId: null, actor, entity: 'return', entityId: null, field: 'exported', oldValue: null, newValue: `Revision ${next}: ${audits.length} audits`, note: `pack ${opened.packId}; sent to the facilitator only` }]);
    return next;
  });
  const body: ReturnBody = {
    format: 'scrutineer-return',
    version: 1,
    packId: opened.packId,
    eventUid: opened.sourceUid,
    agency,
    revision,
    auditor: opened.auditor || actor,
    exportedAt: new Date().toISOString(),
    audits: audits.map((a) => contents.get(a.id)!),
  };
  const bodyText = JSON.stringify(body);
  const plain = JSON.stringify({ body: bodyText, hmac: hmacHex(opened.secret, bodyText) });
  const bytes = await encryptToRecipient(new TextEncoder().encode(plain), opened.recipient);
  return { fileName: `${safeFileName(event.name)}-${safeFileName(agency)}-r${revision}.scrutineer-return`, bytes, revision, audits: audits.length };
}
