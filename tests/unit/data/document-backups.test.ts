// Backups hold the case documents: on a real encrypted database with documents attached, a backup
// copies the encrypted documents once into documents-backup/ (owner-only), a restore brings back
// the documents a lost documents folder held, `backup --out FILE` puts them in FILE.documents/,
// and a document removed from the app goes from the backups too (a restore then says so).
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type CoreApp } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import { decryptForOpening } from '../../../core/cases/documents';
import { testKey } from '../../support/test-key';
import { makeTempDir } from '../helpers/temp';

async function call<T>(core: CoreApp, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).toSorted() : []);

/** A database with two documents attached; `apart` keeps the documents folder away from the database. */
async function withDocuments(apart = false) {
  const dir = makeTempDir();
  const documentsDir = apart ? join(dir, 'elsewhere', 'case-documents') : join(dir, 'documents');
  const core = openCore({ databasePath: join(dir, 'scrutineer.db'), key: testKey(), host: headlessHost('cli'), ...(apart ? { documentsDir } : {}) });
  await call(core, 'settings.update', { userName: 'Fictional Facilitator' });
  const { id: eventId } = await call<{ id: number }>(core, 'events.create', { name: 'Spring audit', frameworkKey: 'neglect-what-works', auditDate: '2026-03-01', agencies: [] });
  await call(core, 'cases.import', { eventId, fileName: 'c.csv', data: Buffer.from('Child ID\nC-1\nC-2').toString('base64') });
  const [first, second] = await call<{ id: number }[]>(core, 'cases.list', { eventId });
  const attach = (caseId: number, fileName: string, text: string) => call<{ id: number }>(core, 'documents.add', { caseId, fileName, data: Buffer.from(text).toString('base64') });
  const notes = await attach(first!.id, 'chronology.txt', 'Fictional chronology for C-1');
  const plan = await attach(second!.id, 'plan.txt', 'Fictional child in need plan for C-2');
  return { dir, core, notes, plan, documentsDir, mirror: `${documentsDir}-backup` };
}

describe('backups hold the documents', () => {
  it('backs up the documents folder the app uses, also when it is kept apart from the database', async () => {
    const { dir, core, documentsDir, mirror } = await withDocuments(true);
    try {
      await call(core, 'data.backupNow', {});
      expect(mirror).toBe(join(dir, 'elsewhere', 'case-documents-backup'));
      expect(files(mirror)).toHaveLength(2);
      expect(files(mirror)).toEqual(files(documentsDir));
      expect(existsSync(join(dir, 'documents-backup'))).toBe(false);
      const out = join(dir, 'copy.db');
      await call(core, 'data.backupTo', { path: out });
      expect(files(`${out}.documents`)).toEqual(files(documentsDir));
    } finally {
      core.close();
    }
  });

  it('copies each encrypted document once, owner-only, and a restore brings back a lost documents folder', async () => {
    const { core, notes, plan, documentsDir, mirror } = await withDocuments();
    try {
      const backup = await call<{ path: string }>(core, 'data.backupNow', {});
      expect(files(mirror)).toEqual(files(documentsDir));
      expect(files(mirror)).toHaveLength(2);
      for (const name of files(mirror)) {
        expect(readFileSync(join(mirror, name))).toEqual(readFileSync(join(documentsDir, name)));
        expect(statSync(join(mirror, name)).mode & 0o777).toBe(0o600);
        expect(readFileSync(join(mirror, name)).toString('latin1')).not.toContain('Fictional');
      }
      expect(statSync(mirror).mode & 0o777).toBe(0o700);

      // The documents folder is lost; the restore brings both back and they open again.
      rmSync(documentsDir, { recursive: true });
      const restored = await call<{ documents: { restored: number; missing: number } }>(core, 'data.restore', { path: backup.path });
      expect(restored.documents).toEqual({ restored: 2, missing: 0 });
      const opened = await decryptForOpening(core.store.db, documentsDir, notes.id);
      expect(readFileSync(opened.path, 'utf8')).toBe('Fictional chronology for C-1');
      expect(readFileSync((await decryptForOpening(core.store.db, documentsDir, plan.id)).path, 'utf8')).toBe('Fictional child in need plan for C-2');
    } finally {
      core.close();
    }
  });

  it('a removed document goes from the backups too; restoring an older backup says it is in none', async () => {
    const { core, notes, documentsDir, mirror } = await withDocuments();
    try {
      const backup = await call<{ path: string }>(core, 'data.backupNow', {});
      const before = files(mirror);
      await call(core, 'documents.remove', { id: notes.id });
      expect(files(mirror)).toHaveLength(before.length - 1);
      expect(files(mirror)).toEqual(files(documentsDir));
      const restored = await call<{ documents: { restored: number; missing: number } }>(core, 'data.restore', { path: backup.path });
      expect(restored.documents).toEqual({ restored: 0, missing: 1 });
    } finally {
      core.close();
    }
  });

  it('a backup to a file of the user’s choosing carries its documents beside it, and restores from there', async () => {
    const { core, notes, documentsDir, mirror } = await withDocuments();
    try {
      const out = join(makeTempDir(), 'copy.bak');
      const { path } = await call<{ path: string }>(core, 'data.backupTo', { path: out });
      expect(path).toBe(out);
      expect(files(`${out}.documents`)).toEqual(files(documentsDir));
      rmSync(documentsDir, { recursive: true });
      rmSync(mirror, { recursive: true, force: true });
      const restored = await call<{ documents: { restored: number; missing: number } }>(core, 'data.restore', { path: out });
      expect(restored.documents).toEqual({ restored: 2, missing: 0 });
      expect(readFileSync((await decryptForOpening(core.store.db, documentsDir, notes.id)).path, 'utf8')).toBe('Fictional chronology for C-1');
    } finally {
      core.close();
    }
  });
});
