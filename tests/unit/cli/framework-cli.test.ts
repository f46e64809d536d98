// The real CLI, spawned as a user would run it (bin/scrutineer.js) against a
// database in a temp folder: output, exit codes, one-line errors, and that failures change nothing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommanderError, type Command } from 'commander';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, testKey } from '../../support/test-key';
import { buildProgram } from '../../../cli/program';
import { openDatabase } from '../../../db/open';
import { defaultAppPaths } from '../../../core/paths';
import { createEvent } from '../../../core/events/service';
import { saveFramework } from '../../../core/frameworks/service';
import { parseFrameworkText } from '../../../core/frameworks/files';
import { APP_VERSION } from '../../../core/version';
import { sampleDefinition } from '../frameworks/fixtures';
import { makeTempDir, sha256File } from '../helpers/temp';
import { runCli } from '../helpers/cli';


interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the installed command (bin/scrutineer.js); asynchronous so independent runs can overlap. */
const cli = runCli;

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.length > 0);
}

/** A new database path in its own temp folder (the CLI creates and seeds it on first use). */
function dbPath(): string {
  return join(makeTempDir(), 'scrutineer.db');
}

const whatWorksKeys = [
  'causes-not-symptoms',
  'child-focus',
  'cultural-competence',
  'direct-work',
  'drift',
  'early-help-tools',
  'history-cumulative-harm',
  'measurable-goals',
  'multi-agency',
  'professional-curiosity',
  'relationship-based',
  'triangulation',
  'whole-family',
];

function expectOneLineFailure(run: Run, pattern: RegExp, what = ''): void {
  expect(run.code, `${what} ${run.stderr}`).toBe(1);
  expect(run.stdout, what).toBe('');
  expect(lines(run.stderr), what).toHaveLength(1);
  expect(run.stderr, what).toMatch(/^scrutineer: /);
  expect(run.stderr, what).toMatch(pattern);
}

/** For tests that spawn the CLI three times or more (each run takes 1.5-5 s on a busy machine). */
const SLOW = 90_000;

describe('framework show and list', () => {
  it('show neglect-what-works --json has all 13 criteria, in domains and flat', async () => {
    const db = dbPath();
    const run = await cli('--db', db, 'framework', 'show', 'neglect-what-works', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const shown = JSON.parse(run.stdout) as {
      key: string;
      version: number;
      builtin: boolean;
      domains: { criteria: { key: string }[] }[];
      criteria: { key: string }[];
      scale: { levels: { label: string; value: number }[]; goodOrBetterFrom: number };
    };
    expect(shown).toMatchObject({ key: 'neglect-what-works', version: 1, builtin: true });
    expect(shown.domains.flatMap((d) => d.criteria.map((c) => c.key)).toSorted()).toEqual(whatWorksKeys);
    expect(shown.criteria.map((c) => c.key).toSorted()).toEqual(whatWorksKeys);
    expect(shown.scale.levels.map((l) => l.value)).toEqual([4, 3, 2, 1]);
    expect(shown.scale.goodOrBetterFrom).toBe(3);
  });

  it('show without --json prints the framework for people', async () => {
    const run = await cli('--db', dbPath(), 'framework', 'show', 'neglect-quick-check');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Neglect quick check (neglect-quick-check, version 1)');
    expect(run.stdout).toContain('Scale: Yes (3), Partly (2), No (1)');
    expect(run.stdout).toContain('5 criteria.');
  });

  it('list --json lists both shipped frameworks; global options also work before the command', async () => {
    const db = dbPath();
    const [after, before] = [await cli('--db', db, 'framework', 'list', '--json'), await cli('--json', '--db', db, 'framework', 'list')];
    for (const run of [after, before]) {
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual([
        { key: 'neglect-quick-check', name: 'Neglect quick check', version: 1, criteria: 5, versions: 1, events: 0, builtin: true },
        { key: 'neglect-what-works', name: 'Neglect — what works', version: 1, criteria: 13, versions: 1, events: 0, builtin: true },
      ]);
    }
  }, SLOW);

  it('an unknown framework key exits 1 with one line', async () => {
    expectOneLineFailure(await cli('--db', dbPath(), 'framework', 'show', 'no-such-framework'), /No framework has the key "no-such-framework"\./);
  });

  it(
    'show and export --framework-version pick an older version that an event still uses',
    async () => {
      const dir = makeTempDir();
      const db = join(dir, 'scrutineer.db');
      const store = openDatabase(db, { migrationsDir: defaultAppPaths().migrationsDir, key: testKey() });
      saveFramework(store.db, sampleDefinition());
      createEvent(store.db, { name: 'Spring audit (fictional)', frameworkKey: 'fictional-audit' });
      expect(saveFramework(store.db, { ...sampleDefinition(), name: 'Fictional audit, revised' }).outcome).toBe('new-version');
      store.close();

      const old = await cli('--db', db, 'framework', 'show', 'fictional-audit', '--framework-version', '1', '--json');
      expect(old.code, old.stderr).toBe(0);
      expect(JSON.parse(old.stdout)).toMatchObject({ version: 1, name: 'Fictional audit', eventCount: 1 });

      const file = join(dir, 'v1.json');
      const exported = await cli('--db', db, 'framework', 'export', 'fictional-audit', file, '--framework-version', '1');
      expect(exported.code, exported.stderr).toBe(0);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1, name: 'Fictional audit' });

      expectOneLineFailure(
        await cli('--db', db, 'framework', 'show', 'fictional-audit', '--framework-version', '3'),
        /Framework "fictional-audit" has no version 3\./,
      );
    },
    SLOW,
  );
});

