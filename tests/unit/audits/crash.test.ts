// Autosave must survive the app being killed: a writer process saving grades is killed with
// SIGKILL mid-way, and every grade it reported as committed is in the database afterwards.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../support/test-key';
import { startAudit } from '../../../core/audits/service';
import { auditReadyEvent } from '../helpers/audit-setup';
import { repoRoot } from '../helpers/cli';

function runWriterUntil(databasePath: string, auditId: number, writes: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/grade-writer.ts', databasePath, String(auditId)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      lines.push(...parts);
      if (lines.length >= writes && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(lines) : reject(new Error(`writer ended without being killed: ${stderr}`))));
  });
}

describe('crash safety', () => {
  it('keeps every committed grade when the writing process is killed', async () => {
    const { core, db, cases, agency } = await auditReadyEvent();
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
    const path = core.store.path;
    core.close();

    const committed = await runWriterUntil(path, audit.id, 300);
    expect(committed.length).toBeGreaterThanOrEqual(300);

    const sqlite = openTestDatabase(path);
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      // The last committed number per criterion; the database may hold that or one later write.
      const lastByKey = new Map<string, number>();
      for (const line of committed) {
        const [n, key] = line.split(' ');
        lastByKey.set(key!, Number(n));
      }
      const rows = sqlite.prepare('SELECT criterion_key AS key, rationale FROM grades WHERE audit_id = ?').all(audit.id) as { key: string; rationale: string }[];
      for (const [key, last] of lastByKey) {
        const stored = Number(rows.find((r) => r.key === key)!.rationale.replace('write ', ''));
        expect(stored, key).toBeGreaterThanOrEqual(last);
      }
      // And the trail kept an entry for every committed change: the last one may still be in its
      // editing session (trail_edits), which joins the trail when the trail is next read.
      const trailed = new Set(
        (sqlite.prepare("SELECT new_value AS v FROM trail WHERE field = 'rationale' UNION ALL SELECT new_value FROM trail_edits WHERE field = 'rationale'").all() as { v: string }[]).map((r) =>
          Number(r.v.replace('write ', '')),
        ),
      );
      const missing = committed.map((l) => Number(l.split(' ')[0])).filter((n) => !trailed.has(n));
      expect(missing).toEqual([]);
    } finally {
      sqlite.close();
    }
  }, 90_000);
});
