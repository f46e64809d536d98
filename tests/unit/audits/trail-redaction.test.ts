// A child's name typed into evidence over several editing sessions, then edited out, is redacted
// from the trail by a facilitator through the real CLI: no trail row (read straight from the
// database) and no trail CSV exported afterwards holds it; the rest of those entries stays; the
// redaction is recorded with who and why but not what; the trail stays append-only otherwise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAudit, updateGrade } from '../../../core/audits/service';
import { auditReadyEvent } from '../helpers/audit-setup';
import { runCli } from '../helpers/cli';

const name = 'Jamie Fictional';

describe('redacting a text from the trail', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('replaces it in every trail row and in a CSV exported afterwards, and records who and why', async () => {
    const { core, db, eventId, cases, agency } = await auditReadyEvent();
    const { id: auditId } = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
    const evidence = (text: string, minutes: number) => {
      updateGrade(db, { auditId, criterionKey: 'child-focus', evidence: text });
      vi.advanceTimersByTime(minutes * 60_000);
    };
    evidence(`Seen at home with ${name}.`, 3);
    evidence(`Seen at home with ${name}, who said she was hungry.`, 3); // a new session: 6 minutes on
    evidence(`Seen at home with ${name.toUpperCase()}, who said she was hungry.`, 1);
    updateGrade(db, { auditId, criterionKey: 'child-focus', rationale: `Named: ${name}.` });
    vi.advanceTimersByTime(60_000);
    evidence('Seen at home with the child, who said she was hungry.', 1); // the name edited out; session still open
    vi.useRealTimers();
    const path = core.store.path;
    core.close();

    const cli = (...args: string[]) => runCli('--db', path, '--user', 'Fictional Facilitator', ...args);
    const before = await cli('--json', 'trail', '--event', String(eventId));
    expect(before.stdout.match(/jamie fictional/gi)!.length).toBeGreaterThan(3);
    expect((await cli('trail', '--event', String(eventId), '--redact', name, '--reason', `Removes ${name}`)).stderr).toBe(
      'scrutineer: The reason repeats the text being redacted: the trail keeps the reason, so describe it without quoting it.\n',
    );
    const redacted = await cli('trail', '--event', String(eventId), '--redact', 'jamie fictional', '--reason', 'A child’s name typed into the evidence.');
    expect(redacted.stderr).toBe('');
    expect(redacted.stdout).toBe('Redacted 4 entries of the trail.\n');

    // Every row of the trail table, as stored, and the editing sessions table.
    const { openTestDatabase } = await import('../../support/test-key');
    const raw = openTestDatabase(path);
    const rows = raw.prepare('SELECT * FROM trail').all() as Record<string, unknown>[];
    expect(JSON.stringify(rows)).not.toMatch(/jamie/i);
    expect(raw.prepare('SELECT count(*) AS n FROM trail_edits').get()).toEqual({ n: 0 });
    // Append-only otherwise: a value may become the marker, nothing else.
    expect(() => raw.prepare("UPDATE trail SET new_value = 'edited' WHERE field = 'evidence'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM trail').run()).toThrow();
    raw.close();

    const csvFile = join(path, '..', 'trail.csv');
    expect((await cli('trail', '--event', String(eventId), '--csv', csvFile)).code).toBe(0);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv).not.toMatch(/jamie/i);
    const table = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const evidenceRows = table.filter((r) => r.field === 'evidence').map((r) => [r.old_value, r.new_value]);
    expect(evidenceRows).toEqual([
      ['', '[redacted]'],
      ['[redacted]', '[redacted]'],
      ['[redacted]', 'Seen at home with the child, who said she was hungry.'],
    ]);
    const record = table.find((r) => r.entity === 'trail')!;
    expect(record).toMatchObject({ actor: 'Fictional Facilitator', field: 'redacted', new_value: '4 entries', note: 'A child’s name typed into the evidence.' });
    expect(record.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  }, 60_000);
});
