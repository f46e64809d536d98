// Saving exports in the desktop app: the page names an export call and its ids, the core builds the
// file, and the shell's saving (core/files/save-export: savingShell, which electron/main.ts wraps
// around the real dialog) writes it with its own extension and opens only what it just wrote.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../core/app';
import type { CallResult } from '../../../core/contract/names';
import { dialogFilter, fileFromExport, mayOpenSaved, pathWithExtension, savableExtension, savingShell } from '../../../core/files/save-export';
import type { Host } from '../../../core/handlers';
import { testKey } from '../../support/test-key';
import { auditReadyEvent } from '../helpers/audit-setup';
import { makeTempDir, tempDbPath } from '../helpers/temp';

function desktop(folder: string, answer: (defaultName: string) => string | null) {
  const asked: { defaultName: string; filter: { name: string; extensions: string[] } }[] = [];
  const opened: string[] = [];
  const shell = savingShell({
    choosePath: async (options) => {
      asked.push(options);
      const name = answer(options.defaultName);
      return name === null ? null : join(folder, name);
    },
    writeFile: async (path, bytes) => {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path, bytes);
    },
    openPath: async (path) => {
      opened.push(path);
      return true;
    },
  });
  const host: Host = { transport: 'electron', appVersion: '1', openPath: async () => false, ...shell };
  return { host, asked, opened, shell };
}

function value<T>(result: CallResult<unknown>): T {
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return (result as { value: T }).value;
}

describe('files.export', () => {
  it('builds the figures workbook in the core, saves it with .xlsx whatever the dialog returned, and opens what it wrote', async () => {
    const setup = await auditReadyEvent();
    const folder = makeTempDir();
    const { host, asked, opened } = desktop(folder, () => 'my figures');
    const core = openCore({ databasePath: setup.core.store.path, key: testKey(), host });
    try {
      const saved = value<{ saved: boolean; opened: boolean; path: string; made: Record<string, unknown> }>(
        await core.dispatch('files.export', { call: 'report.figuresXlsx', input: { eventId: setup.eventId }, open: true }),
      );
      expect(saved.path).toBe(join(folder, 'my figures.xlsx'));
      expect(saved.opened).toBe(true);
      expect(opened).toEqual([saved.path]);
      expect(asked[0]!.filter).toEqual({ name: 'XLSX file', extensions: ['xlsx'] });
      expect(asked[0]!.defaultName).toMatch(/\.xlsx$/);
      // A real workbook (a zip), and the page got back no bytes.
      expect(readFileSync(saved.path).subarray(0, 2).toString()).toBe('PK');
      expect(saved.made).not.toHaveProperty('base64');
      expect(saved.made.fileName).toMatch(/\.xlsx$/);
    } finally {
      core.close();
    }
  });

  it('a pack is saved as .scrutineer-pack, its passphrase handed back without the bytes, and it is not opened', async () => {
    const setup = await auditReadyEvent();
    const folder = makeTempDir();
    const { host, opened } = desktop(folder, (name) => name);
    const core = openCore({ databasePath: setup.core.store.path, key: testKey(), host });
    try {
      const saved = value<{ path: string; opened: boolean; made: { passphrase: string; caseCount: number } }>(
        await core.dispatch('files.export', { call: 'packs.create', input: { eventId: setup.eventId, agencyId: setup.agency('Police').id }, open: true }),
      );
      expect(saved.path).toMatch(/\.scrutineer-pack$/);
      expect(saved.opened).toBe(false);
      expect(opened).toEqual([]);
      expect(saved.made.passphrase.split('-')).toHaveLength(6);
      expect(saved.made).not.toHaveProperty('base64');
    } finally {
      core.close();
    }
  });

  it('the page cannot send bytes, a file name with its extension, or a call that is not an export', async () => {
    const folder = makeTempDir();
    const { host, asked } = desktop(folder, (name) => name);
    const core = openCore({ databasePath: tempDbPath(), key: testKey(), host });
    try {
      const refused = async (input: unknown) => {
        const result = await core.dispatch('files.export', input);
        expect(result.ok).toBe(false);
        return (result as { error: { code: string } }).error.code;
      };
      expect(await refused({ call: 'report.figuresXlsx', input: { eventId: 1 }, base64: 'TVqQAAMAAAAEAAAA' })).toBe('INVALID_INPUT');
      expect(await refused({ call: 'settings.update', input: { userName: 'x' } })).toBe('INVALID_INPUT');
      expect(await refused({ call: 'report.figuresXlsx', input: { eventId: 'x' } })).toBe('INVALID_INPUT');
      expect((await core.dispatch('files.saveAs', { fileName: 'run.exe', base64: 'TVqQ' })).ok).toBe(false);
      // A name from the page keeps only its stem: the extension is the built file's.
      const stem = value<{ path: string }>(await core.dispatch('files.export', { call: 'identity.export', input: {}, name: '../../evil.exe' }));
      expect(stem.path).toBe(join(folder, 'evil.exe.txt'));
      expect(asked.map((a) => a.defaultName)).toEqual(['evil.exe.txt']);
    } finally {
      core.close();
    }
  });

  it('the browser transport builds nothing and answers saved: false', async () => {
    const core = openCore({ databasePath: tempDbPath(), key: testKey(), host: { transport: 'web', appVersion: '1', openPath: async () => false } });
    try {
      expect(value(await core.dispatch('files.export', { call: 'identity.export', input: {} }))).toEqual({ saved: false, opened: false, path: null, made: null });
    } finally {
      core.close();
    }
  });

  it('a cancelled dialog writes nothing', async () => {
    const folder = makeTempDir();
    const { host } = desktop(folder, () => null);
    const core = openCore({ databasePath: tempDbPath(), key: testKey(), host });
    try {
      const result = value<{ saved: boolean; path: null }>(await core.dispatch('files.export', { call: 'identity.export', input: {} }));
      expect(result.saved).toBe(false);
      expect(existsSync(join(folder, 'scrutineer-facilitator-identity.txt'))).toBe(false);
    } finally {
      core.close();
    }
  });
});

