// What a drawn sample holds that points to a child, for purging an event at retention: the
// reserves (references and stored values, dates of birth included) and the replacements'
// references and reasons. Runs inside the purge's transaction, on its connection.
import type Database from 'better-sqlite3';

const drawsOf = 'SELECT id FROM sample_draws WHERE event_id = ?';

/** References and dates of birth the sample tables hold, so trail entries naming them are found too. */
export function sampleIdentifiers(sqlite: Database.Database, eventId: number): string[] {
  const reserves = sqlite.prepare(`SELECT reference, "values" AS v FROM sample_reserves WHERE draw_id IN (${drawsOf})`).all(eventId) as { reference: string; v: string }[];
  const replaced = sqlite.prepare(`SELECT replaced_reference AS a, replacement_reference AS b FROM sample_replacements WHERE draw_id IN (${drawsOf})`).all(eventId) as { a: string; b: string }[];
  const births = reserves.flatMap((r) => {
    const born = (JSON.parse(r.v) as { dateOfBirth?: string | null }).dateOfBirth;
    return born ? [born] : [];
  });
  return [...reserves.map((r) => r.reference), ...replaced.flatMap((r) => [r.a, r.b]), ...births];
}

/** Reserves go; replacements keep their stratum and date, not who or why. Returns the rows changed. */
export function purgeSample(sqlite: Database.Database, eventId: number): number {
  const reserves = sqlite.prepare(`DELETE FROM sample_reserves WHERE draw_id IN (${drawsOf})`).run(eventId).changes;
  const replacements = sqlite
    .prepare(`UPDATE sample_replacements SET replaced_reference = '[purged]', replacement_reference = '[purged]', reason = '[purged]' WHERE draw_id IN (${drawsOf})`)
    .run(eventId).changes;
  return reserves + replacements;
}