describe('framework import', () => {
  const badFiles: [string, (fw: ReturnType<typeof sampleDefinition>) => unknown, RegExp][] = [
    [
      'a criterion key "Child Focus!"',
      (fw) => {
        fw.domains[0]!.criteria[1]!.key = 'Child Focus!';
        return fw;
      },
      /domains\[0\]\.criteria\[1\]\.key: must be lowercase/,
    ],
    [
      'a criterion without a title',
      (fw) => {
        delete (fw.domains[1]!.criteria[0] as { title?: string }).title;
        return fw;
      },
      /domains\[1\]\.criteria\[0\]\.title: /,
    ],
    [
      'a framework without a name',
      (fw) => {
        delete (fw as { name?: string }).name;
        return fw;
      },
      /: name: /,
    ],
  ];

  it(
    'refuses malformed frameworks: exit 1, one line naming the field, nothing on stdout, list unchanged',
    async () => {
      const dir = makeTempDir();
      const db = join(dir, 'scrutineer.db');
      const before = await cli('--db', db, 'framework', 'list', '--json');
      expect(before.code).toBe(0);
      for (const [what, spoil, pattern] of badFiles) {
        const file = join(dir, 'bad-framework.yaml');
        writeFileSync(file, YAML.stringify(spoil(sampleDefinition())));
        const run = await cli('--db', db, 'framework', 'import', file);
        expectOneLineFailure(run, pattern, what);
        expect(run.stderr, what).toContain('bad-framework.yaml');
      }
      const after = await cli('--db', db, 'framework', 'list', '--json');
      expect(after.stdout).toBe(before.stdout);
    },
    SLOW,
  );

  it('refuses malformed YAML with one line naming the file', async () => {
    const dir = makeTempDir();
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'key: fictional\nname: [unclosed\n');
    const run = await cli('--db', join(dir, 'scrutineer.db'), 'framework', 'import', file);
    expectOneLineFailure(run, /broken\.yaml: not valid YAML/);
  });

  it('refuses a missing file with one line', async () => {
    const dir = makeTempDir();
    const run = await cli('--db', join(dir, 'scrutineer.db'), 'framework', 'import', join(dir, 'missing.yaml'));
    expectOneLineFailure(run, /missing\.yaml: no such file/);
  });

  it('imports a valid new framework, which then appears in the list', async () => {
    const dir = makeTempDir();
    const db = join(dir, 'scrutineer.db');
    const file = join(dir, 'fictional.yaml');
    writeFileSync(file, YAML.stringify(sampleDefinition()));
    const run = await cli('--db', db, 'framework', 'import', file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('fictional-audit: imported as a new framework (version 1).\n');
    const list = JSON.parse((await cli('--db', db, 'framework', 'list', '--json')).stdout) as { key: string; criteria: number; builtin: boolean }[];
    expect(list.map((r) => r.key).toSorted()).toEqual(['fictional-audit', 'neglect-quick-check', 'neglect-what-works']);
    expect(list.find((r) => r.key === 'fictional-audit')).toMatchObject({ criteria: 3, builtin: false });
  }, SLOW);
});

