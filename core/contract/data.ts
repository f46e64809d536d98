// The contract calls about the data itself: where it is kept and how it is protected, backups and
// restore, deleting a case or an event, and retention.
import { z } from 'zod';
import type { BackupInfo, DataStatus, DeletionResult, KeyState, PurgeResult, RecoveryKeyFile, RestoreResult, RetentionView } from './data-types';
import { call } from './call';
import { isoDate } from '../../model/event';

import { freeTextKindNames } from '../../model/retention';

const id = z.number().int();
const nothing = z.object({}).strict();

export const dataContract = {
  'data.status': call<DataStatus>()(nothing),
  /** Answered by a locked host too (core/locked-app): whether the key must still be typed. */
  'keys.state': call<KeyState>()(nothing),
  'keys.unlock': call<KeyState>()(z.object({ text: z.string().min(1).max(1000) }).strict()),
  'data.recoveryKey': call<RecoveryKeyFile>()(nothing),
  /** Shared machines: the key file is wrapped with a passphrase, asked at every start. */
  'data.protectWithPassphrase': call<DataStatus>()(z.object({ passphrase: z.string().max(1000) }).strict()),
  'data.protectWithKeychain': call<DataStatus>()(nothing),
  'data.backupNow': call<BackupInfo>()(nothing),
  'data.setBackupsKept': call<DataStatus>()(z.object({ keep: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100') }).strict()),
  /** An encrypted copy at a path of the user's choosing (CLI `backup --out FILE`); never overwrites. */
  'data.backupTo': call<{ path: string }>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  'data.restore': call<RestoreResult>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  'events.delete': call<DeletionResult>()(z.object({ id, confirmName: z.string().max(400) }).strict()),
  'cases.delete': call<DeletionResult>()(z.object({ id }).strict()),
  'retention.list': call<RetentionView>()(nothing),
  'retention.setMonths': call<RetentionView>()(z.object({ months: z.number().int().min(1, 'must be at least 1').max(240, 'must be at most 240') }).strict()),
  'retention.setDate': call<RetentionView>()(z.object({ eventId: id, date: isoDate.nullable() }).strict()),
  'retention.purge': call<PurgeResult>()(z.object({ eventId: id, keep: z.array(z.enum(freeTextKindNames)).max(freeTextKindNames.length).default([]) }).strict()),
};
