// Framework files at and past the limits, through the real import (parsed in the reading worker)
// on a real database: refusals name the limit and the file's count, a mapping with a great many
// keys parses in one pass, and a framework at the limit counts every criterion in every figure.
import { describe, expect, it } from 'vitest';
import { disclosedSummary } from '../../../core/disclosure/figures';
import { summarise } from '../../../core/analysis/summary';
import { startAudit, updateGrade } from '../../../core/audits/service';
import { importCases } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import { createEvent, getEvent } from '../../../core/events/service';
import { readBounded } from '../../../core/files/bounded-reader';
import { getFramework, importFrameworkText, listFrameworks } from '../../../core/frameworks/service';
import { serialiseFramework } from '../../../core/frameworks/files';
import { updateSettings } from '../../../core/settings/service';
import { isUserError, type UserError } from '../../../model/errors';
import { frameworkLimits } from '../../../model/framework';
import { csv, tempCore } from '../helpers/core';
import { sampleDefinition, withCriteria } from './fixtures';

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('framework limits', () => {
  it.each(['json', 'yaml'] as const)('a %s file with 10,000 criteria is refused naming the limit, and nothing is stored', async (format) => {
    const core = tempCore();
    const before = listFrameworks(core.store.db);
    const text = serialiseFramework(withCriteria(10_000), format);
    expect(text.length).toBeLessThan(2_000_000);
    const error = await refusal(importFrameworkText(core.store.db, text, `huge.${format}`));
    expect(error.code).toBe('INVALID_FRAMEWORK');
    expect(error.message).toBe(`huge.${format}: domains[0].criteria: has 10,000 criteria; the limit is 200`);
    expect(listFrameworks(core.store.db)).toEqual(before);
  });

  it('criteria spread over many domains are refused for their total, and 30,000 (once a stack overflow) for the domains', async () => {
    const wide = withCriteria(50 * 200, 50);
    const total = await refusal(readBounded('framework', { text: JSON.stringify(wide), fileName: 'wide.json' }));
    expect(total.message).toBe('wide.json: domains: have 10,000 criteria between them; the limit is 200');
    const thirty = await refusal(readBounded('framework', { text: JSON.stringify(withCriteria(30_000, 60)), fileName: 'thirty.json' }));
    expect(thirty.message).toContain('domains: has 60 domains; the limit is 50');
  });

  it('more than ten scale levels, twenty prompts or fifty domains are each named', async () => {
    const fw = sampleDefinition();
    fw.scale.levels = Array.from({ length: 11 }, (_, i) => ({ label: `Level ${i}`, value: i, colour: '#123456', description: '' }));
    fw.domains[0]!.criteria[0]!.guidance = Array.from({ length: 21 }, (_, i) => `Prompt ${i}`);
    const error = await refusal(readBounded('framework', { text: JSON.stringify(fw), fileName: 'f.json' }));
    expect(error.message).toContain('scale.levels: has 11 levels; the limit is 10');
    expect(error.message).toContain('domains[0].criteria[0].guidance: has 21 prompts; the limit is 20');
    expect(frameworkLimits).toEqual({ criteria: 200, levels: 10, domains: 50, guidance: 20 });
  });

  it('lists twenty problems, then says how many more', async () => {
    const fw = withCriteria(30);
    for (const c of fw.domains[0]!.criteria) c.key = `Bad Key ${c.title}`;
    const error = await refusal(readBounded('framework', { text: JSON.stringify(fw), fileName: 'bad.json' }));
    const parts = error.message.replace(/^bad\.json: /, '').split('; ');
    expect(parts).toHaveLength(21);
    expect(parts[0]).toMatch(/^domains\[0\]\.criteria\[0\]\.key: must be lowercase/);
    expect(parts[20]).toBe('and 10 more');
    expect(error.details).toHaveLength(21);
    expect(error.details?.[20]).toEqual({ path: '', message: 'and 10 more problems' });
  });

  it('a YAML mapping of 100,000 keys under 2 MB parses in one pass (the library check was quadratic) and is refused by the schema', async () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1`).join('\n');
    const text = `${serialiseFramework(sampleDefinition() as never, 'yaml')}extra:\n${keys}\n`;
    expect(text.length).toBeLessThan(2_000_000);
    // Twenty seconds is far more than one pass takes; the quadratic check took minutes.
    const error = await refusal(readBounded('framework', { text, fileName: 'keys.yaml' }, { timeMs: 20_000 }));
    expect(error.message).toBe('keys.yaml: has unknown field(s) "extra"');
  });

  it('a key given twice in one YAML mapping is refused with its line', async () => {
    const text = serialiseFramework(sampleDefinition() as never, 'yaml').replace('name: Fictional audit', 'name: Fictional audit\nname: Again');
    const error = await refusal(readBounded('framework', { text, fileName: 'twice.yaml' }));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toBe('twice.yaml: not valid YAML: the key "name" appears twice in one mapping at line 3');
  });

  it('a framework at the limit of 200 criteria counts every criterion in every figure, the 129th and 200th included', async () => {
    const core = tempCore();
    const db = core.store.db;
    updateSettings(db, { userName: 'Fictional Facilitator' });
    expect(await importFrameworkText(db, serialiseFramework(withCriteria(200, 3), 'json'), 'limit.json')).toMatchObject({ outcome: 'created' });
    expect(getFramework(db, 'many-criteria').framework.domains.flatMap((d) => d.criteria)).toHaveLength(200);
    const { id: eventId } = createEvent(db, { name: 'At the limit', frameworkKey: 'many-criteria', auditDate: '2026-03-01', agencies: ['Police', 'Health'] });
    await importCases(db, { eventId, fileName: 'c.csv', bytes: csv('Child ID,DOB\nC-1,01/01/2015\nC-2,02/02/2016\n') });
    const [first, second] = listCases(db, eventId);
    const agencies = getEvent(db, eventId).agencies;
    const police = agencies.find((a) => a.name === 'Police')!;
    const health = agencies.find((a) => a.name === 'Health')!;
    // Police grades criteria 1, 128, 129 and 200 of both cases "Strong" (3); Health grades 129 "Weak" (1) once.
    for (const c of [first!, second!]) {
      const audit = startAudit(db, { caseId: c.id, agencyId: police.id, auditor: 'Auditor P' });
      for (const n of [1, 128, 129, 200]) updateGrade(db, { auditId: audit.id, criterionKey: `criterion-${n}`, value: 3 });
    }
    const healthAudit = startAudit(db, { caseId: first!.id, agencyId: health.id, auditor: 'Auditor H' });
    updateGrade(db, { auditId: healthAudit.id, criterionKey: 'criterion-129', value: 1 });

    const summary = summarise(core.store, eventId);
    const byKey = new Map(summary.criteria.map((c) => [c.key, c]));
    expect(summary.criteria).toHaveLength(200);
    for (const n of [1, 128, 200]) expect(byKey.get(`criterion-${n}`)).toMatchObject({ n: 2, distribution: { '1': 0, '2': 0, '3': 2 } });
    expect(byKey.get('criterion-129')).toMatchObject({ n: 3, distribution: { '1': 1, '2': 0, '3': 2 } });
    expect(byKey.get('criterion-130')).toMatchObject({ n: 0 });
    expect(summary.sample.grades).toBe(9);
    const policeFigures = new Map(summary.byAgency.find((a) => a.agencyName === 'Police')!.criteria.map((c) => [c.key, c.n]));
    const healthFigures = new Map(summary.byAgency.find((a) => a.agencyName === 'Health')!.criteria.map((c) => [c.key, c.n]));
    expect([1, 128, 129, 200].map((n) => policeFigures.get(`criterion-${n}`))).toEqual([2, 2, 2, 2]);
    expect([1, 128, 129, 200].map((n) => healthFigures.get(`criterion-${n}`))).toEqual([0, 0, 1, 0]);
    expect(summary.byAgency.map((a) => [a.agencyName, a.overall.n])).toEqual(
      expect.arrayContaining([
        ['Police', 8],
        ['Health', 1],
      ]),
    );
    // The disclosed figures (what the dashboard and exports show) carry the same counts.
    const disclosed = disclosedSummary(core.store, eventId, { suppressSmallNumbers: false });
    expect(disclosed.criteria.find((c) => c.key === 'criterion-200')).toMatchObject({ n: 2 });
  });
});
