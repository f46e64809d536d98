// Importing returns (and filled workbooks) on the facilitator's install: check the file, preview
// every audit, and apply on confirmation in one transaction per file. The same file twice changes
// nothing; a lower revision is stale; conflicts wait for the user's choice.
import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../../db/open';
import { writeTransaction } from '../../db/write';
import { findExchange } from '../../db/queries/allocation';
import { insertAudit } from '../../db/queries/audits';
import { findIdentity, findPack, importedFile, insertImportedReturn, setLastRevision, upsertBaseline, type PackRow } from '../../db/queries/exchange';
import { appendTrail, type NewTrailEntry } from '../../db/queries/trail';
import { requireActor } from '../audits/actor';
import { UserError, isUserError } from '../../model/errors';
import { getEvent } from '../events/service';
import { fingerprint, writeContent } from './audit-content';
import { hmacHex, sameHex, startsWithAgeHeader } from './crypto';
import type { AuditContent } from './formats';
import { auditKey, classify, countChanges } from './merge';
import type { FilePreview, FileStatus, Resolution } from '../contract/types';

export type { FilePreview, Resolution };
import { readReturn } from './read';
import { readWorkbookReturn } from './workbook-read';
import { applySpreadsheet, previewSpreadsheet } from './returns-spreadsheet';

interface Checked {
  pack: PackRow;
  kind: 'return' | 'workbook';
  revision: number | null;
  auditor: string;
  audits: AuditContent[];
}

const empty = (file: string, sha256: string): Omit<FilePreview, 'status' | 'message'> => ({ file, sha256, kind: 'unknown', agency: '', auditor: '', revision: null, new: 0, changed: 0, unchanged: 0, conflicts: [], audits: [] });

/** Decrypts and authenticates a return, or reads a workbook; checks it belongs to this event. */
async function checkFile(db: Queryable, eventId: number, file: string, bytes: Uint8Array): Promise<Checked> {
  if (!startsWithAgeHeader(bytes)) {
    const workbook = await readWorkbookReturn(db, eventId, file, bytes);
    return { ...workbook, kind: 'workbook', revision: null };
  }
  const identity = findIdentity(db);
  if (!identity) throw new UserError(`${file} cannot be for this install: it has issued no audit packs.`, 'NOT_FOR_THIS_INSTALL');
  const read = await readReturn(file, bytes, identity.secretKey);
  const pack = findPack(db, read.body.packId);
  if (!pack || pack.kind !== 'pack') throw new UserError(`${file} answers an audit pack that this install did not issue.`, 'UNKNOWN_PACK');
  if (pack.eventId !== eventId || findExchange(db, eventId)?.uid !== read.body.eventUid) {
    throw new UserError(`${file} is a return for another event ("${getEvent(db, pack.eventId).name}"), not this one.`, 'OTHER_EVENT');
  }
  if (!sameHex(hmacHex(pack.secret, read.bodyText), read.hmac)) {
    throw new UserError(`${file} does not carry a valid signature (HMAC) for its pack: it was not made by someone who opened that pack.`, 'BAD_HMAC');
  }
  if (pack.supersededAt) throw new UserError(`${file} answers a pack for ${read.body.agency} that a newer pack replaced: ask the auditor to open the newer pack (as an update) and export again.`, 'SUPERSEDED_PACK');
  return { pack, kind: 'return', revision: read.body.revision, auditor: read.body.auditor, audits: read.body.audits };
}

async function prepare(db: Queryable, eventId: number, file: string, bytes: Uint8Array) {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  getEvent(db, eventId);
  const checked = await checkFile(db, eventId, file, bytes);
  return { sha256, checked };
}

function previewOf(db: Queryable, file: string, sha256: string, checked: Checked): FilePreview & { classified?: ReturnType<typeof classify> } {
  const { pack } = checked;
  const agency = getEvent(db, pack.eventId).agencies.find((a) => a.id === pack.agencyId)?.name ?? '';
  const base = { ...empty(file, sha256), kind: checked.kind, agency, auditor: checked.auditor, revision: checked.revision };
  const already = importedFile(db, pack.id, sha256);
  const older = checked.revision !== null && checked.revision < pack.lastRevision;
  if (already && !older) return { ...base, status: 'unchanged', message: `${file} was already imported on ${already.importedAt.slice(0, 10)}; nothing to do.` };
  if (checked.revision !== null && checked.revision <= pack.lastRevision) {
    return { ...base, status: 'stale', message: `${file} is revision ${checked.revision}, but revision ${pack.lastRevision} from ${agency} was already imported: this return is stale and was not imported.` };
  }
  const classified = classify(db, { pack, audits: checked.audits }, file);
  const counts = countChanges(classified.audits);
  const audits = classified.audits.map(({ content: _c, existing: _e, incomingHash: _h, ...shown }) => shown);
  const conflicts = audits.filter((a) => a.change === 'conflict');
  const status: FileStatus = conflicts.length > 0 ? 'conflict' : counts.new + counts.changed === 0 ? 'unchanged' : 'ready';
  const summary = `${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.conflicts} ${counts.conflicts === 1 ? 'conflict' : 'conflicts'}`;
  return { ...base, ...counts, conflicts, audits, status, message: `${file}: ${summary}.`, classified };
}

