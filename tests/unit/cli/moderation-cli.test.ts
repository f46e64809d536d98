// `moderation queue` and `moderation agree-unanimous` through the real CLI.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

describe('moderation commands', () => {
  it('lists the queue with each kind counted and agrees the unanimous criteria of a case', async () => {
    const dir = makeTempDir();
    const db = join(dir, 's.db');
    const created = await runCli('--db', db, '--json', 'event', 'create', '--name', 'Moderation', '--framework', 'neglect-what-works', '--date', '2026-03-01', '--agency', 'Police', '--agency', 'Health');
    const id = String((JSON.parse(created.stdout) as { id: number }).id);
    writeFileSync(join(dir, 'cases.csv'), 'Child ID,DOB\nC-1,01/01/2015\n');
    expect((await runCli('--db', db, 'cases', 'import', '--event', id, join(dir, 'cases.csv'))).code).toBe(0);
    const returns = join(dir, 'returns.csv');
    writeFileSync(returns, 'reference,agency,auditor,criterion,grade,evidence\nC-1,Police,A,child-focus,Good,\nC-1,Health,B,child-focus,Requires improvement,\nC-1,Police,A,drift,Good,\nC-1,Health,B,drift,Good,\n');
    expect((await runCli('--db', db, '--user', 'Fictional Facilitator', 'audits', 'import', '--event', id, returns)).code).toBe(0);

    const queue = await runCli('--db', db, 'moderation', 'queue', '--event', id);
    expect(queue.code, queue.stderr).toBe(0);
    expect(queue.stdout).toMatch(/^C-1 \(case \d+\): 1 difference \(1 crosses the good line\); 1 unanimous to agree; 0 of 13 agreed$/m);
    const caseId = /case (\d+)/.exec(queue.stdout)![1]!;

    const agreed = await runCli('--db', db, '--user', 'Fictional Facilitator', 'moderation', 'agree-unanimous', '--case', caseId);
    expect(agreed.code, agreed.stderr).toBe(0);
    expect(agreed.stdout.trim()).toBe('1 of 13 criteria of case C-1 now agreed.');
    const again = await runCli('--db', db, '--user', 'Fictional Facilitator', 'moderation', 'agree-unanimous', '--case', caseId);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('nothing to agree');
  }, 60_000);
});
