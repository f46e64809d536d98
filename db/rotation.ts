// The backups kept beside the database: `<database>.<time>.<kind>.bak` (made on close, daily while
// open, on request, before a restore) and the pre-migration copies `<database>.v<n>-<time>.bak`.
// They rotate together: the newest N are kept (7 unless Settings say otherwise).
import type Database from 'better-sqlite3';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeBackup } from './backups';

export const backupKinds = ['closed', 'daily', 'manual', 'before-restore', 'before-migration'] as const;
export type BackupKind = (typeof backupKinds)[number];

export interface BackupFile {
  path: string;
  fileName: string;
  kind: BackupKind;
  /** When it was written (the file's modification time), ISO. */
  at: string;
  bytes: number;
}

export const DEFAULT_BACKUPS_KEPT = 7;

const stamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

export function backupPathFor(databasePath: string, kind: Exclude<BackupKind, 'before-migration'>, now: Date): string {
  return `${databasePath}.${stamp(now)}.${kind}.bak`;
}

function kindOf(name: string, prefix: string): BackupKind | undefined {
  const middle = name.slice(prefix.length, -'.bak'.length);
  if (/^v\d+-/.test(middle)) return 'before-migration';
  const kind = middle.split('.').at(-1);
  return (backupKinds as readonly string[]).includes(kind ?? '') ? (kind as BackupKind) : undefined;
}

/** Every finished backup beside the database, newest first. */
export function listBackups(databasePath: string): BackupFile[] {
  const dir = dirname(databasePath);
  const prefix = `${basename(databasePath)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const fileName of names) {
    if (!fileName.startsWith(prefix) || !fileName.endsWith('.bak')) continue;
    const kind = kindOf(fileName, prefix);
    if (!kind) continue;
    const path = join(dir, fileName);
    const stats = statSync(path);
    found.push({ path, fileName, kind, at: stats.mtime.toISOString(), bytes: stats.size });
  }
  return found.sort((a, b) => b.at.localeCompare(a.at) || b.fileName.localeCompare(a.fileName));
}

/** Removes all but the newest `keep` backups; returns what was removed. */
export function pruneBackups(databasePath: string, keep: number): BackupFile[] {
  const removed = listBackups(databasePath).slice(Math.max(1, keep));
  for (const backup of removed) rmSync(backup.path, { force: true });
  return removed;
}

/** Writes a backup of the open database into the rotation and prunes it. */
export function backUpIntoRotation(sqlite: Database.Database, databasePath: string, kind: Exclude<BackupKind, 'before-migration'>, keep: number, now = new Date()): BackupFile {
  const path = backupPathFor(databasePath, kind, now);
  writeBackup(sqlite, databasePath, path, 'backup');
  pruneBackups(databasePath, keep);
  return listBackups(databasePath).find((b) => b.path === path)!;
}
