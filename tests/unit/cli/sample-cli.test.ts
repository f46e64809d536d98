// `sample draw | profile | replace` through the real CLI: options as the README gives them, the
// JSON other tools read, and one-line refusals (exit 1) that store nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

const cohort = 'tests/fixtures/sample/cohort-400.csv';

async function setup() {
  const dir = makeTempDir();
  const db = join(dir, 's.db');
  const made = await runCli('--db', db, '--json', 'event', 'create', '--name', 'Sampled audit', '--framework', 'neglect-what-works', '--date', '2024-06-01');
  expect(made.code, made.stderr).toBe(0);
  const cli = (...args: string[]) => runCli('--db', db, '--user', 'Fictional Facilitator', ...args);
  return { dir, db, cli, event: String((JSON.parse(made.stdout) as { id: number }).id) };
}

describe('sample commands', () => {
  it('draws with strata, a minimum, exclusions and reserves; profiles; replaces', async () => {
    const { dir, cli, event } = await setup();
    const list = join(dir, 'leave-out.txt');
    writeFileSync(list, 'C-100001\nC-100002\n');
    const args = ['sample', 'draw', '--event', event, '--cohort', cohort, '--size', '30', '--stratify', 'levelOfNeed,ageStage', '--allocation', 'proportional', '--min', 'ageStage=pre-birth:2', '--exclude-previous', '--exclude-file', list, '--reserve', '1', '--seed', '4242'];
    const dry = await cli('--json', ...args, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    const preview = JSON.parse(dry.stdout) as { dryRun: boolean; cases: { reference: string; stratumLabel: string }[] };
    expect(preview.dryRun).toBe(true);
    expect((JSON.parse((await cli('--json', 'sample', 'profile', '--event', event)).stdout || 'null') as unknown) ?? null).toBeNull();

    const drawn = await cli('--json', ...args);
    expect(drawn.code, drawn.stderr).toBe(0);
    const view = JSON.parse(drawn.stdout) as typeof preview & { seed: number; excludeList: { references: number }; cohort: { excluded: { list: number } } };
    expect(view.cases.map((c) => c.reference)).toEqual(preview.cases.map((c) => c.reference));
    expect(view.cases).toHaveLength(30);
    expect(view.cases.filter((c) => c.stratumLabel.endsWith('Pre-birth')).length).toBeGreaterThanOrEqual(2);
    expect(view).toMatchObject({ seed: 4242, dryRun: false, excludeList: { references: 2 }, cohort: { excluded: { list: 2 } } });

    const profile = await cli('--json', 'sample', 'profile', '--event', event, '--no-suppress');
    const attributes = (JSON.parse(profile.stdout) as { attributes: { attribute: string; test: { pValue: number } | null; reading: string }[] }).attributes;
    expect(attributes.map((a) => a.attribute)).toEqual(['levelOfNeed', 'ageStage', 'sex', 'ethnicityGroup', 'neglectType', 'disability']);
    expect(attributes.every((a) => a.reading.length > 0)).toBe(true);
    const human = await cli('sample', 'profile', '--event', event);
    expect(human.stdout).toMatch(/^Sample of 30 from a cohort of 400; seed 4242\./);
    expect(human.stdout).toContain('withheld');

    const target = view.cases[0]!.reference;
    const replaced = await cli('sample', 'replace', '--event', event, target, '--reason', 'Case closed before the review window');
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toMatch(new RegExp(`^Replaced ${target} with C-\\d{6} \\(.+\\)\\. Reason recorded: Case closed before the review window\\n$`));
  });

  it.each([
    [['--size', '10', '--seed', '12.5'], 'scrutineer: The seed "12.5" is not a whole number from 0 to 4,294,967,295.'],
    [['--size', '401'], 'scrutineer: The cohort has 400 cases: fewer than the sample size of 401.'],
    [['--size', '10', '--stratify', 'ageStage', '--map', 'Child ID=reference'], 'scrutineer: Cannot stratify by age stage: no column of the cohort file is mapped to Date of birth or Age at audit.'],
    [['--size', '10', '--stratify', 'ageStage', '--min', 'ageStage=pre-birth:20'], 'scrutineer: The minimum "ageStage=pre-birth:20" asks for 20 cases, but the cohort has only 11 eligible cases there.'],
    [['--size', '10', '--min', 'ageStage=toddler:2', '--stratify', 'ageStage'], 'scrutineer: "toddler" is not a value of age stage. Use one of: pre-birth, 0-2, 3-4, 5-11, 12-17, 18+, not-recorded.'],
  ])('refuses %j in one line with exit 1, storing nothing', async (extra, message) => {
    const { cli, event } = await setup();
    const run = await cli('sample', 'draw', '--event', event, '--cohort', cohort, ...extra);
    expect([run.code, run.stderr, run.stdout]).toEqual([1, `${message}\n`, '']);
    expect((await cli('sample', 'profile', '--event', event)).stderr).toBe(`scrutineer: Event ${event} has no drawn sample.\n`);
  });
});
