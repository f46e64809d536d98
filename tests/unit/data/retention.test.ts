// Retention on a real encrypted database: the date each event is kept until, and the purge of its
// identifiers: the summary figures stay identical, and afterwards no case reference or date of
// birth is anywhere in the database's pages (a decrypted copy, read after the VACUUM).
import { describe, expect, it } from 'vitest';
import type { CoreApp } from '../../../core/app';
import { demoDatabase } from '../../support/data-fixtures';
import { decryptedBytes } from '../../support/test-key';
import { runCli } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

async function call<T>(core: CoreApp, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

interface View {
  months: number;
  events: { eventId: number; retentionDate: string; basis: string; due: boolean; purgedAt: string | null }[];
}

const count = (core: CoreApp, sql: string, ...params: unknown[]) => (core.store.sqlite.prepare(sql).get(...params) as { n: number }).n;

describe('retention dates', () => {
  it('default to 12 months after the last sign-off (else the audit date); months and a date per event can be set', async () => {
    const demo = await demoDatabase(makeTempDir());
    const lastSignOff = (id: number) =>
      (demo.core.store.sqlite.prepare('SELECT max(m.signed_off_on) AS d FROM moderations m JOIN cases c ON c.id = m.case_id WHERE c.event_id = ?').get(id) as { d: string | null }).d;
    const view = await call<View>(demo.core, 'retention.list', {});
    expect(view.months).toBe(12);
    const spring = view.events.find((e) => e.eventId === demo.eventId)!;
    const signedOff = lastSignOff(demo.eventId);
    if (signedOff) {
      expect(spring.basis).toBe('sign-off');
      expect(spring.retentionDate).toBe(`${Number(signedOff.slice(0, 4)) + 1}${signedOff.slice(4, 10)}`);
    } else {
      expect(spring).toMatchObject({ basis: 'audit date', retentionDate: '2027-04-20' });
    }
    const shorter = await call<View>(demo.core, 'retention.setMonths', { months: 6 });
    expect(shorter.months).toBe(6);
    const set = await call<View>(demo.core, 'retention.setDate', { eventId: demo.previousId, date: '2020-01-31' });
    expect(set.events.find((e) => e.eventId === demo.previousId)).toMatchObject({ retentionDate: '2020-01-31', basis: 'set', due: true, purgedAt: null });
  });
});

describe('purging an event at the end of retention', () => {
  it('keeps the summary figures identical and leaves no case reference or date of birth in any page', async () => {
    const demo = await demoDatabase(makeTempDir());
    const core = demo.core;
    const summary = async (eventId: number, compareWith?: number) => call(core, 'analysis.summary', { eventId, ...(compareWith ? { compareWith } : {}) });
    const before = { spring: await summary(demo.eventId, demo.previousId), autumn: await summary(demo.previousId) };
    const kept = {
      grades: count(core, 'SELECT count(*) AS n FROM grades'),
      agreed: count(core, 'SELECT count(*) AS n FROM moderated_grades'),
      findings: count(core, 'SELECT count(*) AS n FROM findings'),
      recommendations: count(core, 'SELECT count(*) AS n FROM recommendations'),
    };
    expect(demo.datesOfBirth.length).toBeGreaterThan(20);

    // Both demo events number their cases from C-100001, so both are purged.
    for (const eventId of [demo.previousId, demo.eventId]) {
      const result = await call<{ cases: number; datesOfBirth: number; trailValuesReplaced: number }>(core, 'retention.purge', { eventId });
      expect(result.cases).toBeGreaterThan(20);
    }
    expect(await summary(demo.eventId, demo.previousId)).toEqual(before.spring);
    expect(await summary(demo.previousId)).toEqual(before.autumn);
    expect({
      grades: count(core, 'SELECT count(*) AS n FROM grades'),
      agreed: count(core, 'SELECT count(*) AS n FROM moderated_grades'),
      findings: count(core, 'SELECT count(*) AS n FROM findings'),
      recommendations: count(core, 'SELECT count(*) AS n FROM recommendations'),
    }).toEqual(kept);

    const references = (core.store.sqlite.prepare('SELECT reference FROM cases WHERE event_id = ? ORDER BY id').all(demo.eventId) as { reference: string }[]).map((r) => r.reference);
    expect(references.slice(0, 3)).toEqual(['Case 1', 'Case 2', 'Case 3']);
    expect(count(core, 'SELECT count(*) AS n FROM cases WHERE date_of_birth IS NOT NULL')).toBe(0);
    expect(count(core, 'SELECT count(*) AS n FROM cases WHERE age_stage IS NULL')).toBe(0);
    expect(count(core, "SELECT count(*) AS n FROM grades WHERE evidence <> '' OR rationale <> ''")).toBe(0);
    // Trail values of the purged fields are replaced; the purge itself is recorded.
    expect(count(core, "SELECT count(*) AS n FROM trail WHERE field IN ('evidence', 'rationale') AND coalesce(new_value, '') NOT IN ('', '[purged]')")).toBe(0);
    expect(count(core, "SELECT count(*) AS n FROM trail WHERE field = 'purged at retention'")).toBe(2);

    core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pages = decryptedBytes(demo.path).toString('latin1');
    const ukDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    for (const text of [...demo.references, ...demo.datesOfBirth, ...demo.datesOfBirth.map(ukDate), ...demo.evidence]) expect(pages, text).not.toContain(text);
    // The check can find text that is there: the kept findings.
    expect(pages).toContain('Fathers and male carers were rarely part of assessments.');
  });

  it('clears what an escalation says (what was seen, who was told, the outcome) and keeps its count, unless kept', async () => {
    for (const keep of [[], ['escalation details']] as const) {
      const demo = await demoDatabase(makeTempDir());
      const core = demo.core;
      const caseId = (core.store.sqlite.prepare('SELECT id FROM cases WHERE event_id = ? ORDER BY id LIMIT 1').get(demo.eventId) as { id: number }).id;
      const raised = await call<{ id: number }>(core, 'escalations.raise', { caseId, concern: 'Unexplained marks seen on the younger sibling', toldWho: 'Quill Duty-Manager, MASH', toldAt: '2026-04-21T10:15' });
      await call(core, 'escalations.update', { id: raised.id, outcome: 'Strategy discussion held with Ravel Team' });
      const texts = ['Unexplained marks seen on the younger sibling', 'Quill Duty-Manager', 'Strategy discussion held with Ravel Team'];
      const result = await call<{ freeTextCleared: Record<string, number> }>(core, 'retention.purge', { eventId: demo.eventId, keep });
      const row = core.store.sqlite.prepare('SELECT concern, told_who AS toldWho, outcome, told_at AS toldAt FROM escalations WHERE id = ?').get(raised.id);
      expect(count(core, 'SELECT count(*) AS n FROM escalations WHERE event_id = ?', demo.eventId)).toBe(1);
      core.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const pages = decryptedBytes(demo.path).toString('latin1');
      if (keep.length === 0) {
        expect(result.freeTextCleared['escalation details']).toBe(1);
        expect(row).toEqual({ concern: '', toldWho: '', outcome: '', toldAt: '2026-04-21T10:15' });
        expect(count(core, "SELECT count(*) AS n FROM trail WHERE entity = 'escalation' AND coalesce(new_value, '') NOT IN ('', '[purged]')")).toBe(0);
        for (const text of texts) expect(pages, text).not.toContain(text);
      } else {
        expect(result.freeTextCleared['escalation details']).toBeUndefined();
        expect(row).toMatchObject({ concern: texts[0], toldWho: 'Quill Duty-Manager, MASH', outcome: texts[2] });
        for (const text of texts) expect(pages, text).toContain(text);
      }
      core.close();
    }
  });

  it('keeps the free text the user chooses to keep', async () => {
    const demo = await demoDatabase(makeTempDir());
    const evidenceBefore = count(demo.core, "SELECT count(*) AS n FROM grades g JOIN audits a ON a.id = g.audit_id WHERE a.event_id = ? AND g.evidence <> ''", demo.eventId);
    expect(evidenceBefore).toBeGreaterThan(0);
    await call(demo.core, 'retention.purge', { eventId: demo.eventId, keep: ['grade evidence'] });
    expect(count(demo.core, "SELECT count(*) AS n FROM grades g JOIN audits a ON a.id = g.audit_id WHERE a.event_id = ? AND g.evidence <> ''", demo.eventId)).toBe(evidenceBefore);
    const again = await demo.core.dispatch('retention.purge', { eventId: demo.eventId });
    expect(again.ok).toBe(false);
  });

  it('retention run --dry-run lists, retention run purges what is due', async () => {
    const demo = await demoDatabase(makeTempDir());
    await call(demo.core, 'retention.setDate', { eventId: demo.previousId, date: '2020-01-31' });
    demo.core.close();
    const dry = await runCli('--db', demo.path, 'retention', 'run', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toBe(`${String(demo.previousId).padStart(4)}  2020-01-31  Neglect MACFA — autumn 2025 (demo)  (would be purged)\n`);
    const run = await runCli('--db', demo.path, 'retention', 'run');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Purged event ${demo.previousId} \\(Neglect MACFA — autumn 2025 \\(demo\\)\\): 24 case references, 2\\d dates of birth, 0 documents, \\d+ trail values\\.\\n$`));
    const cases = JSON.parse((await runCli('--db', demo.path, '--json', 'cases', 'list', '--event', String(demo.previousId))).stdout) as { reference: string; dateOfBirth: string | null }[];
    expect(cases.map((c) => c.reference).toSorted()).toEqual(Array.from({ length: 24 }, (_, i) => `Case ${i + 1}`).toSorted());
    expect(cases.every((c) => c.dateOfBirth === null)).toBe(true);
    expect((await runCli('--db', demo.path, 'retention', 'run')).stdout).toBe('No event is past its retention date.\n');
  });
});
