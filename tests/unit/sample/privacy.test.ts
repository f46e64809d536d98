// Nothing about a child who was not chosen is kept: after a draw (and a preview, a replacement and
// the profile), the database's decrypted pages (free pages included) and the bytes of every other
// file in the data folder hold no reference, date of birth or name of a cohort child who is
// neither in the sample nor a reserve.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp';
import { decryptedBytes } from '../../support/test-key';
import { cohortBytes, references, sampleCore } from './sample-support';

/** Every file's bytes as stored (encrypted, where it is), the database's also decrypted. */
function folderBytes(dir: string, database: string): Buffer {
  const parts: Buffer[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    parts.push(statSync(path).isDirectory() ? folderBytes(path, database) : readFileSync(path));
  }
  if (readdirSync(dir).includes('scrutineer.db')) parts.push(decryptedBytes(database));
  return Buffer.concat(parts);
}

const iso = (uk: string) => uk.split('/').reverse().join('-');

describe('privacy of the cohort', () => {
  it('the data folder holds no reference, date of birth or name of an unsampled child after a draw', async () => {
    const dir = makeTempDir();
    const database = join(dir, 'scrutineer.db');
    const s = sampleCore(database);
    const eventId = s.newEvent();
    const settings = { size: 30, stratify: ['levelOfNeed', 'ageStage'], allocation: 'proportional', reserve: 2, seed: 77 };
    await s.draw(eventId, settings, { dryRun: true });
    const view = await s.draw(eventId, settings);
    const replaced = await s.call<typeof view>('sample.replace', { eventId, reference: view.cases[0]!.reference, reason: 'Case closed before the review window' });
    await s.call('sample.get', { eventId });

    const chosen = new Set([...references(view), ...(s.core.store.sqlite.prepare('SELECT reference FROM sample_reserves').pluck().all() as string[])]);
    expect(references(replaced)).toContain(replaced.replacements[0]!.replacement);
    const rows = Papa.parse<string[]>(new TextDecoder().decode(cohortBytes()), { skipEmptyLines: true }).data.slice(1);
    const unchosen = rows.filter((r) => !chosen.has(r[0]!));
    expect(unchosen).toHaveLength(400 - chosen.size);
    // A chosen child's date of birth or plan start may be the same day as an unchosen child's birth.
    const chosenDates = new Set(rows.filter((r) => chosen.has(r[0]!)).flatMap((r) => [r[2]!, r[10]!]));
    const unchosenBirthDates = [...new Set(unchosen.map((r) => r[2]!))].filter((d) => !chosenDates.has(d));
    expect(unchosenBirthDates.length).toBeGreaterThan(300);

    const check = (bytes: Buffer) => {
      const text = bytes.toString('latin1');
      expect(unchosen.filter((r) => text.includes(r[0]!)).map((r) => r[0])).toEqual([]);
      expect(unchosenBirthDates.filter((d) => text.includes(iso(d)) || text.includes(d))).toEqual([]);
      expect(text).not.toMatch(/Test Child|Test Worker|Team (North|South|East|West)/);
      // The check can see what it looks for: chosen references and dates of birth are there.
      expect([...chosen].every((r) => text.includes(r))).toBe(true);
      expect(text).toContain(iso(rows.find((r) => r[0] === references(view)[1])![2]!));
    };
    s.core.store.sqlite.pragma('wal_checkpoint(FULL)');
    check(folderBytes(dir, database)); // while open: the database (its WAL checkpointed), the WAL and shared memory
    s.core.close();
    check(folderBytes(dir, database)); // closed: everything in the one file
  });
});
