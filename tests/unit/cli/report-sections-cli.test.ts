// `narrative control` (the report's version and distribution list) and the new narrative sections
// through the real CLI, with `report --check` listing what is still missing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

describe('narrative control and the added narrative sections', () => {
  it('records the version and distribution list, and report --check stops listing them once written', async () => {
    const dir = makeTempDir();
    const db = join(dir, 'r.db');
    const user = ['--db', db, '--user', 'Fictional Facilitator'];
    const created = await runCli('--db', db, '--json', 'event', 'create', '--name', 'Sections', '--framework', 'neglect-what-works', '--date', '2026-03-01', '--agency', 'Police');
    const id = String((JSON.parse(created.stdout) as { id: number }).id);

    const before = await runCli('--db', db, 'report', '--event', id, '--check');
    for (const line of ['- Document control: the distribution list is not recorded.', '- Purpose of the audit is not written.', '- Voice of the child, family and practitioners is not written.', '- Limitations is not written.', '- Next steps is not written.']) {
      expect(before.stdout).toContain(line);
    }
    writeFileSync(join(dir, 'distribution.txt'), 'QA subgroup (fictional)\nPartnership executive (fictional)\n');
    const saved = await runCli(...user, 'narrative', 'control', '--event', id, '--number', '0.3', '--distribution-file', join(dir, 'distribution.txt'));
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout.trim()).toBe('Version: 0.3\nDistribution: QA subgroup (fictional); Partnership executive (fictional)');
    expect((await runCli(...user, 'narrative', 'set', '--event', id, '--section', 'limitations', '--text', 'One agency only.')).code).toBe(0);
    const after = await runCli('--db', db, 'report', '--event', id, '--check');
    expect(after.stdout).not.toContain('distribution list');
    expect(after.stdout).not.toContain('Limitations');
    expect(after.stdout).toContain('- Next steps is not written.');

    const both = await runCli(...user, 'narrative', 'control', '--event', id, '--distribution', 'x', '--distribution-file', join(dir, 'distribution.txt'));
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('not both');
  }, 90_000);
});
