// Replacing an unsuitable case from the reserves, and the stored profile against the cohort.
import { describe, expect, it } from 'vitest';
import { startAudit } from '../../../core/audits/service';
import type { SampleDrawView } from '../../../core/contract/sample-types';
import { discloseCounts } from '../../../core/disclosure/counts';
import { references, sampleCore } from './sample-support';

const settings = { size: 12, stratify: ['levelOfNeed'], reserve: 2, seed: 20240601 };

describe('replacing a sampled case', () => {
  it('takes the next reserve of its stratum in draw order, records the reason and the trail', async () => {
    const s = sampleCore();
    const eventId = s.newEvent();
    const view = await s.draw(eventId, settings);
    const reserves = s.core.store.sqlite.prepare("SELECT reference FROM sample_reserves WHERE stratum = 'levelOfNeed=early-help' ORDER BY position").pluck().all() as string[];
    const first = view.cases.find((c) => c.stratumLabel === 'Early help')!;
    const once = await s.call<SampleDrawView>('sample.replace', { eventId, reference: first.reference.toLowerCase(), reason: 'Moved out of area before the review window' });
    expect(references(once)).not.toContain(first.reference);
    expect(references(once)).toContain(reserves[0]);
    expect(once.cases.find((c) => c.reference === reserves[0])).toMatchObject({ stratumLabel: 'Early help', fromReserve: true });
    expect(once.replacements).toEqual([
      { at: expect.any(String), actor: 'Fictional Facilitator', stratumLabel: 'Early help', replaced: first.reference, replacement: reserves[0], reason: 'Moved out of area before the review window' },
    ]);
    expect(once.strata.find((x) => x.label === 'Early help')).toMatchObject({ reserves: 2, reservesLeft: 1 });
    const twice = await s.call<SampleDrawView>('sample.replace', { eventId, reference: reserves[0], reason: 'Subject to care proceedings' });
    expect(references(twice)).toContain(reserves[1]);
    await expect(s.call('sample.replace', { eventId, reference: reserves[1], reason: 'Again' })).rejects.toMatchObject({ code: 'NO_RESERVE', message: `No reserve is left for Early help: ${reserves[1]} cannot be replaced from the draw.` });
    const trail = s.core.store.sqlite.prepare("SELECT field, old_value, new_value, note FROM trail WHERE entity = 'sample' ORDER BY id").all();
    expect(trail).toEqual([
      { field: 'draw', old_value: null, new_value: '12 of 400 cases; seed 20240601', note: expect.stringContaining('stratified by level of need, proportional allocation; 8 reserves') },
      { field: 'replacement', old_value: first.reference, new_value: reserves[0], note: 'Moved out of area before the review window' },
      { field: 'replacement', old_value: reserves[0], new_value: reserves[1], note: 'Subject to care proceedings' },
    ]);
  });

  it('refuses a case that is not in the sample, one already audited, and a missing reason', async () => {
    const s = sampleCore();
    const eventId = s.newEvent();
    const view = await s.draw(eventId, settings);
    await expect(s.call('sample.replace', { eventId, reference: 'C-999999', reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.call('sample.replace', { eventId, reference: view.cases[0]!.reference, reason: '  ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const row = s.core.store.sqlite.prepare('SELECT id FROM cases WHERE reference = ?').get(view.cases[0]!.reference) as { id: number };
    const agency = s.core.store.sqlite.prepare("INSERT INTO agencies (name) VALUES ('Police') RETURNING id").get() as { id: number };
    s.core.store.sqlite.prepare('INSERT INTO event_agencies (event_id, agency_id) VALUES (?, ?)').run(eventId, agency.id);
    startAudit(s.db, { caseId: row.id, agencyId: agency.id });
    await expect(s.call('sample.replace', { eventId, reference: view.cases[0]!.reference, reason: 'Closed' })).rejects.toMatchObject({ message: `${view.cases[0]!.reference} already has 1 audit: a case is replaced only before auditing starts.` });
  });

  it('goes with the event: deleting the event removes every sample row (ON DELETE CASCADE)', async () => {
    const s = sampleCore();
    const eventId = s.newEvent();
    await s.draw(eventId, settings);
    await s.call('sample.replace', { eventId, reference: (await s.call<SampleDrawView>('sample.get', { eventId })).cases[0]!.reference, reason: 'Closed' });
    const sqlite = s.core.store.sqlite;
    sqlite.prepare('DELETE FROM events WHERE id = ?').run(eventId);
    for (const table of ['sample_draws', 'sample_members', 'sample_reserves', 'sample_replacements', 'sample_cohort_counts', 'cases']) {
      expect(sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });
});

describe('the profile against the cohort', () => {
  it('is the same stored as previewed, counts the cohort file, and tests each attribute', async () => {
    const s = sampleCore();
    const eventId = s.newEvent();
    const preview = await s.draw(eventId, { ...settings, size: 40 }, { dryRun: true, suppressSmallNumbers: false });
    await s.draw(eventId, { ...settings, size: 40 });
    const stored = (await s.call<SampleDrawView>('sample.get', { eventId, suppressSmallNumbers: false }))!;
    expect(stored.profile).toEqual(preview.profile);
    expect(stored.profile.attributes.map((a) => a.attribute)).toEqual(['levelOfNeed', 'ageStage', 'sex', 'ethnicityGroup', 'neglectType', 'disability']);
    const level = stored.profile.attributes[0]!;
    // The cohort file's levels (Early help 60, Child in need 111, Child protection 112, Looked after 117).
    expect(level.rows.map((r) => [r.label, r.cohort.suppressed ? null : r.cohort.count])).toEqual([
      ['Early help', 60],
      ['Child in need', 111],
      ['Child protection', 112],
      ['Child looked after', 117],
    ]);
    expect(level.stratified).toBe(true);
    expect(level.reading).toMatch(/^The sample was stratified by level of need/);
    for (const a of stored.profile.attributes) {
      expect(a.rows.reduce((sum, r) => sum + (r.sample.suppressed ? 0 : r.sample.count), 0)).toBe(40);
      expect(a.cohortTotal).toBe(400);
    }
  });

  it('withholds small counts on screen by default, with the next smallest of a lone one', async () => {
    const s = sampleCore();
    const eventId = s.newEvent();
    await s.draw(eventId, settings);
    const view = (await s.call<SampleDrawView>('sample.get', { eventId }))!;
    // 12 drawn as 2 / 3 / 3 / 4: every count is small, so every one is withheld.
    expect(view.profile.attributes[0]!.rows.map((r) => r.sample.suppressed)).toEqual([true, true, true, true]);
    expect(JSON.stringify(view.profile.attributes[0]!.rows.map((r) => r.sample))).not.toMatch(/count|percent/);
  });
});

describe('small-number suppression of a column of counts', () => {
  it('withholds 1 to 4, and the next smallest when only one would be withheld', () => {
    const shown = (cells: ReturnType<typeof discloseCounts>) => cells.map((c) => (c.suppressed ? '-' : c.count));
    expect(shown(discloseCounts([10, 3, 7, 0], true))).toEqual([10, '-', '-', 0]);
    expect(shown(discloseCounts([10, 3, 2, 8], true))).toEqual([10, '-', '-', 8]);
    expect(shown(discloseCounts([10, 5, 7], true))).toEqual([10, 5, 7]);
    expect(shown(discloseCounts([10, 3, 7], false))).toEqual([10, 3, 7]);
    expect(discloseCounts([10, 3, 7], false)[1]).toEqual({ suppressed: false, small: true, count: 3, percent: 0.15 });
  });
});
