// `allocate` and `allocation` through the real CLI.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nonEmptyLines, runCli } from '../helpers/cli';
import { makeTempDir, sha256File } from '../helpers/temp';

interface View {
  deadline: string | null;
  agencies: { id: number; name: string; auditor: string; allocated: number }[];
  cases: { reference: string; allocated: number[] }[];
}

describe('allocate and allocation commands', () => {
  it('allocates pairs and one agency to many cases, removes, names auditors and sets the deadline', async () => {
    const dir = makeTempDir();
    const db = join(dir, 's.db');
    const created = await runCli('--db', db, '--json', 'event', 'create', '--name', 'Alloc', '--framework', 'neglect-what-works', '--date', '2026-03-01', '--agency', 'Police', '--agency', 'Health');
    const id = String((JSON.parse(created.stdout) as { id: number }).id);
    writeFileSync(join(dir, 'cases.csv'), 'Child ID,DOB,Agencies involved\nC-1,01/01/2015,GP\nC-2,02/02/2018,GP\nC-3,03/03/2012,Police\n');
    expect((await runCli('--db', db, 'cases', 'import', '--event', id, join(dir, 'cases.csv'))).code).toBe(0);

    const run = await runCli('--db', db, '--json', '--user', 'Fictional Facilitator', 'allocate', '--event', id, '--agency', 'health', '--case', 'C-1', '--case', 'C-2', '--auditor', 'Police=Pat Police', '--deadline', '2026-04-01');
    expect(run.code, run.stderr).toBe(0);
    const view = JSON.parse(run.stdout) as View;
    const name = (agencyId: number) => view.agencies.find((a) => a.id === agencyId)!.name;
    expect(view.deadline).toBe('2026-04-01');
    expect(view.cases.map((c) => [c.reference, c.allocated.map(name)])).toEqual([
      ['C-1', ['Health']],
      ['C-2', ['Health']],
      ['C-3', ['Police']],
    ]);
    expect(view.agencies.map((a) => [a.name, a.auditor, a.allocated])).toEqual([
      ['Health', '', 2],
      ['Police', 'Pat Police', 1],
    ]);

    const pairs = await runCli('--db', db, '--json', '--user', 'F', 'allocate', '--event', id, '--agency', 'Police', '--case', 'C-1', '--agency', 'Health', '--case', 'C-3');
    expect(pairs.code, pairs.stderr).toBe(0);
    const removed = await runCli('--db', db, '--json', '--user', 'F', 'allocate', '--event', id, '--remove', '--agency', 'Health', '--case', 'C-1');
    expect((JSON.parse(removed.stdout) as View).cases.map((c) => c.allocated.length)).toEqual([1, 1, 2]);

    const listed = await runCli('--db', db, 'allocation', '--event', id);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('Police: 2 cases, auditor Pat Police');
    expect(listed.stdout).toMatch(/C-3\s+Health, Police/);
  });

  it('refuses an unknown agency or case with one line and changes nothing', async () => {
    const dir = makeTempDir();
    const db = join(dir, 's.db');
    const created = await runCli('--db', db, '--json', 'event', 'create', '--name', 'Alloc', '--framework', 'neglect-what-works', '--agency', 'Police');
    const id = String((JSON.parse(created.stdout) as { id: number }).id);
    const before = sha256File(db);
    const bad = await runCli('--db', db, '--user', 'F', 'allocate', '--event', id, '--agency', 'Fire', '--case', 'C-1');
    expect(bad.code).toBe(1);
    expect(nonEmptyLines(bad.stderr)).toEqual(['scrutineer: "Fire" does not take part in this event (Police).']);
    const badCase = await runCli('--db', db, '--user', 'F', 'allocate', '--event', id, '--agency', 'Police', '--case', 'C-9');
    expect(nonEmptyLines(badCase.stderr)).toEqual(['scrutineer: No case with the reference "C-9" is in this event.']);
    expect(sha256File(db)).toBe(before);
  });
});
