// The one way to change the audit trail: replace values with a marker. The trail's update trigger
// (migration 0007) refuses every other change: no column but old_value, new_value and note may
// change, and those only to one of the markers below. Deletion and retention use it to remove
// deleted or purged values in the same transaction as the rows they describe.
import type Database from 'better-sqlite3';
import { closeEditSessionsSql } from './queries/trail-edits';

export const trailMarkers = ['[redacted]', '[deleted]', '[purged]'] as const;
export type TrailMarker = (typeof trailMarkers)[number];

/**
 * Replaces old and new values and notes of the trail entries in scope (optionally only for some
 * fields) with the marker; returns how many entries changed. Call inside a write transaction.
 */
export function redactTrailValues(
  sqlite: Database.Database,
  scope: { eventId: number } | { caseId: number } | { ids: number[] },
  marker: TrailMarker,
  onlyFields?: readonly string[],
): number {
  // Open editing sessions hold values too: they join the trail first, and are redacted with it.
  if (!('ids' in scope)) for (const statement of closeEditSessionsSql('eventId' in scope ? 'event_id = ?' : 'case_id = ?')) sqlite.prepare(statement).run('eventId' in scope ? scope.eventId : scope.caseId);
  const where: string[] = [];
  const params: (string | number)[] = [];
  if ('eventId' in scope) {
    where.push('event_id = ?');
    params.push(scope.eventId);
  } else if ('caseId' in scope) {
    where.push('case_id = ?');
    params.push(scope.caseId);
  } else {
    if (scope.ids.length === 0) return 0;
    where.push(`id IN (${scope.ids.map(() => '?').join(', ')})`);
    params.push(...scope.ids);
  }
  if (onlyFields) {
    if (onlyFields.length === 0) return 0;
    where.push(`field IN (${onlyFields.map(() => '?').join(', ')})`);
    params.push(...onlyFields);
  }
  const set = (column: string) => `${column} = CASE WHEN ${column} IS NULL OR ${column} = '' THEN ${column} ELSE @marker END`;
  const changed = `((old_value IS NOT NULL AND old_value <> '' AND old_value <> @marker) OR (new_value IS NOT NULL AND new_value <> '' AND new_value <> @marker) OR (note <> '' AND note <> @marker))`;
  const statement = sqlite.prepare(`UPDATE trail SET ${set('old_value')}, ${set('new_value')}, ${set('note')} WHERE ${where.join(' AND ')} AND ${changed}`);
  // Positional parameters for the scope, a named one for the marker (better-sqlite3 binds both).
  return statement.run(...params, { marker }).changes;
}

const valueColumns = ['old_value', 'new_value', 'note'] as const;

/**
 * Replaces every value (old, new or note) of the event's trail that contains `text` (ignoring
 * case) with "[redacted]"; other values of the same entries stay. Returns the entries changed.
 * Call inside a write transaction.
 */
export function redactTrailText(sqlite: Database.Database, eventId: number, text: string): number {
  for (const statement of closeEditSessionsSql('event_id = ?')) sqlite.prepare(statement).run(eventId);
  const needle = text.toLocaleLowerCase('en-GB');
  const rows = sqlite.prepare('SELECT id, old_value, new_value, note FROM trail WHERE event_id = ?').all(eventId) as Record<(typeof valueColumns)[number] | 'id', string | null>[];
  let changed = 0;
  for (const row of rows) {
    const hit = valueColumns.filter((c) => row[c]?.toLocaleLowerCase('en-GB').includes(needle));
    if (hit.length === 0) continue;
    sqlite.prepare(`UPDATE trail SET ${hit.map((c) => `${c} = '[redacted]'`).join(', ')} WHERE id = ?`).run(row.id);
    changed++;
  }
  return changed;
}
