// Drawing the sample through the contract, on a real database: a pinned draw, the same draw from
// the file in another order, exclusions, and every bad input refused with nothing stored.
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../core/sample/cohort';
import { itWith, python } from '../../support/clients';
import { cohortBytes, references, sampleCore } from './sample-support';

const stratified = { size: 12, stratify: ['levelOfNeed'], allocation: 'proportional', reserve: 1, seed: 20240601 };

// The strata sizes are the file's (Early help 60, Child in need 111, Child protection 112, Child
// looked after 117); the allocation 12 × 60/400 = 1.8, 3.33, 3.36, 3.51 → whole parts 1, 3, 3, 3
// = 10, and the two seats left go to the largest remainders, .8 (Early help) and .51 (Child looked
// after) → 2, 3, 3, 4. The references come from stratified_reference.py, which re-derives the
// draw from the documented method on numpy's MT19937 (numpy 1.24), without Scrutineer's code.
const PINNED = ['C-100187', 'C-100011', 'C-100226', 'C-100150', 'C-100140', 'C-100316', 'C-100009', 'C-100030', 'C-100131', 'C-100315', 'C-100384', 'C-100324'];
const PINNED_RESERVES = ['C-100084', 'C-100153', 'C-100076', 'C-100221'];

describe('a draw', () => {
  it('with a fixed seed gives a pinned list of references, the same again on another database', async () => {
    expect(sha256(cohortBytes())).toBe('a91f6450829e3d741773d8147a90ec9b066e13c6c1414623fc92d08929ffc0c8');
    const one = sampleCore();
    const view = await one.draw(one.newEvent(), stratified);
    expect(view.strata.map((s) => [s.label, s.eligible, s.allocated, s.reserves])).toEqual([
      ['Early help', 60, 2, 1],
      ['Child in need', 111, 3, 1],
      ['Child protection', 112, 3, 1],
      ['Child looked after', 117, 4, 1],
    ]);
    expect(references(view)).toEqual(PINNED);
    expect(view).toMatchObject({ seed: 20240601, dryRun: false, cohort: { rows: 400, eligible: 400, sha256: sha256(cohortBytes()) } });
    expect(view.method).toMatch(/MT19937.*Fisher–Yates/);

    expect(one.core.store.sqlite.prepare('SELECT reference FROM sample_reserves ORDER BY id').pluck().all()).toEqual(PINNED_RESERVES);

    const other = sampleCore();
    expect(references(await other.draw(other.newEvent(), stratified, { dryRun: true }))).toEqual(PINNED);
  });

  itWith('scipy')('is re-derived by the Python reference implementation of the method', () => {
    const run = spawnSync(python, ['stratified_reference.py', '../../fixtures/sample/cohort-400.csv', '12', '20240601', '1'], { cwd: 'tests/unit/sample', encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ seats: [2, 3, 3, 4], sample: PINNED, reserves: PINNED_RESERVES });
  });

  it('does not depend on the order of the rows in the file', async () => {
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(cohortBytes()), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    const reversed = Papa.unparse([header!, ...rows.reverse()]);
    const s = sampleCore();
    const view = await s.draw(s.newEvent(), stratified, { data: Buffer.from(reversed).toString('base64'), dryRun: true });
    expect(references(view)).toEqual(PINNED);
  });

  it('--exclude-previous never picks a reference in an earlier event, whatever the seed', async () => {
    const s = sampleCore();
    const first = await s.draw(s.newEvent('Spring'), { size: 150, seed: 1 });
    const earlier = new Set(references(first));
    for (const seed of [2, 3, 4, 5, 6]) {
      const view = await s.draw(s.newEvent(`Autumn ${seed}`), { size: 240, excludePrevious: true, seed }, { dryRun: true });
      expect(view.cohort.excluded.previous).toBe(150);
      expect(references(view).filter((r) => earlier.has(r))).toEqual([]);
    }
    // Without the exclusion, the same draw does pick earlier cases.
    const plain = await s.draw(s.newEvent('Plain'), { size: 240, seed: 2 }, { dryRun: true });
    expect(references(plain).some((r) => earlier.has(r))).toBe(true);
  });

  it('leaves out a list of references and recent plans', async () => {
    const s = sampleCore();
    const list = 'Case reference\nC-100001\nc-100002\n\nC-100003\n';
    const view = await s.draw(s.newEvent(), { size: 300, excludeRecentWeeks: 26, seed: 9 }, { dryRun: true, excludeList: { fileName: 'leave-out.csv', data: Buffer.from(list).toString('base64') } });
    expect(view.excludeList).toMatchObject({ fileName: 'leave-out.csv', references: 3 });
    expect(view.cohort.excluded.list).toBe(3);
    expect(references(view)).not.toContain('C-100001');
    expect(references(view)).not.toContain('C-100002');
    // Plans that started after 2023-12-01 (26 weeks before the audit date, 2024-06-01) in the file:
    const recent = Papa.parse<string[]>(new TextDecoder().decode(cohortBytes()), { skipEmptyLines: true }).data.slice(1).filter((r) => {
      const [d, m, y] = r[10]!.split('/');
      return !['C-100001', 'C-100002', 'C-100003'].includes(r[0]!) && `${y}-${m}-${d}` > '2023-12-02';
    });
    expect(view.cohort.excluded.recentPlan).toBe(recent.length);
    expect(recent.length).toBeGreaterThan(0);
    for (const row of recent) expect(references(view)).not.toContain(row[0]);
  });
});

