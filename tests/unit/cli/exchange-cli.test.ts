// A facilitator and three auditors on four installs (four database files), end to end through
// the real CLI: allocate, packs, open, score, returns, import, re-import, newer and older
// revisions, and conflicts resolved both ways.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nonEmptyLines, runCli } from '../helpers/cli';
import { makeTempDir, sha256File } from '../helpers/temp';

interface FileResult {
  file: string;
  status: string;
  new: number;
  changed: number;
  unchanged: number;
  conflicts: { key: string }[];
}

async function json<T>(...args: string[]): Promise<T> {
  const run = await runCli(...args);
  expect(run.code, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  return JSON.parse(run.stdout) as T;
}

const criteria = ['child-focus', 'early-help-tools', 'drift'];
function gradesCsv(reference: string, agency: string, auditor: string, grade: string): string {
  return ['reference,agency,auditor,criterion,grade,evidence', ...criteria.map((c) => `${reference},${agency},${auditor},${c},${grade},Seen in ${reference}`)].join('\n');
}

describe('audits across agencies through the CLI', () => {
  it('four installs complete an event without anyone typing another’s grades', async () => {
    const dir = makeTempDir();
    const fdb = join(dir, 'facilitator.db');
    const F = (...args: string[]) => ['--db', fdb, '--json', '--user', 'Fran Facilitator', ...args];
    const { id } = await json<{ id: number }>(...F('event', 'create', '--name', 'MACFA', '--framework', 'neglect-what-works', '--date', '2026-03-01', '--agency', 'Police', '--agency', 'Health', '--agency', 'School'));
    const event = String(id);
    writeFileSync(join(dir, 'cases.csv'), 'Child ID,DOB,Agencies involved\nC-1,01/01/2015,Police; Health\nC-2,02/02/2018,Health; School\nC-3,03/03/2012,School; Police\n');
    await json(...F('cases', 'import', '--event', event, join(dir, 'cases.csv')));
    await json(...F('allocate', '--event', event, '--deadline', '2026-03-20', '--auditor', 'Police=Pat Police', '--auditor', 'Health=Hana Health', '--auditor', 'School=Sam School'));

    const auditors = [
      { agency: 'Police', name: 'Pat Police', cases: ['C-1', 'C-3'] },
      { agency: 'Health', name: 'Hana Health', cases: ['C-1', 'C-2'] },
      { agency: 'School', name: 'Sam School', cases: ['C-2', 'C-3'] },
    ];
    const installs: ((typeof auditors)[number] & { db: string; local: string; pack: string; pass: string })[] = [];
    for (const a of auditors) {
      const pack = join(dir, `${a.agency}.scrutineer-pack`);
      const made = await json<{ passphrase: string }>(...F('pack', 'create', '--event', event, '--agency', a.agency, '--out', pack));
      expect(made.passphrase.split('-')).toHaveLength(6);
      const pass = join(dir, `${a.agency}.pass`);
      writeFileSync(pass, `${made.passphrase}\n`);
      const db = join(dir, `${a.agency}.db`);
      const opened = await json<{ eventId: number }>('--db', db, '--json', 'pack', 'open', pack, '--passphrase-file', pass);
      expect(Object.keys(opened)).toEqual(['eventId']);
      const local = String(opened.eventId);
      const cases = await json<{ reference: string }[]>('--db', db, '--json', 'cases', 'list', '--event', local);
      expect(cases.map((c) => c.reference)).toEqual(a.cases);
      installs.push({ ...a, db, local, pack, pass });
    }
    // Opening the same pack again is refused with the offer to update; the database is unchanged.
    const police = installs[0]!;
    const before = sha256File(police.db);
    const twice = await runCli('--db', police.db, 'pack', 'open', police.pack, '--passphrase-file', police.pass);
    expect(twice.code).toBe(1);
    expect(nonEmptyLines(twice.stderr)).toHaveLength(1);
    expect(twice.stderr).toMatch(/already been opened on this install .*update/);
    expect(sha256File(police.db)).toBe(before);

    // Each auditor scores on their own install and exports a return.
    const returns: Record<string, string[]> = {};
    const exportReturn = async (a: (typeof installs)[number], grade: string) => {
      for (const ref of a.cases) {
        writeFileSync(join(dir, 'g.csv'), gradesCsv(ref, a.agency, a.name, grade));
        await json('--db', a.db, '--json', 'audits', 'import', '--event', a.local, join(dir, 'g.csv'));
      }
      const n = (returns[a.agency] ??= []).length + 1;
      const out = join(dir, `${a.agency}-r${n}.scrutineer-return`);
      expect((await json<{ revision: number }>('--db', a.db, '--json', 'return', 'export', '--event', a.local, '--out', out)).revision).toBe(n);
      returns[a.agency]!.push(out);
      return out;
    };
    for (const a of installs) await exportReturn(a, 'Good');

    const imported = await json<{ files: FileResult[] }>(...F('returns', 'import', '--event', event, ...installs.map((a) => returns[a.agency]![0]!)));
    expect(imported.files.map((f) => [f.status, f.new])).toEqual([
      ['applied', 2],
      ['applied', 2],
      ['applied', 2],
    ]);
    const trail = await json<{ actor: string; entity: string }[]>(...F('trail', '--event', event));
    const gradeActors = new Set(trail.filter((e) => e.entity === 'grade').map((e) => e.actor));
    expect(gradeActors).toEqual(new Set(['Pat Police', 'Hana Health', 'Sam School']));

    // The same file again: unchanged, exit 0.
    const again = await json<{ files: FileResult[] }>(...F('returns', 'import', '--event', event, returns.Police![0]!));
    expect(again.files[0]!.status).toBe('unchanged');

    // Newer revisions replace; an older one is stale (exit 1).
    const p2 = await exportReturn(police, 'Requires improvement');
    const p3 = await exportReturn(police, 'Outstanding');
    expect((await json<{ files: FileResult[] }>(...F('returns', 'import', '--event', event, p3))).files[0]).toMatchObject({ status: 'applied', changed: 2 });
    const stale = await runCli(...F('returns', 'import', '--event', event, p2));
    expect(stale.code).toBe(1);
    expect((JSON.parse(stale.stdout) as { files: FileResult[] }).files[0]!.status).toBe('stale');

    // Conflicts: the facilitator changes Health's and School's audits here, the auditors change theirs.
    const health = installs[1]!;
    const school = installs[2]!;
    writeFileSync(join(dir, 'fix.csv'), [gradesCsv('C-1', 'Health', 'Hana Health', 'Inadequate'), gradesCsv('C-2', 'School', 'Sam School', 'Inadequate').split('\n').slice(1).join('\n')].join('\n'));
    await json(...F('audits', 'import', '--event', event, join(dir, 'fix.csv')));
    const h2 = await exportReturn(health, 'Outstanding');
    const s2 = await exportReturn(school, 'Outstanding');
    const dry = await runCli(...F('returns', 'import', '--event', event, '--dry-run', h2));
    expect(dry.code).toBe(1);
    expect((JSON.parse(dry.stdout) as { files: FileResult[] }).files[0]).toMatchObject({ status: 'conflict', conflicts: [{ key: 'C-1|hana health' }] });
    const unresolved = await runCli(...F('returns', 'import', '--event', event, h2));
    expect(unresolved.code).toBe(1);
    const both = await runCli(...F('returns', 'import', '--event', event, '--keep-mine-for', 'C-1', '--take-theirs-for', 'C-2,C-1', h2));
    expect(both.code).not.toBe(0);
    expect(both.stderr).toContain('C-1: given to both --keep-mine-for and --take-theirs-for');
    // Chosen per case: a choice for another case leaves this one unresolved; its own applies.
    expect((await runCli(...F('returns', 'import', '--event', event, '--take-theirs-for', 'C-2', h2))).code).toBe(1);
    expect((await json<{ files: FileResult[] }>(...F('returns', 'import', '--event', event, '--keep-mine-for', 'C-1', h2))).files[0]).toMatchObject({ status: 'applied', changed: 1 });
    expect((await json<{ files: FileResult[] }>(...F('returns', 'import', '--event', event, '--take-theirs', s2))).files[0]).toMatchObject({ status: 'applied', changed: 1 });

    const exported = join(dir, 'all.csv');
    await json(...F('audits', 'export', '--event', event, exported));
    const rows = (await import('node:fs')).readFileSync(exported, 'utf8').split('\r\n');
    const gradeOf = (ref: string, agency: string) => rows.find((r) => r.startsWith(`${ref},${agency},`) && r.includes(',child-focus,'))!.split(',')[4];
    expect(gradeOf('C-1', 'Health')).toBe('Inadequate');
    expect(gradeOf('C-2', 'School')).toBe('Outstanding');
    expect(gradeOf('C-1', 'Police')).toBe('Outstanding');
  }, 300_000);

  it('pack create, pack open and returns import refuse bad input in one line', async () => {
    const dir = makeTempDir();
    const fdb = join(dir, 'f.db');
    const { id } = JSON.parse((await runCli('--db', fdb, '--json', 'event', 'create', '--name', 'E', '--framework', 'neglect-what-works', '--agency', 'Police')).stdout) as { id: number };
    writeFileSync(join(dir, 'c.csv'), 'Child ID\nC-1\n');
    await runCli('--db', fdb, 'cases', 'import', '--event', String(id), join(dir, 'c.csv'));
    const pack = join(dir, 'p.scrutineer-pack');
    const made = JSON.parse((await runCli('--db', fdb, '--json', '--user', 'F', 'pack', 'create', '--event', String(id), '--agency', 'Police', '--out', pack)).stdout) as { passphrase: string };
    writeFileSync(join(dir, 'wrong.pass'), 'certainly-not-the-passphrase');
    const adb = join(dir, 'a.db');
    await runCli('--db', adb, 'event', 'list');
    const before = sha256File(adb);
    const wrong = await runCli('--db', adb, 'pack', 'open', pack, '--passphrase-file', join(dir, 'wrong.pass'));
    expect(wrong.code).toBe(1);
    expect(nonEmptyLines(wrong.stderr)).toEqual(['scrutineer: The passphrase does not open p.scrutineer-pack: check it with the person who sent the pack.']);
    expect(sha256File(adb)).toBe(before);
    writeFileSync(join(dir, 'not.scrutineer-return'), 'hello');
    const fbefore = sha256File(fdb);
    const bad = await runCli('--db', fdb, '--user', 'F', 'returns', 'import', '--event', String(id), join(dir, 'not.scrutineer-return'));
    expect(bad.code).toBe(1);
    expect(bad.stdout.trim()).toBe('not.scrutineer-return: refused. not.scrutineer-return is not a Scrutineer return or audit workbook.');
    expect(sha256File(fdb)).toBe(fbefore);
    expect(made.passphrase).toBeTruthy();
    for (const args of [['identity', 'export'], ['pack', 'create'], ['pack', 'open'], ['return', 'export'], ['returns', 'import'], ['workbook', 'create']]) {
      const help = await runCli(...args, '--help');
      expect(help.code, args.join(' ')).toBe(0);
    }
  }, 120_000);
});
