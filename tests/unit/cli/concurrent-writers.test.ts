// Two writers at once, as separate processes on one database file: every write transaction begins
// IMMEDIATE, so the second waits for the first instead of failing, and plans from what the first
// wrote. Both succeed, and the end state is that of one after the other.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../support/test-key';
import { generateCasesCsv } from '../../fixtures/cases/generate';
import { runCli } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

const criteria = ['child-focus', 'drift', 'history-cumulative-harm', 'measurable-goals', 'whole-family'];

async function eventWithCases(dir: string, cases: number) {
  const db = join(dir, 'scrutineer.db');
  const created = await runCli('--db', db, '--json', 'event', 'create', '--name', 'Two writers', '--framework', 'neglect-what-works', '--date', '2026-03-01', '--agency', 'Police', '--agency', 'Health');
  expect(created.code, created.stderr).toBe(0);
  const csv = join(dir, 'cases.csv');
  writeFileSync(csv, generateCasesCsv(cases, 5));
  expect((await runCli('--db', db, 'cases', 'import', '--event', '1', csv)).code).toBe(0);
  const sqlite = openTestDatabase(db, { readonly: true });
  const references = (sqlite.prepare('SELECT reference FROM cases ORDER BY reference').pluck().all() as string[]);
  sqlite.close();
  return { db, references };
}

function returnsFile(dir: string, name: string, auditor: string, references: string[]): string {
  const rows = references.flatMap((ref, i) => criteria.map((key, k) => `${ref},${i % 2 ? 'Police' : 'Health'},${auditor},${key},${1 + ((i + k) % 4)},Seen in the record (${auditor})`));
  const file = join(dir, name);
  writeFileSync(file, ['reference,agency,auditor,criterion,grade,evidence', ...rows].join('\n'));
  return file;
}

function count(db: string, sql: string): number {
  const sqlite = openTestDatabase(db, { readonly: true });
  try {
    return sqlite.prepare(sql).pluck().get() as number;
  } finally {
    sqlite.close();
  }
}

describe('two writers at once', () => {
  it('two `audits import` processes started together both succeed', async () => {
    const dir = makeTempDir();
    const { db, references } = await eventWithCases(dir, 120);
    const first = returnsFile(dir, 'first.csv', 'Auditor One', references);
    const second = returnsFile(dir, 'second.csv', 'Auditor Two', references);
    const runs = await Promise.all([first, second].map((file) => runCli('--db', db, '--json', '--user', 'Fictional Facilitator', 'audits', 'import', '--event', '1', file)));
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ imported: references.length * criteria.length, errors: [] });
    }
    expect(count(db, 'SELECT count(*) FROM grades')).toBe(2 * references.length * criteria.length);
    expect(count(db, "SELECT count(*) FROM trail WHERE entity = 'import'")).toBe(2);
  });

  it('the same case file imported by two processes at once ends as one import after the other', async () => {
    const dir = makeTempDir();
    const db = join(dir, 'scrutineer.db');
    expect((await runCli('--db', db, 'event', 'create', '--name', 'Same file', '--framework', 'neglect-what-works', '--date', '2026-03-01')).code).toBe(0);
    const csv = join(dir, 'cases.csv');
    writeFileSync(csv, generateCasesCsv(2000, 9));
    const runs = await Promise.all([1, 2].map(() => runCli('--db', db, '--json', 'cases', 'import', '--event', '1', csv)));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const outcomes = runs.map((run) => JSON.parse(run.stdout) as { imported: number; unchanged: number; updated: number });
    // Whichever ran second found every case already there, unchanged.
    expect(outcomes.map((o) => [o.imported, o.updated, o.unchanged]).sort()).toEqual([
      [0, 0, 2000],
      [2000, 0, 0],
    ]);
    expect(count(db, 'SELECT count(*) FROM cases')).toBe(2000);
  });

  it('the same return imported by two processes at once leaves the grades of one import', async () => {
    const dir = makeTempDir();
    const { db, references } = await eventWithCases(dir, 60);
    const file = returnsFile(dir, 'same.csv', 'Auditor One', references);
    const runs = await Promise.all([1, 2].map(() => runCli('--db', db, '--json', '--user', 'Fictional Facilitator', 'audits', 'import', '--event', '1', file)));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(count(db, 'SELECT count(*) FROM grades')).toBe(references.length * criteria.length);
    expect(count(db, 'SELECT count(*) FROM audits')).toBe(references.length);
    // The second import changed no grade, so only the first recorded grade entries.
    expect(count(db, "SELECT count(*) FROM trail WHERE entity = 'grade'")).toBe(references.length * criteria.length);
  });
});
