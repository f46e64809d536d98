// Case documents: encrypted into the data folder (age, so the age tool decrypts them with the
// identity held in the database), checked for type and size, removed with their file, opened only
// through a decrypted copy in a private folder handed to the host.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testKey } from '../../support/test-key';
import { documentsDirFor, openCore } from '../../../core/app';
import { createEvent } from '../../../core/events/service';
import { headlessHost } from '../../../core/headless-host';
import { addDocument, clearOpenedCopies, documentPath, MAX_DOCUMENT_BYTES, openedDirFor, removeDocument } from '../../../core/cases/documents';
import { itWith } from '../../support/clients';
import { documentKeys, encryptDocument } from '../../../core/cases/document-crypto';
import { makeTempDir } from '../helpers/temp';
import { importCases } from '../../../core/cases/import-service';
import { getCase, listCases } from '../../../core/cases/service';
import { coreWithEvent, csv } from '../helpers/core';
import { tempDbPath } from '../helpers/temp';

const pdf = new TextEncoder().encode('%PDF-1.4\n% fictional test document\n');

async function withCase() {
  const setup = coreWithEvent();
  await importCases(setup.db, { eventId: setup.eventId, fileName: 'c.csv', bytes: csv('Child ID,DOB\nC-1,01/01/2015') });
  const caseId = listCases(setup.db, setup.eventId)[0]!.id;
  return { ...setup, caseId, documentsDir: documentsDirFor(setup.core.store.path) };
}

const storedFiles = (dir: string) => readdirSync(dir).filter((f) => !f.endsWith('.partial'));

