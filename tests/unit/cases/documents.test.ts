// Case documents: copied into the data folder under their hash, checked for type and size,
// removed with their file, opened only through the host with a checked path.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testKey } from '../../support/test-key';
import { documentsDirFor, openCore } from '../../../core/app';
import { createEvent } from '../../../core/events/service';
import { headlessHost } from '../../../core/headless-host';
import { addDocument, documentPath, MAX_DOCUMENT_BYTES, removeDocument } from '../../../core/cases/documents';
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

describe('case documents', () => {
  it('copies the file beside the database with its hash and size, and lists it on the case', async () => {
    const { db, eventId, caseId, documentsDir } = await withCase();
    const doc = addDocument(db, documentsDir, { caseId, fileName: 'C:\\Users\\someone\\Chronology.pdf', bytes: pdf });
    expect(doc).toMatchObject({ fileName: 'Chronology.pdf', mimeType: 'application/pdf', size: pdf.length });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = join(documentsDir, `${doc.sha256}.pdf`);
    expect(readFileSync(stored)).toEqual(Buffer.from(pdf));
    expect(getCase(db, caseId).documents.map((d) => d.fileName)).toEqual(['Chronology.pdf']);
    expect(listCases(db, eventId)[0]!.documentCount).toBe(1);
  });

  it('keeps one copy of the same file attached twice, and deletes it with the last reference', async () => {
    const { db, caseId, documentsDir } = await withCase();
    const a = addDocument(db, documentsDir, { caseId, fileName: 'a.pdf', bytes: pdf });
    const b = addDocument(db, documentsDir, { caseId, fileName: 'b.pdf', bytes: pdf });
    const stored = join(documentsDir, `${a.sha256}.pdf`);
    removeDocument(db, documentsDir, a.id);
    expect(existsSync(stored)).toBe(true);
    removeDocument(db, documentsDir, b.id);
    expect(existsSync(stored)).toBe(false);
    expect(getCase(db, caseId).documents).toEqual([]);
  });

  it('refuses unsupported types, files that are not what they claim, empty and oversized files', async () => {
    const { db, caseId, documentsDir } = await withCase();
    expect(() => addDocument(db, documentsDir, { caseId, fileName: 'run.exe', bytes: pdf })).toThrow(/only PDF/);
    expect(() => addDocument(db, documentsDir, { caseId, fileName: 'fake.pdf', bytes: csv('hello') })).toThrow(/does not look like a PDF/);
    expect(() => addDocument(db, documentsDir, { caseId, fileName: 'empty.txt', bytes: new Uint8Array() })).toThrow(/empty/);
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(pdf);
    expect(() => addDocument(db, documentsDir, { caseId, fileName: 'big.pdf', bytes: big })).toThrow(/25\.0 MB; the limit for one document is 25\.0 MB/);
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
      const doc = addDocument(core.store.db, documentsDir, { caseId, fileName: 'notes.txt', bytes: csv('fictional notes') });
      expect(() => documentPath(documentsDir, '../scrutineer.db')).toThrow(/outside/);

      expect(await core.dispatch('documents.open', { id: doc.id })).toEqual({ ok: true, value: { opened: true } });
      expect(asked).toEqual([join(documentsDir, `${doc.sha256}.txt`)]);
      expect(readFileSync(asked[0]!, 'utf8')).toBe('fictional notes');

      rmSync(join(documentsDir, `${doc.sha256}.txt`));
      expect(await core.dispatch('documents.open', { id: doc.id })).toMatchObject({ ok: false, error: { code: 'FILE_MISSING' } });
      expect(await core.dispatch('documents.open', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(asked).toHaveLength(1);
    } finally {
      core.close();
    }
  });
});
