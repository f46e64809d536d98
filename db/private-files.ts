// The data folder is the owner's alone: folders 0700 and files 0600 (macOS and Linux; Windows
// keeps the profile folder's own access list). Writes that must never be seen half-done go to a
// temporary name first and are renamed into place once on disk.
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const posix = process.platform !== 'win32';

/** Makes a folder (and its parents) that only the owner can enter; an existing one is tightened. */
export function makePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  if (posix) chmodSync(path, 0o700);
}

/** Owner read and write only; files that do not exist (an unused -shm) are skipped. */
export function makePrivate(...paths: string[]): void {
  if (!posix) return;
  for (const path of paths) if (existsSync(path)) chmodSync(path, 0o600);
}

/** The file's contents and the folder entry reach the disk (rename is only atomic once they have). */
export function syncToDisk(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function syncFolder(path: string): void {
  if (!posix) return;
  syncToDisk(path);
}

/** Writes bytes or text under a temporary name, syncs, renames into place: old or new, never half. */
export function writePrivateFileAtomically(path: string, data: string | Uint8Array): void {
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w', 0o600);
  let written = false;
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
    written = true;
  } finally {
    closeSync(fd);
    if (!written) rmSync(partial, { force: true });
  }
  renameSync(partial, path);
  syncFolder(dirname(path));
}

/** An empty file that only the owner can read, for SQLite to write into (VACUUM INTO needs it empty). */
export function createEmptyPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', 0o600));
}

/** Copies a file to a temporary name, owner-only and synced, then renames it into place. */
export function copyPrivateFileAtomically(source: string, target: string): void {
  const partial = `${target}.partial`;
  try {
    copyFileSync(source, partial);
    if (posix) chmodSync(partial, 0o600);
    syncToDisk(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, target);
}