describe('bad input is refused with a clear error and nothing stored', () => {
  async function refused(run: (s: ReturnType<typeof sampleCore>, eventId: number) => Promise<unknown>, message: RegExp, code: string) {
    const s = sampleCore();
    const eventId = s.newEvent();
    const count = (table: string) => s.core.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const before = ['cases', 'sample_draws', 'sample_reserves', 'sample_cohort_counts', 'trail'].map(count);
    await expect(run(s, eventId)).rejects.toMatchObject({ message: expect.stringMatching(message), code });
    expect(['cases', 'sample_draws', 'sample_reserves', 'sample_cohort_counts', 'trail'].map(count)).toEqual(before);
  }

  it('a cohort smaller than the sample size', () =>
    refused((s, id) => s.draw(id, { size: 401 }), /^The cohort has 400 cases: fewer than the sample size of 401\.$/, 'COHORT_TOO_SMALL'));
  it('a cohort too small once exclusions are applied', () =>
    refused(
      (s, id) => s.draw(id, { size: 399, excludeRecentWeeks: 52 }),
      /^The cohort has 400 cases \(\d+ after leaving out \d+\): fewer than the sample size of 399\.$/,
      'COHORT_TOO_SMALL',
    ));
  it('a stratum with fewer cases than its minimum', () =>
    refused(
      (s, id) => s.draw(id, { size: 20, stratify: ['ageStage'], minimums: [{ values: { ageStage: 'pre-birth' }, count: 12 }] }),
      /^The minimum "ageStage=pre-birth:12" asks for 12 cases, but the cohort has only 11 eligible cases there\.$/,
      'BAD_STRATA',
    ));
  it('a seed that is not an integer', () => refused((s, id) => s.draw(id, { size: 10, seed: 1.5 }), /settings\.seed: must be a whole number/, 'INVALID_INPUT'));
  it('strata on an unmapped column', () =>
    refused(
      (s, id) => s.draw(id, { size: 10, stratify: ['ageStage'] }, { mapping: [{ column: 'Child ID', field: 'reference' }, { column: 'Gender', field: 'sex' }] }),
      /^Cannot stratify by age stage: no column of the cohort file is mapped to Date of birth or Age at audit\.$/,
      'BAD_STRATA',
    ));
  it('a cohort with duplicate references', () => {
    const text = new TextDecoder().decode(cohortBytes()).replace('C-100007,', 'C-100003,');
    return refused(
      (s, id) => s.draw(id, { size: 10 }, { data: Buffer.from(text).toString('base64') }),
      /^cohort-400\.csv has duplicate case references \(1\), so no sample was drawn: every child must appear once in the cohort\. row 7, Child ID: The case reference "C-100003" is already used on row 3\.$/,
      'BAD_COHORT',
    );
  });
  it('a second draw into the same event, or into an event that has cases', async () => {
    const s = sampleCore();
    const id = s.newEvent();
    await s.draw(id, { size: 5, seed: 3 });
    await expect(s.draw(id, { size: 5, seed: 3 })).rejects.toMatchObject({ code: 'SAMPLE_EXISTS' });
  });
  it('a cohort file of another kind', () =>
    refused((s, id) => s.draw(id, { size: 1 }, { fileName: 'cohort.pdf', data: Buffer.from('%PDF-1.4\0\0\0').toString('base64') }), /^cohort\.pdf: This is not a CSV or XLSX file: it is a PDF document named \.pdf\. /, 'BAD_FILE_TYPE'));
});
