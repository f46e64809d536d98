// The one way to change the audit trail: replace values with a marker. The trail's update trigger
// (migration 0007) refuses every other change: no column but old_value, new_value and note may
// change, and those only to one of the markers below. Deletion and retention use it to remove
// deleted or purged values in the same transaction as the rows they describe.
import type Database from 'better-sqlite3';

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
