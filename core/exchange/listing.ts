// What the screens show about packs: the facilitator's issued packs and imports, and on an
// auditor's install the pack a local event came from (for the banner).
import type { Queryable } from '../../db/open';
import { findOpenedPack, importsOfEvent, packsOfEvent } from '../../db/queries/exchange';
import { getEvent } from '../events/service';
import type { LocalPack, PackListing } from '../contract/types';

export function listPacks(db: Queryable, eventId: number): PackListing {
  const names = new Map(getEvent(db, eventId).agencies.map((a) => [a.id, a.name]));
  return {
    packs: packsOfEvent(db, eventId).map((p) => ({ id: p.id, kind: p.kind, agencyId: p.agencyId, agency: names.get(p.agencyId) ?? '', auditor: p.auditor, caseCount: p.caseCount, createdAt: p.createdAt, createdBy: p.createdBy, superseded: !!p.supersededAt, lastRevision: p.lastRevision })),
    imports: importsOfEvent(db, eventId).map((r) => ({ id: r.id, fileName: r.fileName, agency: names.get(r.agencyId) ?? '', auditor: r.auditor, revision: r.revision, summary: r.summary, importedAt: r.importedAt, importedBy: r.importedBy, sha256: r.sha256 })),
  };
}

export function localPack(db: Queryable, eventId: number): LocalPack | null {
  const opened = findOpenedPack(db, eventId);
  if (!opened) return null;
  const agency = getEvent(db, eventId).agencies.find((a) => a.id === opened.agencyId)?.name ?? '';
  return { agency, auditor: opened.auditor, deadline: opened.deadline, revision: opened.revision, packId: opened.packId };
}
