// Every file that leaves the app is recorded in the audit trail: what, for which event, by whom,
// when, with or without identifiers, whether small numbers were suppressed, and the SHA-256 of the
// exact bytes handed out. The one function the shell, the CLI and the web path all reach, through
// the contract handlers that build the files.
import { createHash } from 'node:crypto';
import type { Queryable as Db } from '../../db/open';
import { appendTrail } from '../../db/queries/trail';
import { actorOrUnknown } from '../audits/actor';

export const exportKinds = ['report', 'briefing', 'workbook', 'returns CSV', 'trail CSV'] as const;
export type ExportKind = (typeof exportKinds)[number];

export interface ExportRecord {
  eventId: number;
  what: ExportKind;
  fileName: string;
  bytes: Uint8Array | string;
  includeIdentifiers: boolean;
  /** Absent where the file holds no figures (returns and trail CSV). */
  suppressSmallNumbers?: boolean;
}

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export function recordExport(db: Db, record: ExportRecord): { sha256: string } {
  const hash = sha256(record.bytes);
  const note = [
    record.fileName,
    record.includeIdentifiers ? 'with identifiers (contains personal data)' : 'without identifiers',
    ...(record.suppressSmallNumbers === undefined ? [] : [record.suppressSmallNumbers ? 'small numbers suppressed' : 'small numbers shown: suppression turned off']),
  ].join('; ');
  appendTrail(db, [{ eventId: record.eventId, actor: actorOrUnknown(db), entity: 'export', entityId: null, field: record.what, oldValue: null, newValue: `sha256:${hash}`, note }]);
  return { sha256: hash };
}
