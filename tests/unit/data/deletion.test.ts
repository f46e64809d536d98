// Deleting an event or a case, on a real encrypted database: the name must be typed to confirm,
// every row of the event goes, the trail keeps who deleted how many rows of what kind but none of
// the deleted values, other events are untouched, and after the VACUUM no deleted text is left in
// the database's pages (decrypted copy checked byte by byte) nor in the WAL.
import { describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../core/app';
import { demoDatabase, eventRowCounts } from '../../support/data-fixtures';
import { decryptedBytes } from '../../support/test-key';
import { runCli } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

async function call<T>(core: CoreApp, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const spring = 'Neglect MACFA — spring 2026 (demo)';

function referencesOf(core: CoreApp, eventId: number): string[] {
  return (core.store.sqlite.prepare('SELECT reference FROM cases WHERE event_id = ?').all(eventId) as { reference: string }[]).map((r) => r.reference);
}

function evidenceOf(core: CoreApp, eventId: number): string[] {
  return (
    core.store.sqlite
      .prepare("SELECT DISTINCT g.evidence AS e FROM grades g JOIN audits a ON a.id = g.audit_id WHERE a.event_id = ? AND g.evidence <> ''")
      .all(eventId) as { e: string }[]
  ).map((r) => r.e);
}

describe('deleting an event', () => {
  it('is refused unless its name is typed exactly, and nothing changes', async () => {
    const demo = await demoDatabase(makeTempDir());
    const before = eventRowCounts(demo.core.store.sqlite, demo.eventId);
    const result = await demo.core.dispatch('events.delete', { id: demo.eventId, confirmName: 'Neglect MACFA' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONFIRMATION_MISMATCH', message: `Type the event's name exactly as it is ("${spring}") to confirm. Nothing was deleted.` },
    });
    expect(eventRowCounts(demo.core.store.sqlite, demo.eventId)).toEqual(before);
  });

  it('removes every row of the event, keeps a trail record without values, leaves the other event whole and no deleted text in any page', async () => {
    const demo = await demoDatabase(makeTempDir());
    const sqlite = demo.core.store.sqlite;
    // A narrative and an agreed rationale whose words must not survive.
    await call(demo.core, 'report.saveNarrative', { eventId: demo.eventId, sectionKey: 'executive-summary', text: 'Fictional narrative about Zebedee Quernmore.' });
    // Both demo events number their cases from C-100001: only the spring event's own go.
    const references = referencesOf(demo.core, demo.eventId).filter((r) => !referencesOf(demo.core, demo.previousId).includes(r));
    expect(references.length).toBe(6);
    const evidence = evidenceOf(demo.core, demo.eventId);
    const otherBefore = eventRowCounts(sqlite, demo.previousId);
    const counted = eventRowCounts(sqlite, demo.eventId);
    expect(counted.cases).toBe(30);
    expect(counted.grades).toBeGreaterThan(500);
    const valuesBefore = (sqlite.prepare("SELECT count(*) AS n FROM trail WHERE event_id = ? AND coalesce(new_value, '') NOT IN ('', '[deleted]')").get(demo.eventId) as { n: number }).n;
    expect(valuesBefore).toBeGreaterThan(0);

    const outcome = await call<{ rows: Record<string, number> }>(demo.core, 'events.delete', { id: demo.eventId, confirmName: spring });
    expect(outcome.rows).toMatchObject({ cases: 30, audits: counted.audits, grades: counted.grades, findings: counted.findings, recommendations: counted.recommendations });

    expect(eventRowCounts(sqlite, demo.eventId)).toEqual({ events: 0, cases: 0, audits: 0, grades: 0, moderatedGrades: 0, findings: 0, recommendations: 0, narratives: 0, documents: 0 });
    expect(eventRowCounts(sqlite, demo.previousId)).toEqual(otherBefore);

    // The trail: the deletion record (who, what kind, how many) and no value of the event left.
    const trail = sqlite.prepare('SELECT actor, entity, field, old_value AS oldValue, new_value AS newValue, note FROM trail WHERE event_id = ? ORDER BY id').all(demo.eventId) as {
      actor: string; entity: string; field: string; oldValue: string | null; newValue: string | null; note: string;
    }[];
    const record = trail.at(-1)!;
    expect(record).toMatchObject({ actor: 'Fictional Facilitator', entity: 'event', field: 'deleted', oldValue: null, note: '' });
    expect(JSON.parse(record.newValue!)).toMatchObject({ cases: 30, grades: counted.grades });
    for (const entry of trail.slice(0, -1)) {
      for (const value of [entry.oldValue, entry.newValue, entry.note]) expect([null, '', '[deleted]']).toContain(value);
    }

    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pages = decryptedBytes(demo.path).toString('latin1');
    for (const text of [...references, ...evidence, 'Zebedee Quernmore']) expect(pages).not.toContain(text);
    // The other event's data is still there in the same pages (the check can find text).
    expect(pages).toContain(referencesOf(demo.core, demo.previousId)[0]!);
  });

  it('a case on its own: its rows go, its trail values are replaced, the event stays', async () => {
    const demo = await demoDatabase(makeTempDir());
    const sqlite = demo.core.store.sqlite;
    // The last case: the earlier event has no case with its reference.
    const target = sqlite.prepare('SELECT id, reference FROM cases WHERE event_id = ? ORDER BY id DESC LIMIT 1').get(demo.eventId) as { id: number; reference: string };
    const casesBefore = eventRowCounts(sqlite, demo.eventId).cases!;
    const outcome = await call<{ rows: Record<string, number> }>(demo.core, 'cases.delete', { id: target.id });
    expect(outcome.rows.cases).toBe(1);
    expect(eventRowCounts(sqlite, demo.eventId).cases).toBe(casesBefore - 1);
    const values = sqlite.prepare("SELECT old_value AS o, new_value AS n, note FROM trail WHERE case_id = ? AND field <> 'deleted'").all(target.id) as { o: string | null; n: string | null; note: string }[];
    for (const row of values) for (const value of [row.o, row.n, row.note]) expect([null, '', '[deleted]']).toContain(value);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(decryptedBytes(demo.path).toString('latin1')).not.toContain(target.reference);
  });

  it('the trail still refuses any other change: an edited value, a changed actor, a deleted row', async () => {
    const demo = await demoDatabase(makeTempDir());
    const sqlite = demo.core.store.sqlite;
    expect(() => sqlite.exec("UPDATE trail SET new_value = 'something else' WHERE id = (SELECT max(id) FROM trail WHERE new_value IS NOT NULL)")).toThrow(/append-only/);
    expect(() => sqlite.exec("UPDATE trail SET actor = 'someone else'")).toThrow(/append-only/);
    expect(() => sqlite.exec('DELETE FROM trail')).toThrow(/append-only/);
    expect(() => sqlite.exec("UPDATE trail SET new_value = '[redacted]', actor = 'someone else' WHERE id = 1")).toThrow(/append-only/);
  });
});

describe('deletion from the command line', () => {
  it('event delete ID --confirm NAME and cases delete --event ID REF', async () => {
    const demo = await demoDatabase(makeTempDir());
    const reference = referencesOf(demo.core, demo.previousId)[0]!;
    demo.core.close();
    const wrong = await runCli('--db', demo.path, 'event', 'delete', String(demo.eventId), '--confirm', 'spring');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(`scrutineer: Type the event's name exactly as it is ("${spring}") to confirm. Nothing was deleted.\n`);
    const deleted = await runCli('--db', demo.path, 'event', 'delete', String(demo.eventId), '--confirm', spring);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toMatch(new RegExp(`^Deleted event ${demo.eventId}: 30 cases, \\d+ audits, [\\d,]+ grades, [\\d,]+ agreed grades, 6 findings, \\d+ recommendations, 19 report sections\\.\\n$`));
    const one = await runCli('--db', demo.path, 'cases', 'delete', '--event', String(demo.previousId), reference);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toMatch(new RegExp(`^Deleted case ${reference}: 1 cases`));
    const list = await runCli('--db', demo.path, '--json', 'cases', 'list', '--event', String(demo.previousId));
    expect((JSON.parse(list.stdout) as { reference: string }[]).map((c) => c.reference)).not.toContain(reference);
  });
});