describe('case documents', () => {
  itWith('age')('are age files the age tool decrypts with the identity held in the database, and hold no case text in their bytes', async () => {
    const { db, caseId, documentsDir, core } = await withCase();
    const text = 'Fictional chronology: C-1 seen at home on 3 March; the evidence of neglect was recorded.';
    await addDocument(db, documentsDir, { caseId, fileName: 'chronology.txt', bytes: csv(text) });
    const file = join(documentsDir, storedFiles(documentsDir)[0]!);
    const bytes = readFileSync(file).toString('latin1');
    for (const secret of ['C-1', 'evidence', 'chronology']) expect(bytes).not.toContain(secret);
    const identity = (core.store.sqlite.prepare("SELECT secret FROM data_keys WHERE purpose = 'documents'").get() as { secret: string }).secret;
    const identityFile = join(makeTempDir(), 'identity.txt');
    writeFileSync(identityFile, `${identity}\n`, { mode: 0o600 });
    const decrypted = spawnSync('age', ['--decrypt', '--identity', identityFile, file], { encoding: 'utf8' });
    expect(decrypted.status, decrypted.stderr).toBe(0);
    expect(decrypted.stdout).toBe(text);
  });

  it('encrypts the file beside the database, under a name that gives nothing away, and lists it on the case', async () => {
    const { db, eventId, caseId, documentsDir } = await withCase();
    const doc = await addDocument(db, documentsDir, { caseId, fileName: 'C:\\Users\\someone\\Chronology.pdf', bytes: pdf });
    expect(doc).toMatchObject({ fileName: 'Chronology.pdf', mimeType: 'application/pdf', size: pdf.length });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = storedFiles(documentsDir);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f]{64}\.age$/);
    expect(stored[0]).not.toContain(doc.sha256);
    expect(readFileSync(join(documentsDir, stored[0]!)).toString('latin1')).not.toContain('fictional test document');
    expect(statSync(documentsDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(documentsDir, stored[0]!)).mode & 0o777).toBe(0o600);
    expect(getCase(db, caseId).documents.map((d) => d.fileName)).toEqual(['Chronology.pdf']);
    expect(listCases(db, eventId)[0]!.documentCount).toBe(1);
  });

  it('keeps one copy of the same file attached twice, and deletes it with the last reference', async () => {
    const { db, caseId, documentsDir } = await withCase();
    const a = await addDocument(db, documentsDir, { caseId, fileName: 'a.pdf', bytes: pdf });
    const b = await addDocument(db, documentsDir, { caseId, fileName: 'b.pdf', bytes: pdf });
    expect(storedFiles(documentsDir)).toHaveLength(1);
    const stored = join(documentsDir, storedFiles(documentsDir)[0]!);
    removeDocument(db, documentsDir, a.id);
    expect(existsSync(stored)).toBe(true);
    removeDocument(db, documentsDir, b.id);
    expect(existsSync(stored)).toBe(false);
    expect(getCase(db, caseId).documents).toEqual([]);
  });

  it('refuses unsupported types, files that are not what they claim, empty and oversized files', async () => {
    const { db, caseId, documentsDir } = await withCase();
    await expect(addDocument(db, documentsDir, { caseId, fileName: 'run.exe', bytes: pdf })).rejects.toThrow(/only PDF/);
    await expect(addDocument(db, documentsDir, { caseId, fileName: 'fake.pdf', bytes: csv('hello') })).rejects.toThrow(/does not look like a PDF/);
    await expect(addDocument(db, documentsDir, { caseId, fileName: 'empty.txt', bytes: new Uint8Array() })).rejects.toThrow(/empty/);
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(pdf);
    await expect(addDocument(db, documentsDir, { caseId, fileName: 'big.pdf', bytes: big })).rejects.toThrow(/25\.0 MB; the limit for one document is 25\.0 MB/);
    expect(getCase(db, caseId).documents).toEqual([]);
  });

  it('opens through the host only with a path inside the documents folder', async () => {
    // A host standing in for the desktop shell: it records what it is asked to open.
    const asked: string[] = [];
    const core = openCore({ databasePath: tempDbPath(), key: testKey(), host: { ...headlessHost('electron'), openPath: async (path) => (asked.push(path), true) } });
    try {
      const { id: eventId } = createEvent(core.store.db, { name: 'Test audit', frameworkKey: 'neglect-what-works', auditDate: '2026-03-01', agencies: [] });
      await importCases(core.store.db, { eventId, fileName: 'c.csv', bytes: csv('Child ID,DOB\nC-1,01/01/2015') });
      const caseId = listCases(core.store.db, eventId)[0]!.id;
      const documentsDir = documentsDirFor(core.store.path);
      const doc = await addDocument(core.store.db, documentsDir, { caseId, fileName: 'notes.txt', bytes: csv('fictional notes') });
      expect(() => documentPath(documentsDir, '../scrutineer.db')).toThrow(/outside/);

      expect(await core.dispatch('documents.open', { id: doc.id })).toEqual({ ok: true, value: { opened: true } });
      // The viewer gets a decrypted copy in the private "opened" folder, removed on close and start.
      expect(asked).toHaveLength(1);
      expect(asked[0]!.startsWith(`${openedDirFor(documentsDir)}${sep}`)).toBe(true);
      expect(basename(asked[0]!)).toBe('notes.txt');
      expect(readFileSync(asked[0]!, 'utf8')).toBe('fictional notes');
      expect(statSync(asked[0]!).mode & 0o777).toBe(0o600);
      clearOpenedCopies(documentsDir);
      expect(existsSync(asked[0]!)).toBe(false);

      // A stored file swapped for another one encrypted to the same identity (bytes that are not
      // what was attached, and not text) is refused before anything reaches the viewer.
      const stored = join(documentsDir, storedFiles(documentsDir)[0]!);
      writeFileSync(stored, await encryptDocument(await documentKeys(core.store.db), new Uint8Array([0x4d, 0x5a, 0x00, 0x90])));
      expect(await core.dispatch('documents.open', { id: doc.id })).toMatchObject({ ok: false, error: { code: 'DAMAGED_FILE' } });
      expect(existsSync(openedDirFor(documentsDir)) ? readdirSync(openedDirFor(documentsDir)) : []).toEqual([]);
      expect(asked).toHaveLength(1);

      rmSync(stored);
      expect(await core.dispatch('documents.open', { id: doc.id })).toMatchObject({ ok: false, error: { code: 'FILE_MISSING' } });
      expect(await core.dispatch('documents.open', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(asked).toHaveLength(1);
    } finally {
      core.close();
    }
  });
});
