// Document files that no row refers to any more: removed right after the rows that used them are
// deleted, and swept on start (a deletion killed between its commit and the file removal leaves
// files behind). A file younger than an hour is left to the sweep: another window may be adding it.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenedDatabase } from '../../db/open';
import { forgetBackedUpDocuments } from './document-backups';

const SWEEP_MIN_AGE_MS = 60 * 60 * 1000;

function referenced(store: OpenedDatabase, storedName: string): boolean {
  return store.sqlite.prepare('SELECT 1 FROM case_documents WHERE stored_name = ? LIMIT 1').get(storedName) !== undefined;
}

/** The stored names of the documents in scope, read before their rows are deleted. */
export function documentNamesOf(store: OpenedDatabase, scope: { eventId: number } | { caseIds: number[] }): string[] {
  if ('eventId' in scope) {
    return (store.sqlite.prepare('SELECT DISTINCT stored_name AS name FROM case_documents WHERE case_id IN (SELECT id FROM cases WHERE event_id = ?)').all(scope.eventId) as { name: string }[]).map((r) => r.name);
  }
  if (scope.caseIds.length === 0) return [];
  const marks = scope.caseIds.map(() => '?').join(', ');
  return (store.sqlite.prepare(`SELECT DISTINCT stored_name AS name FROM case_documents WHERE case_id IN (${marks})`).all(...scope.caseIds) as { name: string }[]).map((r) => r.name);
}

/** Removes the named files that no document row refers to any more, backed-up copies too; returns how many. */
export function removeDocumentFiles(store: OpenedDatabase, documentsDir: string, storedNames: string[]): number {
  const unused = [...new Set(storedNames)].filter((name) => !referenced(store, name));
  for (const name of unused) rmSync(join(documentsDir, name), { force: true });
  forgetBackedUpDocuments(documentsDir, unused);
  return unused.length;
}

/** On start: files in the documents folder that no row refers to, older than an hour, are removed. */
export function sweepOrphanDocuments(store: OpenedDatabase, documentsDir: string, now = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(documentsDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(documentsDir, name);
    if (now - statSync(path).mtimeMs < SWEEP_MIN_AGE_MS || referenced(store, name.replace(/\.partial$/, ''))) continue;
    rmSync(path, { force: true });
    removed++;
  }
  return removed;
}
