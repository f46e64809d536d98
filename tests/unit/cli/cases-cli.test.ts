// `event` and `cases` commands through the real CLI: the JSON shapes other tools script against,
// exit codes, and that a refused import leaves the database unchanged.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCasesCsv, generatedAuditDate } from '../../fixtures/cases/generate';
import { nonEmptyLines, runCli } from '../helpers/cli';
import { makeTempDir, sha256File } from '../helpers/temp';

async function newEvent(db: string, ...extra: string[]): Promise<number> {
  const run = await runCli('--db', db, '--json', 'event', 'create', '--name', 'CLI audit', '--framework', 'neglect-what-works', '--date', generatedAuditDate, ...extra);
  expect(run.code, run.stderr).toBe(0);
  const { id } = JSON.parse(run.stdout) as { id: number };
  expect(Number.isInteger(id)).toBe(true);
  return id;
}

// Each test spawns the CLI several times (a second or more each on a busy machine).
describe('event and cases commands', { timeout: 90_000 }, () => {
  it('creates an event with agencies and lists it', async () => {
    const db = join(makeTempDir(), 's.db');
    const id = await newEvent(db, '--agency', 'Police', '--agency', 'Health visiting');
    const plain = await runCli('--db', db, 'event', 'create', '--name', 'Second', '--framework', 'neglect-quick-check');
    expect(nonEmptyLines(plain.stdout)).toEqual([String(id + 1)]);
    const list = JSON.parse((await runCli('--db', db, '--json', 'event', 'list')).stdout) as { id: number; name: string; frameworkKey: string; status: string }[];
    expect(list.map((e) => [e.id, e.name, e.frameworkKey, e.status])).toEqual([
      [id + 1, 'Second', 'neglect-quick-check', 'planning'],
      [id, 'CLI audit', 'neglect-what-works', 'planning'],
    ]);
  });

  it('imports, re-imports with nothing new, and lists cases with canonical fields and ageStage', async () => {
    const dir = makeTempDir();
    const db = join(dir, 's.db');
    const file = join(dir, 'sample.csv');
    writeFileSync(file, generateCasesCsv(25, 3));
    const id = await newEvent(db);
    const first = await runCli('--db', db, '--json', 'cases', 'import', '--event', String(id), file);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ imported: 25, updated: 0, skipped: 0, errors: [] });
    const again = JSON.parse((await runCli('--db', db, '--json', 'cases', 'import', '--event', String(id), file)).stdout);
    expect(again).toMatchObject({ imported: 0, updated: 0, skipped: 0, errors: [] });

    const cases = JSON.parse((await runCli('--db', db, '--json', 'cases', 'list', '--event', String(id))).stdout) as Record<string, unknown>[];
    expect(cases).toHaveLength(25);
    expect(Object.keys(cases[0]!).sort()).toEqual(
      ['reference', 'sex', 'dateOfBirth', 'ageAtAudit', 'ethnicity', 'disability', 'levelOfNeed', 'neglectTypes', 'vulnerabilities', 'agencies', 'planStartDate', 'notes', 'ageStage'].sort(),
    );
    expect(JSON.stringify(cases)).not.toMatch(/Test Worker|Team North|Child Name/);
  });

  it('--value says what an unrecognised value becomes, and the output counts mapped, other and empty values', async () => {
    const dir = makeTempDir();
    const db = join(dir, 's.db');
    const file = join(dir, 'values.csv');
    writeFileSync(file, 'Child ID,Category of Plan\nC-1,"Neglect; Spiritual"\nC-2,Emotional Abuse\nJane Example,Physical\n');
    const id = await newEvent(db);
    const refused = await runCli('--db', db, 'cases', 'import', '--event', String(id), file);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('row 1, Category of Plan: "Spiritual" is not a recognised type of neglect.');
    const run = await runCli('--db', db, 'cases', 'import', '--event', String(id), file, '--value', 'neglectTypes:Spiritual=other', '--value', 'neglectTypes:Emotional Abuse=empty');
    expect(run.code, run.stderr).toBe(0);
    expect(nonEmptyLines(run.stdout)).toEqual([
      'Imported 3 new, updated 0, unchanged 0, skipped 0 invalid row(s).',
      '  Neglect types (column “Category of Plan”): 2 values mapped, 1 kept as other (“Spiritual”), 1 left empty (“Emotional Abuse”).',
      'Warning: 1 of 3 case references look like personal names (rows 3). Map a pseudonymous reference instead.',
    ]);
    const bad = await runCli('--db', db, 'cases', 'import', '--event', String(id), file, '--value', 'neglectTypes:Spiritual=sprititual');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"sprititual" (for "Spiritual") is not one of emotional, nutritional');
  });

  it('with --map imports exactly the mapped columns', async () => {
    const dir = makeTempDir();
    const db = join(dir, 's.db');
    const file = join(dir, 'sample.csv');
    writeFileSync(file, generateCasesCsv(5, 4));
    const id = await newEvent(db);
    const run = await runCli('--db', db, '--json', 'cases', 'import', '--event', String(id), file, '--map', 'Child ID=reference', '--map', 'Gender=sex');
    expect(run.code, run.stderr).toBe(0);
    const cases = JSON.parse((await runCli('--db', db, '--json', 'cases', 'list', '--event', String(id))).stdout) as Record<string, unknown>[];
    expect(cases.every((c) => c.sex !== null && c.dateOfBirth === null && c.ethnicity === null && c.ageStage === null)).toBe(true);
  });

  it('refuses a file with invalid rows (exit 1, errors listed, database unchanged); --valid-only imports the rest', async () => {
    const db = join(makeTempDir(), 's.db');
    const id = await newEvent(db);
    const bad = 'tests/fixtures/cases/bad-rows.csv';
    await runCli('--db', db, 'event', 'list');
    const before = sha256File(db);
    const refused = await runCli('--db', db, '--json', 'cases', 'import', '--event', String(id), bad);
    expect(refused.code).toBe(1);
    const body = JSON.parse(refused.stdout) as { imported: number; errors: { row: number; column: string; message: string }[] };
    expect(body.imported).toBe(0);
    expect(body.errors[0]).toEqual({ row: 2, column: 'Child ID', message: expect.any(String) });
    expect(sha256File(db)).toBe(before);

    const dry = JSON.parse((await runCli('--db', db, '--json', 'cases', 'import', '--event', String(id), bad, '--valid-only', '--dry-run')).stdout);
    expect(dry.imported).toBeGreaterThan(0);
    expect(sha256File(db)).toBe(before);

    const partial = await runCli('--db', db, '--json', 'cases', 'import', '--event', String(id), bad, '--valid-only');
    expect(partial.code).toBe(0);
    const outcome = JSON.parse(partial.stdout) as { imported: number; skipped: number };
    expect(outcome.skipped).toBeGreaterThan(0);
    const listed = JSON.parse((await runCli('--db', db, '--json', 'cases', 'list', '--event', String(id))).stdout) as unknown[];
    expect(listed).toHaveLength(outcome.imported);
  });

  it('user errors are one line on stderr with exit 1', async () => {
    const db = join(makeTempDir(), 's.db');
    const cases: string[][] = [
      ['cases', 'import', '--event', '99', 'tests/fixtures/cases/utf8.csv'],
      ['cases', 'import', '--event', '1', 'no-such-file.csv'],
      ['cases', 'import', '--event', '1', 'tests/fixtures/cases/utf8.csv', '--map', 'Child ID=nonsense'],
      ['event', 'create', '--name', 'X', '--framework', 'missing-framework'],
      ['event', 'create', '--name', 'X', '--framework', 'neglect-what-works', '--date', '31/12/2026'],
    ];
    await newEvent(db);
    for (const args of cases) {
      const run = await runCli('--db', db, ...args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(nonEmptyLines(run.stderr), args.join(' ')).toHaveLength(1);
      expect(run.stdout, args.join(' ')).toBe('');
    }
  });

  it('a stray quote is reported with its line and nothing is imported, even with --valid-only; likewise for a return', async () => {
    const dir = makeTempDir();
    const db = join(dir, 's.db');
    const id = String(await newEvent(db, '--agency', 'Police'));
    const file = join(dir, 'stray.csv');
    writeFileSync(file, 'Child ID,DOB,Notes\nC-1,01/01/2015,"seen ""weekly"""\nC-2,02/02/2018,"said "fine" twice"\nC-3,03/03/2012,ok\n');
    const before = sha256File(db);
    for (const extra of [[], ['--valid-only']]) {
      const run = await runCli('--db', db, 'cases', 'import', '--event', id, ...extra, file);
      expect(run.code).toBe(1);
      expect(nonEmptyLines(run.stderr)).toEqual([
        'scrutineer: stray.csv: A quoted value on line 3 of the file has text after its closing quote (a stray "), so the rows from there on cannot be read reliably. Nothing was imported: fix the quotes and import again.',
      ]);
    }
    expect(sha256File(db)).toBe(before);

    writeFileSync(join(dir, 'good.csv'), 'Child ID,DOB\nC-1,01/01/2015\nC-2,02/02/2018\nC-3,03/03/2012\n');
    expect((await runCli('--db', db, 'cases', 'import', '--event', id, join(dir, 'good.csv'))).code).toBe(0);
    const returns = join(dir, 'returns.csv');
    writeFileSync(returns, 'reference,agency,auditor,criterion,grade,evidence\nC-1,Police,A,child-focus,Good,ok\nC-2,Police,A,child-focus,Good,"x"y\nC-3,Police,A,child-focus,Good,ok\n');
    const afterCases = sha256File(db);
    const run = await runCli('--db', db, '--user', 'Fictional Facilitator', 'audits', 'import', '--event', id, returns);
    expect(run.code).toBe(1);
    expect(nonEmptyLines(run.stderr)[0]).toMatch(/^scrutineer: returns\.csv: A quoted value (starting )?on line 3 of the file .*Nothing was imported/);
    expect(sha256File(db)).toBe(afterCases);
  });

  it('every new command has --help', async () => {
    for (const args of [['event'], ['event', 'create'], ['event', 'list'], ['cases'], ['cases', 'import'], ['cases', 'list']]) {
      const run = await runCli(...args, '--help');
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout).toMatch(/^Usage: scrutineer /);
    }
  });
});