describe('the save policy', () => {
  it('allows only the listed extensions, the longest match first', () => {
    expect(['a.docx', 'A.XLSX', 'b.csv', 'c.svg', 'd.png', 'e.scrutineer-pack', 'f.scrutineer-return', 'g.json', 'h.yaml', 'i.txt'].map(savableExtension)).toEqual([
      '.docx', '.xlsx', '.csv', '.svg', '.png', '.scrutineer-pack', '.scrutineer-return', '.json', '.yaml', '.txt',
    ]);
    expect(['run.exe', 'x.docm', 'x.xlsm', 'x.bat', 'x.lnk', 'x.html', 'x', '.docx', 'x.docx.exe'].map(savableExtension)).toEqual(Array(9).fill(null));
  });

  it('a chosen path gets the file extension unless it has it', () => {
    expect(pathWithExtension('/home/a/report', '.docx')).toBe('/home/a/report.docx');
    expect(pathWithExtension('/home/a/report.DOCX', '.docx')).toBe('/home/a/report.DOCX');
    expect(pathWithExtension('/home/a/report.exe', '.docx')).toBe('/home/a/report.exe.docx');
    expect(dialogFilter('.scrutineer-pack')).toEqual({ name: 'SCRUTINEER-PACK file', extensions: ['scrutineer-pack'] });
  });

  it('opens only a path written in this session with an extension that may be opened', () => {
    const written = new Set(['/d/report.docx', '/d/pack.scrutineer-pack', '/d/figures.csv']);
    expect(mayOpenSaved('/d/report.docx', written)).toBe(true);
    expect(mayOpenSaved('/d/other.docx', written)).toBe(false);
    expect(mayOpenSaved('/d/pack.scrutineer-pack', written)).toBe(false);
    expect(mayOpenSaved('/d/figures.csv', written)).toBe(false);
  });

  it('an export whose name has no allowed extension is refused', () => {
    expect(() => fileFromExport({ fileName: 'x.exe', base64: 'AA==' })).toThrow('x.exe cannot be saved');
    expect(fileFromExport({ fileName: 'x.csv', text: 'a,b', sha256: 'h' })).toEqual({ file: { suggestedName: 'x.csv', extension: '.csv', bytes: Buffer.from('a,b') }, made: { fileName: 'x.csv', sha256: 'h' } });
  });

  it('the shell refuses to open what it did not write', async () => {
    const opened: string[] = [];
    const shell = savingShell({ choosePath: async () => null, writeFile: async () => undefined, openPath: async (p) => (opened.push(p), true) });
    expect(await shell.openSaved('/etc/passwd.docx')).toBe(false);
    expect(opened).toEqual([]);
  });
});
