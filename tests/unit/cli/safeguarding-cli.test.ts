// `escalations` and `themes` through the real CLI.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

describe('escalations and themes commands', () => {
  it('raises an escalation, records its outcome, lists the log; lists and adds themes', async () => {
    const dir = makeTempDir();
    const db = join(dir, 's.db');
    const user = ['--db', db, '--user', 'Fictional Facilitator'];
    const created = await runCli('--db', db, '--json', 'event', 'create', '--name', 'Escalations', '--framework', 'neglect-what-works', '--date', '2026-03-01', '--agency', 'Police');
    const id = String((JSON.parse(created.stdout) as { id: number }).id);
    writeFileSync(join(dir, 'cases.csv'), 'Child ID\nC-1\n');
    expect((await runCli('--db', db, 'cases', 'import', '--event', id, join(dir, 'cases.csv'))).code).toBe(0);

    const refused = await runCli(...user, 'escalations', 'raise', '--event', id, '--case', 'C-1', '--told', 'MASH', '--at', 'soon');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('YYYY-MM-DDTHH:MM');
    const raised = await runCli(...user, 'escalations', 'raise', '--event', id, '--case', 'C-1', '--told', 'MASH duty manager', '--at', '2026-03-02T10:15');
    expect(raised.code, raised.stderr).toBe(0);
    expect(raised.stdout.trim()).toBe('Escalation 1 recorded for C-1.');
    expect((await runCli(...user, 'escalations', 'outcome', '--id', '1', '--text', 'Seen the same day.')).code).toBe(0);
    const log = await runCli('--db', db, 'escalations', 'list', '--event', id);
    expect(log.stdout.trim()).toBe('1  C-1  raised by Fictional Facilitator; told MASH duty manager at 2026-03-02T10:15; outcome: Seen the same day.');

    const themes = await runCli('--db', db, 'themes', 'list', '--framework', 'neglect-what-works');
    expect(themes.stdout).toMatch(/^\d+ {2}Interpreter not used$/m);
    const added = await runCli('--db', db, 'themes', 'add', '--framework', 'neglect-what-works', '--label', 'Poor home conditions');
    expect(added.stdout).toMatch(/^Added theme \d+: Poor home conditions$/m);
    expect((await runCli('--db', db, 'themes', 'tally', '--event', id)).stdout.trim()).toBe('No audit or finding has been coded with a theme.');
  }, 90_000);
});
