// `audits import|export` and `trail` through the real CLI.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nonEmptyLines, runCli } from '../helpers/cli';
import { makeTempDir, sha256File } from '../helpers/temp';

async function eventWithCases(dir: string) {
  const db = join(dir, 's.db');
  const created = await runCli('--db', db, '--json', 'event', 'create', '--name', 'Returns', '--framework', 'neglect-what-works', '--date', '2026-03-01', '--agency', 'Police', '--agency', 'Health');
  const id = String((JSON.parse(created.stdout) as { id: number }).id);
  writeFileSync(join(dir, 'cases.csv'), 'Child ID,DOB\nC-1,01/01/2015\nC-2,02/02/2018\n');
  expect((await runCli('--db', db, 'cases', 'import', '--event', id, join(dir, 'cases.csv'))).code).toBe(0);
  return { db, id };
}

describe('audits and trail commands', () => {
  it('imports a return, exports it in the same columns, and records the import in the trail', async () => {
    const dir = makeTempDir();
    const { db, id } = await eventWithCases(dir);
    const file = join(dir, 'returns.csv');
    writeFileSync(file, 'reference,agency,auditor,criterion,grade,evidence\nC-1,Police,Auditor One,child-focus,Good,Seen\nC-1,Police,Auditor Two,child-focus,1,Not seen\nC-2,Health,Auditor One,drift,N/A,\n');
    const imported = await runCli('--db', db, '--json', '--user', 'Fictional Facilitator', 'audits', 'import', '--event', id, file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ imported: 3, errors: [] });

    const out = join(dir, 'out.csv');
    expect((await runCli('--db', db, 'audits', 'export', '--event', id, out)).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')).toEqual([
      'reference,agency,auditor,criterion,grade,evidence',
      'C-1,Police,Auditor One,child-focus,Good,Seen',
      'C-1,Police,Auditor Two,child-focus,Inadequate,Not seen',
      'C-2,Health,Auditor One,drift,N/A,',
    ]);

    const trail = JSON.parse((await runCli('--db', db, '--json', 'trail', '--event', id)).stdout) as { entity: string; actor: string; note: string; field: string; newValue: string }[];
    expect(trail.filter((e) => e.entity === 'import').at(-1)).toMatchObject({ entity: 'import', actor: 'Fictional Facilitator', note: 'returns.csv' });
    // The export is recorded after it, as identifiable, with its hash.
    expect(trail.at(-1)).toMatchObject({ entity: 'export', field: 'returns CSV', newValue: `sha256:${sha256File(out)}` });
    expect(trail.at(-1)!.note).toContain('with identifiers');
    expect(trail.filter((e) => e.entity === 'grade').map((e) => e.newValue)).toEqual(['Good (3)', 'Inadequate (1)', 'Not applicable']);
  });

  it('refuses a return with a bad row: exit 1, errors in the JSON, database unchanged', async () => {
    const dir = makeTempDir();
    const { db, id } = await eventWithCases(dir);
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'reference,agency,auditor,criterion,grade,evidence\nC-1,Police,A,child-focus,Good,\nC-1,Police,A,drift,Superb,\nC-9,Police,A,drift,Good,\n');
    const before = sha256File(db);
    const run = await runCli('--db', db, '--json', 'audits', 'import', '--event', id, file);
    expect(run.code).toBe(1);
    const body = JSON.parse(run.stdout) as { imported: number; errors: { row: number; column: string; message: string }[] };
    expect(body.imported).toBe(0);
    expect(body.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'grade'],
      [3, 'reference'],
    ]);
    expect(sha256File(db)).toBe(before);
  });

  it('a text cell led by "-" is escaped in both CSV exports (audits export and trail --csv)', async () => {
    const dir = makeTempDir();
    const { db, id } = await eventWithCases(dir);
    const hostile = "-2+3+cmd|' /C calc'!A0";
    const file = join(dir, 'returns.csv');
    // The hostile text as the auditor's name (it reaches the trail) and as the evidence.
    writeFileSync(file, `reference,agency,auditor,criterion,grade,evidence\nC-1,Police,${hostile},child-focus,Good,${hostile}\n`);
    const imported = await runCli('--db', db, '--user', 'Fictional Facilitator', 'audits', 'import', '--event', id, file);
    expect(imported.code, imported.stderr).toBe(0);

    const returns = join(dir, 'returns-out.csv');
    expect((await runCli('--db', db, 'audits', 'export', '--event', id, returns)).code).toBe(0);
    expect(readFileSync(returns, 'utf8').split('\r\n')[1]).toBe(`C-1,Police,'${hostile},child-focus,Good,'${hostile}`);

    const trail = join(dir, 'trail.csv');
    expect((await runCli('--db', db, 'trail', '--event', id, '--csv', trail)).code).toBe(0);
    const created = readFileSync(trail, 'utf8').split('\r\n').find((line) => line.includes(',audit,') && line.includes(',created,'));
    expect(created).toMatch(/,created,,'-2\+3\+cmd\|' \/C calc'!A0 \(from returns\.csv\),$/);
  });

  it('every audits and trail command has --help; errors are one line', async () => {
    for (const args of [['audits'], ['audits', 'import'], ['audits', 'export'], ['trail']]) {
      const run = await runCli(...args, '--help');
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout).toMatch(/^Usage: scrutineer /);
    }
    const db = join(makeTempDir(), 's.db');
    const missing = await runCli('--db', db, 'trail', '--event', '5');
    expect(missing.code).toBe(1);
    expect(nonEmptyLines(missing.stderr)).toEqual(['scrutineer: No event has the id 5.']);
  });
});
