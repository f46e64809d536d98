// Handlers for the data itself (see core/contract/data.ts): status, backups, restore, deletion.
import type { HandlerContext } from './handlers';
import type { ParsedInput, CallValue } from './contract/contract';
import type { dataContract } from './contract/data';
import type { DataStatus, RetentionView } from './contract/data-types';
import { backUpNow, backUpToFile, backupsKept, listBackups, restoreBackup, setBackupsKept } from './data/backups';
import { deleteCase, deleteEvent } from './data/deletion';
import { freeTextKindNames, purgeEvent, retentionMonths, retentionSchedule, setRetentionDate, setRetentionMonths } from './data/retention';
import type { OpenedDatabase } from '../db/open';
import { keyFilePathFor } from './keys/key-file';
import { recoveryKeyFile, useKeychain, usePassphrase } from './data/key-protection';
import { existsSync } from 'node:fs';

type DataName = keyof typeof dataContract;
type DataHandlers = { [K in DataName]: (input: ParsedInput<K>, ctx: HandlerContext) => CallValue<K> | Promise<CallValue<K>> };

export function dataStatus(ctx: HandlerContext): DataStatus {
  const { store } = ctx;
  const backups = store.path === ':memory:' ? [] : listBackups(store.path);
  const keyFile = keyFilePathFor(store.path);
  return {
    databasePath: store.path,
    documentsDir: ctx.documentsDir,
    encrypted: store.key !== null,
    cipher: store.key ? 'SQLCipher 4 (AES-256, HMAC-SHA512 per page)' : null,
    protection: ctx.protection,
    keyFile: existsSync(keyFile) ? keyFile : null,
    documentsEncrypted: store.sqlite.prepare("SELECT 1 FROM data_keys WHERE purpose = 'documents'").get() !== undefined,
    keychain: ctx.sealer?.available() ? ctx.sealer.name : null,
    backupsKept: backupsKept(store),
    lastBackup: backups.find((b) => b.kind !== 'before-migration') ?? backups[0] ?? null,
    backups,
  };
}

function retentionView(store: OpenedDatabase): RetentionView {
  return { months: retentionMonths(store.db), events: retentionSchedule(store), freeTextKinds: freeTextKindNames };
}

export const dataHandlers: DataHandlers = {
  'data.status': (_input, ctx) => dataStatus(ctx),
  // An open core is unlocked; core/locked-app answers these while the key is still to be typed.
  'keys.state': (_input, { store }) => ({ locked: false, databasePath: store.path }),
  'keys.unlock': (_input, { store }) => ({ locked: false, databasePath: store.path }),
  'data.recoveryKey': (_input, ctx) => recoveryKeyFile(ctx),
  'data.protectWithPassphrase': async ({ passphrase }, ctx) => {
    await usePassphrase(ctx, passphrase);
    return dataStatus(ctx);
  },
  'data.protectWithKeychain': (_input, ctx) => {
    useKeychain(ctx);
    return dataStatus(ctx);
  },
  'data.backupNow': (_input, ctx) => backUpNow(ctx),
  'data.setBackupsKept': ({ keep }, ctx) => {
    setBackupsKept(ctx.store, keep);
    return dataStatus(ctx);
  },
  'data.backupTo': ({ path }, ctx) => ({ path: backUpToFile(ctx, path) }),
  'data.restore': ({ path }, ctx) => restoreBackup(ctx, path, ctx.migrationsDir),
  'events.delete': (input, { store, documentsDir }) => deleteEvent(store, documentsDir, input),
  'cases.delete': ({ id }, { store, documentsDir }) => deleteCase(store, documentsDir, id),
  'retention.list': (_input, { store }) => retentionView(store),
  'retention.setMonths': ({ months }, { store }) => {
    setRetentionMonths(store.db, months);
    return retentionView(store);
  },
  'retention.setDate': ({ eventId, date }, { store }) => {
    setRetentionDate(store, eventId, date);
    return retentionView(store);
  },
  'retention.purge': ({ eventId, keep }, { store, documentsDir }) => purgeEvent(store, documentsDir, eventId, { keep }),
};