describe('framework export', () => {
  it(
    'writes .yaml and .json files that re-import as unchanged and validate',
    async () => {
      const dir = makeTempDir();
      const db = join(dir, 'scrutineer.db');
      for (const ext of ['yaml', 'json']) {
        const file = join(dir, `exported.${ext}`);
        const run = await cli('--db', db, 'framework', 'export', 'neglect-what-works', file);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toBe(`Wrote neglect-what-works to ${file}.\n`);
        expect(parseFrameworkText(readFileSync(file, 'utf8'), file).key).toBe('neglect-what-works');
        const reimport = await cli('--db', db, '--json', 'framework', 'import', file);
        expect(reimport.code, reimport.stderr).toBe(0);
        expect(JSON.parse(reimport.stdout)).toEqual({ key: 'neglect-what-works', version: 1, outcome: 'unchanged' });
      }
      const validate = await cli('--db', db, 'framework', 'validate', join(dir, 'exported.yaml'));
      expect(validate.code, validate.stderr).toBe(0);
      expect(validate.stdout).toContain('is a valid framework (13 criteria)');
    },
    SLOW,
  );

  it('refuses an unknown extension without writing anything', async () => {
    const dir = makeTempDir();
    const file = join(dir, 'exported.txt');
    expectOneLineFailure(await cli('--db', join(dir, 'scrutineer.db'), 'framework', 'export', 'neglect-what-works', file), /must end in \.json, \.yaml or \.yml/);
    expect(existsSync(file)).toBe(false);
  });

  it('validate refuses a bad file with one line and does not touch the database', async () => {
    const dir = makeTempDir();
    const db = join(dir, 'scrutineer.db');
    const bad = sampleDefinition();
    bad.scale.goodOrBetterFrom = 7;
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    expectOneLineFailure(await cli('--db', db, 'framework', 'validate', file), /scale\.goodOrBetterFrom: must be the value of one of the levels/);
    expect(existsSync(db)).toBe(false);
  });
});

describe('--help', () => {
  /** Every command path in the real program, e.g. [], ['framework'], ['framework', 'list']. */
  function commandPaths(command: Command, prefix: string[] = []): string[][] {
    return [prefix, ...command.commands.flatMap((sub) => commandPaths(sub, [...prefix, sub.name()]))];
  }
  const paths = commandPaths(buildProgram());

  /** Runs the real command tree in-process, with exits and output captured instead of performed. */
  async function helpInProcess(path: string[]): Promise<{ exitCode: number; out: string; err: string }> {
    const program = buildProgram();
    let out = '';
    let err = '';
    const quiet = (command: Command): void => {
      command.exitOverride().configureOutput({ writeOut: (t) => void (out += t), writeErr: (t) => void (err += t) });
      command.commands.forEach(quiet);
    };
    quiet(program);
    try {
      await program.parseAsync(['node', 'scrutineer', ...path, '--help']);
    } catch (error) {
      if (error instanceof CommanderError) return { exitCode: error.exitCode, out, err };
      throw error;
    }
    return { exitCode: -1, out, err };
  }

  it('covers the program, framework and each framework subcommand', () => {
    const names = paths.map((p) => p.join(' '));
    for (const expected of ['', 'framework', 'framework list', 'framework show', 'framework import', 'framework export', 'framework validate'])
      expect(names).toContain(expected);
  });

  it.each(paths.map((p) => [p.join(' ') || '(program)', p] as const))('%s --help exits 0 and prints usage', async (_name, path) => {
    const run = await helpInProcess(path);
    expect(run.exitCode).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toMatch(new RegExp(`^Usage: ${['scrutineer', ...path].join(' ')} `));
  });

  it('framework show --help lists --framework-version', async () => {
    expect((await helpInProcess(['framework', 'show'])).out).toContain('--framework-version <n>');
  });

  it.each([[[]], [['framework', 'show']]])('the spawned CLI: %j --help exits 0 with usage on stdout', async (path) => {
    const run = await cli(...path, '--help');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^Usage: ${['scrutineer', ...path].join(' ')} `));
  });

  it('--version prints the app version', async () => {
    const run = await cli('--version');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(APP_VERSION);
  });
});

describe('a database the CLI must not open', () => {
  it('refuses a database written by a newer app: exit 1, one "newer version" line, file unchanged', async () => {
    const dir = makeTempDir();
    const db = join(dir, 'scrutineer.db');
    openDatabase(db, { migrationsDir: defaultAppPaths().migrationsDir, key: testKey() }).close();
    const raw = openTestDatabase(db);
    raw.pragma('user_version = 999');
    raw.close();
    const hash = sha256File(db);

    expectOneLineFailure(await cli('--db', db, 'framework', 'list'), /newer version of Scrutineer/);
    expect(sha256File(db)).toBe(hash);
    expect(readdirSync(dir)).toEqual(['scrutineer.db']);
  });

  it('refuses a file that is not a Scrutineer database with one line, unchanged', async () => {
    const dir = makeTempDir();
    const file = join(dir, 'notes.db');
    writeFileSync(file, 'Fictional notes, not a database.\n'.repeat(50));
    const hash = sha256File(file);
    expectOneLineFailure(await cli('--db', file, 'framework', 'list'), /not a Scrutineer database/);
    expect(sha256File(file)).toBe(hash);
  });
});