/** A file that is neither a return nor a Scrutineer workbook: an older spreadsheet return, if anything. */
async function isPlainSpreadsheet(db: Queryable, eventId: number, file: string, bytes: Uint8Array): Promise<boolean> {
  if (startsWithAgeHeader(bytes) || !/\.(csv|tsv|txt|xlsx)$/i.test(file)) return false;
  try {
    await readWorkbookReturn(db, eventId, file, bytes);
    return false;
  } catch (error) {
    return isUserError(error) && error.code === 'NOT_EXCHANGE_FILE';
  }
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What importing would do: nothing is written. Any refusal comes back as a refused file. */
export async function previewReturn(db: Db, eventId: number, file: string, bytes: Uint8Array): Promise<FilePreview> {
  try {
    if (await isPlainSpreadsheet(db, eventId, file, bytes)) return await previewSpreadsheet(db, eventId, file, bytes, sha256Of(bytes));
    const { sha256, checked } = await prepare(db, eventId, file, bytes);
    const { classified: _c, ...preview } = previewOf(db, file, sha256, checked);
    return preview;
  } catch (error) {
    if (isUserError(error)) return { ...empty(file, createHash('sha256').update(bytes).digest('hex')), status: 'refused', message: error.message };
    throw error;
  }
}

/**
 * Applies one file in one transaction. Conflicts need a resolution each (by audit key); without
 * them nothing is applied and the file comes back as 'conflict'.
 */
export async function applyReturn(db: Db, eventId: number, file: string, bytes: Uint8Array, resolutions: Record<string, Resolution> = {}): Promise<FilePreview> {
  const facilitator = requireActor(db);
  let prepared;
  try {
    if (await isPlainSpreadsheet(db, eventId, file, bytes)) return await applySpreadsheet(db, eventId, file, bytes, sha256Of(bytes));
    prepared = await prepare(db, eventId, file, bytes);
  } catch (error) {
    if (isUserError(error)) return { ...empty(file, createHash('sha256').update(bytes).digest('hex')), status: 'refused', message: error.message };
    throw error;
  }
  const { sha256, checked } = prepared;
  return writeTransaction(db, (tx) => {
    const preview = previewOf(tx, file, sha256, checked);
    const { classified, ...shown } = preview;
    if (!classified) return shown;
    const unresolved = shown.conflicts.filter((c) => !resolutions[c.key]);
    if (unresolved.length > 0) return { ...shown, status: 'conflict' as const, message: `${file}: ${unresolved.length} ${unresolved.length === 1 ? 'conflict needs' : 'conflicts need'} your choice (keep yours or take the return's); nothing was imported.` };
    const trailBase = { eventId, actor: checked.auditor, note: `${file}; sha256 ${sha256}` };
    const entries: NewTrailEntry[] = [];
    let kept = 0;
    let taken = 0;
    for (const a of classified.audits) {
      const take = a.change === 'new' || a.change === 'changed' || (a.change === 'conflict' && resolutions[a.key] === 'theirs');
      if (a.change === 'conflict' && !take) kept++;
      if (take) {
        taken++;
        const audit = a.existing ?? insertAudit(tx, { eventId, caseId: a.caseId, agencyId: checked.pack.agencyId, auditor: a.content.auditor });
        if (!a.existing) entries.push({ ...trailBase, caseId: a.caseId, entity: 'audit', entityId: audit.id, field: 'created', oldValue: null, newValue: `${checked.pack.kind === 'pack' ? 'return' : 'workbook'} from ${a.content.auditor}` });
        entries.push(...writeContent(tx, classified.fw, audit, a.content, { ...trailBase, caseId: a.caseId }));
      }
      // What this install holds now: the incoming audit where it was taken (a moderated one keeps
      // its status, which reads as submitted), else what it held before.
      const heldHash = take ? fingerprint({ ...a.content, status: a.existing?.status === 'moderated' ? 'submitted' : a.content.status }) : a.mineHash;
      upsertBaseline(tx, { packId: checked.pack.id, caseId: a.caseId, auditor: a.content.auditor, facilitatorHash: heldHash, returnHash: a.incomingHash });
    }
    if (checked.revision !== null) setLastRevision(tx, checked.pack.id, checked.revision);
    const summary = `${shown.new} new, ${shown.changed} changed, ${shown.unchanged} unchanged${shown.conflicts.length ? `, ${shown.conflicts.length - kept} conflicts taken from the return, ${kept} kept as they were` : ''}`;
    insertImportedReturn(tx, { packId: checked.pack.id, sha256, revision: checked.revision, fileName: file, auditor: checked.auditor, summary, importedBy: facilitator });
    entries.push({ ...trailBase, caseId: null, entity: 'import', entityId: null, field: checked.kind, oldValue: null, newValue: `${checked.revision !== null ? `Revision ${checked.revision}: ` : ''}${summary}`, note: `${trailBase.note}; imported by ${facilitator}` });
    appendTrail(tx, entries);
    return { ...shown, status: taken > 0 ? ('applied' as const) : ('unchanged' as const), message: `${file}: ${summary}.` };
  });
}


export { auditKey };
