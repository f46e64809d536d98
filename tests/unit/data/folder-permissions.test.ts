// Everything Scrutineer writes into its data folder is the owner's alone (folders 0700, files 0600):
// the database and its WAL, the key file, backups, stored documents, the decrypted copies made for
// a viewer, and the error log (also one an earlier version left readable). Walked on a real folder.
import { chmodSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchCore } from '../../../core/app';
import { decryptForOpening } from '../../../core/cases/documents';
import { backUpNow } from '../../../core/data/backups';
import { ERROR_LOG_NAME, writeErrorLog } from '../../../core/error-log';
import { headlessHost } from '../../../core/headless-host';
import { setFallbackActor } from '../../../core/audits/actor';
import { makeTempDir } from '../helpers/temp';

/** Every folder and file under root with its permission bits, as "path mode" lines. */
function modesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      found.push(`${path.slice(root.length + 1)} ${(statSync(path).mode & 0o777).toString(8)}`);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return found.toSorted();
}

async function call<T>(core: Awaited<ReturnType<typeof launchCore>>, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe.skipIf(process.platform === 'win32')('the data folder', () => {
  it('holds only folders that are 0700 and files that are 0600, whatever wrote them', async () => {
    const dataDir = join(makeTempDir(), 'Scrutineer');
    const databasePath = join(dataDir, 'scrutineer.db');
    // A passphrase: the key file beside the database is written too.
    const core = await launchCore({ databasePath, keys: { given: { text: 'fictional shared-machine passphrase', from: 'test' } }, host: headlessHost('cli') });
    setFallbackActor('Fictional tester');
    const event = await call<{ id: number }>(core, 'events.create', { name: 'Permissions (fictional)', frameworkKey: 'neglect-quick-check' });
    const csv = 'reference,age stage\nPERM-001,Under 1\n';
    await call(core, 'cases.import', { eventId: event.id, fileName: 'cases.csv', data: Buffer.from(csv).toString('base64') });
    const [kase] = await call<{ id: number }[]>(core, 'cases.list', { eventId: event.id });
    const document = await call<{ id: number }>(core, 'documents.add', { caseId: kase!.id, fileName: 'note.txt', data: Buffer.from('Fictional case note.').toString('base64') });
    // The viewer's decrypted copy, a backup, and the error log (one left 0644 by an earlier version).
    await decryptForOpening(core.store.db, core.context.documentsDir, document.id);
    backUpNow(core.context);
    writeFileSync(join(dataDir, ERROR_LOG_NAME), 'an older entry\n');
    chmodSync(join(dataDir, ERROR_LOG_NAME), 0o644);
    expect(writeErrorLog(dataDir, new Error('fictional fault'), 'test')).toBe(join(dataDir, ERROR_LOG_NAME));

    const modes = modesUnder(dataDir);
    const names = modes.map((line) => line.split(' ')[0]!.replace(/\d{4}-\d\d-\d\dT[\d-]+Z/, '<time>').replace(/[0-9a-f-]{36}/, '<id>'));
    for (const expected of ['scrutineer.db', 'scrutineer.db-wal', 'scrutineer.db.key', 'scrutineer.db.<time>.manual.bak', 'documents', 'opened', 'opened/<id>', 'opened/<id>/note.txt', ERROR_LOG_NAME]) {
      expect(names).toContain(expected);
    }
    expect(names.some((n) => n.startsWith('documents/'))).toBe(true);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const line of modes) {
      const [path, mode] = line.split(' ');
      expect(mode, path).toBe(statSync(join(dataDir, path!)).isDirectory() ? '700' : '600');
    }
    core.close();
  }, 60_000);
});
