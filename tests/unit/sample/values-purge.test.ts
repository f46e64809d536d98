// The cohort goes through the case import's value mapping; a value kept as written that few
// cohort children have is never stored by name; purging the event at retention takes the sample's
// reserves and the replacements' references and reasons with it.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CohortPreview, SampleDrawView } from '../../../core/contract/sample-types';
import { RARE_OTHER } from '../../../model/sample';
import { cohortBytes, references, sampleCore } from './sample-support';

/** The fixture with "Spiritual" (not on Scrutineer's list of neglect types) as the plan category of the given rows. */
function withSpiritual(rows: number[]): string {
  const parsed = Papa.parse<string[]>(new TextDecoder().decode(cohortBytes()), { skipEmptyLines: true }).data;
  const column = parsed[0]!.indexOf('Category of Plan');
  for (const r of rows) parsed[r]![column] = 'Spiritual';
  return Papa.unparse(parsed);
}
const base64 = (text: string) => Buffer.from(text).toString('base64');
const spiritual = [{ field: 'neglectTypes', source: 'Spiritual', choice: 'other' }];

describe('the cohort through the value mapping', () => {
  it('lists each value with its count, refuses an unrecognised one without a choice, and keeps the choice with the draw', async () => {
    const s = sampleCore();
    const eventId = s.newEvent();
    const text = withSpiritual([1, 2, 3, 4, 5, 6]);
    const preview = await s.call<CohortPreview>('sample.preview', { eventId, fileName: 'cohort.csv', data: base64(text) });
    const neglect = preview.values.find((c) => c.field === 'neglectTypes')!;
    expect(neglect.column).toBe('Category of Plan');
    expect(neglect.values.find((v) => v.source === 'Spiritual')).toMatchObject({ count: 6, recognised: false, suggested: { choice: 'other' } });
    expect(preview.sample).toHaveLength(3);

    await expect(s.draw(eventId, { size: 10, seed: 1 }, { data: base64(text) })).rejects.toMatchObject({
      code: 'BAD_COHORT',
      message: expect.stringMatching(/^cohort-400\.csv has 6 invalid rows, so no sample was drawn\. row 1, Category of Plan: /),
    });
    const view = await s.draw(eventId, { size: 10, seed: 1, stratify: ['neglectType'] }, { data: base64(text), values: spiritual });
    expect(view.values).toEqual(spiritual);
    const row = view.profile.attributes.find((a) => a.attribute === 'neglectType')!.rows.find((r) => r.value === 'Spiritual');
    expect(row?.cohort).toMatchObject({ count: 6 });
    expect(view.strata.map((x) => x.label)).toContain('Spiritual');
  });

  it('counts values kept as written that fewer than 5 cohort children have together, in the profile and the strata', async () => {
    const s = sampleCore();
    const eventId = s.newEvent();
    const view = await s.draw(eventId, { size: 10, seed: 1, stratify: ['neglectType'] }, { data: base64(withSpiritual([1, 2, 3])), values: spiritual });
    const sqlite = s.core.store.sqlite;
    expect(sqlite.prepare("SELECT count(*) FROM sample_cohort_counts WHERE value LIKE '%Spiritual%'").pluck().get()).toBe(0);
    expect(sqlite.prepare('SELECT strata FROM sample_draws').pluck().get()).not.toContain('Spiritual');
    expect(sqlite.prepare("SELECT count FROM sample_cohort_counts WHERE attribute = 'neglectType' AND value = ?").pluck().get(RARE_OTHER)).toBe(3);
    const rows = view.profile.attributes.find((a) => a.attribute === 'neglectType')!.rows;
    expect(rows.map((r) => r.label)).toContain('Other values (each rare)');
    expect(rows.map((r) => r.value)).not.toContain('Spiritual');
  });
});

describe('purging the event at retention', () => {
  it('removes the reserves and the replacements’ references and reasons, and trail entries naming them', async () => {
    const s = sampleCore();
    const eventId = s.newEvent();
    const view = await s.draw(eventId, { size: 12, stratify: ['levelOfNeed'], reserve: 2, seed: 5 });
    const sqlite = s.core.store.sqlite;
    const reserves = sqlite.prepare('SELECT reference FROM sample_reserves').pluck().all() as string[];
    const replaced = view.cases[0]!.reference;
    const after = await s.call<SampleDrawView>('sample.replace', { eventId, reference: replaced, reason: 'Moved to Fictional Town' });
    expect(references(after)).not.toContain(replaced);

    await s.call('retention.purge', { eventId });
    expect(sqlite.prepare('SELECT count(*) FROM sample_reserves').pluck().get()).toBe(0);
    expect(sqlite.prepare('SELECT replaced_reference, replacement_reference, reason FROM sample_replacements').all()).toEqual([
      { replaced_reference: '[purged]', replacement_reference: '[purged]', reason: '[purged]' },
    ]);
    const trail = (sqlite.prepare("SELECT coalesce(old_value, '') || ' ' || coalesce(new_value, '') || ' ' || note FROM trail").pluck().all() as string[]).join('\n');
    for (const reference of [replaced, ...reserves]) expect(trail).not.toContain(reference);
    expect(trail).not.toContain('Fictional Town');
  });
});
