// The report's document control written on the report page: its version ("0.3", "1.0") and its
// distribution list. Autosaved, stamped and trailed like the narrative. The author and date are
// never typed: they come from Settings, the event and the day of export.
import type { Queryable as Db } from '../../db/open';
import { documentControlOf, saveDocumentControl } from '../../db/queries/document-control';
import { recordEdits } from '../../db/queries/trail-edits';
import { writeTransaction } from '../../db/write';
import { requireActor } from '../audits/actor';
import { getEvent } from '../events/service';

export interface DocumentControl {
  /** As the facilitator numbers it; '' when not numbered (the report then says Draft or Final only). */
  version: string;
  /** Who receives the report, one per line; '' until written (the pre-export check lists it). */
  distribution: string;
}

export function readDocumentControl(db: Db, eventId: number): DocumentControl {
  return documentControlOf(db, eventId) ?? { version: '', distribution: '' };
}

export function writeDocumentControl(db: Db, input: { eventId: number; version?: string; distribution?: string }): DocumentControl {
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    getEvent(tx, input.eventId);
    const before = readDocumentControl(tx, input.eventId);
    const after = { version: input.version?.trim() ?? before.version, distribution: input.distribution ?? before.distribution };
    const changed = (['version', 'distribution'] as const).filter((field) => before[field] !== after[field]);
    if (changed.length === 0) return before;
    saveDocumentControl(tx, { eventId: input.eventId, ...after, updatedBy: actor });
    recordEdits(
      tx,
      changed.map((field) => ({ eventId: input.eventId, actor, entity: 'report', entityId: null, field: `document control: ${field}`, oldValue: before[field], newValue: after[field] })),
    );
    return after;
  });
}

/** The distribution list as lines, blank ones dropped. */
export const distributionLines = (distribution: string): string[] =>
  distribution
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
