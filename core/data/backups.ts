// Backups as the user sees them: "Back up now", a copy to a file of their choosing, restore, the
// number kept, and the automatic ones (on close when something changed, daily while open).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeBackup } from '../../db/backups';
import { checkBackup, replaceWithBackup } from '../../db/restore';
import { backUpIntoRotation, DEFAULT_BACKUPS_KEPT, listBackups, pruneBackups, type BackupFile } from '../../db/rotation';
import { loadMigrations } from '../../db/migrations';
import { UserError } from '../../model/errors';
import type { HandlerContext } from '../handlers';
import type { OpenedDatabase } from '../../db/open';
import { readPreference, writePreference } from './preferences';
import { backUpDocuments, documentsBackupDirFor, documentsBesideBackup, restoreDocuments, type DocumentsRestored } from './document-backups';

export function backupsKept(store: OpenedDatabase): number {
  const stored = Number(readPreference(store.db, 'backupsKept'));
  return Number.isInteger(stored) && stored >= 1 ? stored : DEFAULT_BACKUPS_KEPT;
}

export function setBackupsKept(store: OpenedDatabase, keep: number): number {
  writePreference(store.db, 'backupsKept', String(keep));
  pruneBackups(store.path, keep);
  return keep;
}

/** The database and its documents folder: a backup holds both (the folder may be set apart from the database). */
export type BackupPlace = Pick<HandlerContext, 'store' | 'documentsDir'>;

export function backUpNow({ store, documentsDir }: BackupPlace, kind: 'manual' | 'daily' | 'closed' = 'manual', now = new Date()): BackupFile {
  if (store.path === ':memory:') throw new UserError('An in-memory database has no backups.', 'USER_ERROR');
  const backup = backUpIntoRotation(store.sqlite, store.path, kind, backupsKept(store), now);
  backUpDocuments(documentsDir, documentsBackupDirFor(documentsDir));
  return backup;
}

/** An encrypted copy at a path of the user's choosing (`backup --out FILE`); it is not rotated. */
export function backUpToFile({ store, documentsDir }: BackupPlace, outPath: string): string {
  const target = resolve(outPath);
  if (existsSync(target)) throw new UserError(`${target} already exists; choose a new file name for the backup.`, 'FILE_EXISTS');
  writeBackup(store.sqlite, store.path, target, 'backup');
  backUpDocuments(documentsDir, documentsBesideBackup(target));
  return target;
}

export interface RestoreOutcome {
  restoredFrom: string;
  /** The database as it was before the restore, kept in the rotation. */
  keptAs: string;
  schemaVersion: number;
  documents: DocumentsRestored;
}

/** Checks the backup, keeps the current database as a backup, then puts the backup in its place. */
export function restoreBackup(ctx: HandlerContext, backupPath: string, migrationsDir: string, now = new Date()): RestoreOutcome {
  const source = resolve(backupPath);
  const store = ctx.store;
  if (store.path === ':memory:') throw new UserError('An in-memory database cannot be restored into.', 'USER_ERROR');
  if (source === resolve(store.path)) throw new UserError(`${source} is the database itself, not a backup of it.`, 'NOT_A_BACKUP');
  const checked = checkBackup(source, store.key, loadMigrations(migrationsDir).length);
  // Not pruned yet: the backup being restored may be the oldest in the rotation.
  const kept = backUpIntoRotation(store.sqlite, store.path, 'before-restore', Number.POSITIVE_INFINITY, now);
  backUpDocuments(ctx.documentsDir, documentsBackupDirFor(ctx.documentsDir));
  const key = store.key;
  ctx.swapStore(() => replaceWithBackup(store.path, key, source, checked));
  pruneBackups(ctx.store.path, Math.max(backupsKept(ctx.store), 2));
  const documents = restoreDocuments(ctx.store, ctx.documentsDir, [documentsBesideBackup(source), documentsBackupDirFor(ctx.documentsDir)]);
  return { restoredFrom: source, keptAs: kept.path, schemaVersion: ctx.store.schemaVersion, documents };
}

export { listBackups };
