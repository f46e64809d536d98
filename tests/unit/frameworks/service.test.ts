// The framework use cases over a real, migrated database file: seeding, the versioning rule
// (edit in place until an event uses a version, then a new version), clone, import and export.
import { afterEach, describe, expect, it } from 'vitest';
import { testKey } from '../../support/test-key';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { defaultAppPaths } from '../../../core/paths';
import { UserError } from '../../../model/errors';
import { createEvent, listEvents } from '../../../core/events/service';
import {
  cloneFramework,
  exportFramework,
  getFramework,
  importFrameworkText,
  listFrameworks,
  saveFramework,
  seedBuiltinFrameworks,
} from '../../../core/frameworks/service';
import { serialiseFramework } from '../../../core/frameworks/files';
import { tempDbPath } from '../helpers/temp';
import { sampleDefinition } from './fixtures';

const paths = defaultAppPaths();
const shippedKeys = ['neglect-quick-check', 'neglect-what-works'];
const open: OpenedDatabase[] = [];

function openStore(path = tempDbPath()): OpenedDatabase {
  const store = openDatabase(path, { migrationsDir: paths.migrationsDir, key: testKey() });
  open.push(store);
  return store;
}

afterEach(() => {
  for (const store of open.splice(0)) if (store.sqlite.open) store.close();
});

function thrown(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}

async function rejected(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError, but the promise resolved');
}

function count(store: OpenedDatabase, table: string): number {
  return (store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('seeding the shipped frameworks', () => {
  it('adds both shipped frameworks as built-in, version 1', () => {
    const store = openStore();
    expect(seedBuiltinFrameworks(store.db, paths.templatesDir)).toEqual(shippedKeys);
    const rows = listFrameworks(store.db);
    expect(rows.map((r) => r.key).toSorted()).toEqual(shippedKeys);
    for (const row of rows) {
      expect(row).toMatchObject({ builtin: true, version: 1, versionCount: 1, eventCount: 0 });
    }
    expect(rows.find((r) => r.key === 'neglect-what-works')!.criteriaCount).toBe(13);
    expect(rows.find((r) => r.key === 'neglect-quick-check')!.criteriaCount).toBe(5);
    expect(getFramework(store.db, 'neglect-what-works').builtin).toBe(true);
  });

  it('is idempotent, also after closing and reopening the file', () => {
    const path = tempDbPath();
    const first = openStore(path);
    seedBuiltinFrameworks(first.db, paths.templatesDir);
    expect(seedBuiltinFrameworks(first.db, paths.templatesDir)).toEqual([]);
    const before = listFrameworks(first.db);
    const versionsBefore = count(first, 'framework_versions');
    first.close();

    const again = openStore(path);
    expect(seedBuiltinFrameworks(again.db, paths.templatesDir)).toEqual([]);
    expect(listFrameworks(again.db)).toEqual(before);
    expect(count(again, 'frameworks')).toBe(2);
    expect(count(again, 'framework_versions')).toBe(versionsBefore);
  });

  it('does not overwrite a shipped framework the user has edited', () => {
    const store = openStore();
    seedBuiltinFrameworks(store.db, paths.templatesDir);
    const edited = { ...getFramework(store.db, 'neglect-quick-check').framework, name: 'Quick check (local wording)' };
    expect(saveFramework(store.db, edited).outcome).toBe('updated');
    seedBuiltinFrameworks(store.db, paths.templatesDir);
    expect(getFramework(store.db, 'neglect-quick-check').framework.name).toBe('Quick check (local wording)');
  });
});

describe('the versioning rule', () => {
  it('a new key is created at version 1 and reads back as saved', () => {
    const store = openStore();
    expect(saveFramework(store.db, sampleDefinition())).toEqual({ key: 'fictional-audit', version: 1, outcome: 'created' });
    const detail = getFramework(store.db, 'fictional-audit');
    expect(detail.framework.version).toBe(1);
    expect(detail.framework.name).toBe('Fictional audit');
    expect(detail.framework.scale.levels.map((l) => l.value)).toEqual([3, 2, 1]);
    expect(detail.framework.domains.map((d) => d.criteria.map((c) => c.key))).toEqual([['child-seen', 'plan-clear'], ['no-drift']]);
    expect(detail.framework.domains[0]!.criteria[0]!.guidance).toEqual(['Seen alone?']);
    expect(detail).toMatchObject({ builtin: false, eventCount: 0 });
    expect(detail.versions.map((v) => v.version)).toEqual([1]);
  });

  it('the version number in the input is ignored for a new key', () => {
    const store = openStore();
    expect(saveFramework(store.db, { ...sampleDefinition(), version: 7 })).toMatchObject({ version: 1, outcome: 'created' });
    expect(getFramework(store.db, 'fictional-audit').framework.version).toBe(1);
  });

  it('an edit while no event uses the framework updates version 1 in place', () => {
    const store = openStore();
    saveFramework(store.db, sampleDefinition());
    const edited = sampleDefinition();
    edited.domains[0]!.criteria[0]!.title = 'Was the child seen and heard?';
    edited.domains[1]!.criteria.push({ key: 'added-later', title: 'Added later', guidance: [], whatGoodLooksLike: '' });
    expect(saveFramework(store.db, edited)).toEqual({ key: 'fictional-audit', version: 1, outcome: 'updated' });
    const detail = getFramework(store.db, 'fictional-audit');
    expect(detail.versions.map((v) => v.version)).toEqual([1]);
    expect(detail.framework.domains[0]!.criteria[0]!.title).toBe('Was the child seen and heard?');
    expect(detail.framework.domains[1]!.criteria.map((c) => c.key)).toEqual(['no-drift', 'added-later']);
    // The old content is replaced, not left behind.
    expect(count(store, 'criteria')).toBe(4);
    expect(count(store, 'scale_levels')).toBe(3);
  });

  it('once an event uses version 1, an edit makes version 2 and the event keeps version 1', () => {
    const store = openStore();
    saveFramework(store.db, sampleDefinition());
    const original = getFramework(store.db, 'fictional-audit').framework;
    expect(createEvent(store.db, { name: 'Spring neglect audit (fictional)', frameworkKey: 'fictional-audit' })).toMatchObject({ frameworkVersion: 1 });
    expect(getFramework(store.db, 'fictional-audit').eventCount).toBe(1);

    const edited = sampleDefinition();
    edited.name = 'Fictional audit, revised';
    edited.domains[0]!.criteria[1]!.title = 'Is the plan SMART?';
    expect(saveFramework(store.db, edited)).toEqual({ key: 'fictional-audit', version: 2, outcome: 'new-version' });

    expect(listEvents(store.db)).toMatchObject([{ name: 'Spring neglect audit (fictional)', frameworkKey: 'fictional-audit', frameworkVersion: 1, frameworkName: 'Fictional audit' }]);
    expect(getFramework(store.db, 'fictional-audit', 1).framework).toEqual(original);
    const latest = getFramework(store.db, 'fictional-audit');
    expect(latest.framework).toMatchObject({ version: 2, name: 'Fictional audit, revised' });
    expect(latest.eventCount).toBe(0);
    expect(latest.versions.map((v) => [v.version, v.eventCount])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    const row = listFrameworks(store.db).find((r) => r.key === 'fictional-audit')!;
    expect(row).toMatchObject({ version: 2, versionCount: 2, eventCount: 1, name: 'Fictional audit, revised' });

    // Version 2 is not used yet, so the next edit updates it in place.
    edited.description = 'Third wording.';
    expect(saveFramework(store.db, edited)).toEqual({ key: 'fictional-audit', version: 2, outcome: 'updated' });
    expect(getFramework(store.db, 'fictional-audit', 1).framework).toEqual(original);
  });

  it('a new event pins the latest version', () => {
    const store = openStore();
    saveFramework(store.db, sampleDefinition());
    createEvent(store.db, { name: 'First audit (fictional)', frameworkKey: 'fictional-audit' });
    saveFramework(store.db, { ...sampleDefinition(), name: 'Renamed' });
    expect(createEvent(store.db, { name: 'Second audit (fictional)', frameworkKey: 'fictional-audit' }).frameworkVersion).toBe(2);
    expect(listEvents(store.db).map((e) => [e.name, e.frameworkVersion]).toSorted()).toEqual([
      ['First audit (fictional)', 1],
      ['Second audit (fictional)', 2],
    ]);
  });

  it('saving identical content is "unchanged", even with an event and a different version number', () => {
    const store = openStore();
    saveFramework(store.db, sampleDefinition());
    createEvent(store.db, { name: 'Audit (fictional)', frameworkKey: 'fictional-audit' });
    expect(saveFramework(store.db, sampleDefinition())).toEqual({ key: 'fictional-audit', version: 1, outcome: 'unchanged' });
    expect(saveFramework(store.db, { ...sampleDefinition(), version: 5 })).toMatchObject({ version: 1, outcome: 'unchanged' });
    expect(getFramework(store.db, 'fictional-audit').versions).toHaveLength(1);
  });

  it('an invalid definition throws INVALID_FRAMEWORK with problems and stores nothing', () => {
    const store = openStore();
    const bad = sampleDefinition();
    bad.scale.goodOrBetterFrom = 9;
    const error = thrown(() => saveFramework(store.db, bad));
    expect(error.code).toBe('INVALID_FRAMEWORK');
    expect(error.message).toContain('scale.goodOrBetterFrom');
    expect(error.details).toEqual([{ path: 'scale.goodOrBetterFrom', message: 'must be the value of one of the levels' }]);
    expect(count(store, 'frameworks')).toBe(0);
  });

  it('getFramework of an unknown key or version is NOT_FOUND', () => {
    const store = openStore();
    saveFramework(store.db, sampleDefinition());
    expect(thrown(() => getFramework(store.db, 'no-such-key'))).toMatchObject({ code: 'NOT_FOUND', message: 'No framework has the key "no-such-key".' });
    expect(thrown(() => getFramework(store.db, 'fictional-audit', 2))).toMatchObject({ code: 'NOT_FOUND', message: 'Framework "fictional-audit" has no version 2.' });
  });
});

describe('clone', () => {
  it('copies the latest version under a new key and name, at version 1, not built-in', () => {
    const store = openStore();
    seedBuiltinFrameworks(store.db, paths.templatesDir);
    expect(cloneFramework(store.db, 'neglect-what-works', 'local-neglect-audit', 'Local neglect audit')).toEqual({
      key: 'local-neglect-audit',
      version: 1,
      outcome: 'created',
    });
    const source = getFramework(store.db, 'neglect-what-works').framework;
    const copy = getFramework(store.db, 'local-neglect-audit');
    expect(copy.builtin).toBe(false);
    expect(copy.framework).toEqual({ ...source, key: 'local-neglect-audit', name: 'Local neglect audit', version: 1 });
  });

  it('carries over the source’s themes, as they are now, and not its archived ones', () => {
    const store = openStore();
    seedBuiltinFrameworks(store.db, paths.templatesDir);
    const labels = (key: string, archived = false) =>
      (store.sqlite.prepare('SELECT label FROM themes WHERE framework_key = ? AND archived = ? ORDER BY label').all(key, archived ? 1 : 0) as { label: string }[]).map((r) => r.label);
    const shipped = labels('neglect-what-works');
    expect(shipped.length).toBeGreaterThan(3);
    store.sqlite.prepare("INSERT INTO themes (framework_key, label) VALUES ('neglect-what-works', 'Our own theme')").run();
    store.sqlite.prepare("UPDATE themes SET archived = 1 WHERE framework_key = 'neglect-what-works' AND label = ?").run(shipped[0]);
    cloneFramework(store.db, 'neglect-what-works', 'local-neglect-audit', 'Local neglect audit');
    expect(labels('local-neglect-audit')).toEqual([...shipped.slice(1), 'Our own theme'].sort());
    expect(labels('local-neglect-audit', true)).toEqual([]);
    // A refused clone adds no themes either.
    thrown(() => cloneFramework(store.db, 'neglect-what-works', 'Bad Key', 'Name'));
    expect(labels('Bad Key')).toEqual([]);
  });

  it('refuses a key that exists (DUPLICATE_KEY) and changes nothing', () => {
    const store = openStore();
    seedBuiltinFrameworks(store.db, paths.templatesDir);
    const before = listFrameworks(store.db);
    const error = thrown(() => cloneFramework(store.db, 'neglect-what-works', 'neglect-quick-check', 'Clash'));
    expect(error.code).toBe('DUPLICATE_KEY');
    expect(error.message).toContain('neglect-quick-check');
    expect(listFrameworks(store.db)).toEqual(before);
  });

  it('refuses an invalid new key', () => {
    const store = openStore();
    seedBuiltinFrameworks(store.db, paths.templatesDir);
    expect(thrown(() => cloneFramework(store.db, 'neglect-what-works', 'Bad Key', 'Name')).code).toBe('INVALID_FRAMEWORK');
  });
});

describe('import and export', () => {
  it('importing an invalid framework names the path and changes nothing', async () => {
    const store = openStore();
    seedBuiltinFrameworks(store.db, paths.templatesDir);
    const before = listFrameworks(store.db);
    const bad = sampleDefinition();
    bad.domains[1]!.criteria[0]!.key = 'Child Focus!';
    const error = await rejected(importFrameworkText(store.db, JSON.stringify(bad), 'local-audit.json'));
    expect(error.code).toBe('INVALID_FRAMEWORK');
    expect(error.message).toContain('local-audit.json');
    expect(error.message).toContain('domains[1].criteria[0].key');
    expect(listFrameworks(store.db)).toEqual(before);
    expect(count(store, 'framework_versions')).toBe(2);
  });

  it('importing malformed YAML changes nothing', async () => {
    const store = openStore();
    seedBuiltinFrameworks(store.db, paths.templatesDir);
    const before = listFrameworks(store.db);
    expect((await rejected(importFrameworkText(store.db, 'key: [oops', 'local-audit.yaml'))).code).toBe('PARSE_ERROR');
    expect(listFrameworks(store.db)).toEqual(before);
  });

  it('imports a new framework from YAML text', async () => {
    const store = openStore();
    const text = serialiseFramework(sampleDefinition() as never, 'yaml');
    expect(await importFrameworkText(store.db, text, 'fictional.yaml')).toEqual({ key: 'fictional-audit', version: 1, outcome: 'created' });
  });

  it.each(['json', 'yaml'] as const)('export to %s then import is "unchanged"', async (format) => {
    const store = openStore();
    seedBuiltinFrameworks(store.db, paths.templatesDir);
    for (const key of shippedKeys) {
      const text = exportFramework(store.db, key, format);
      expect(await importFrameworkText(store.db, text, `${key}.${format}`)).toEqual({ key, version: 1, outcome: 'unchanged' });
    }
  });

  it('exports an older version on request', () => {
    const store = openStore();
    saveFramework(store.db, sampleDefinition());
    createEvent(store.db, { name: 'Audit (fictional)', frameworkKey: 'fictional-audit' });
    saveFramework(store.db, { ...sampleDefinition(), name: 'Second wording' });
    expect(JSON.parse(exportFramework(store.db, 'fictional-audit', 'json', 1))).toMatchObject({ version: 1, name: 'Fictional audit' });
    expect(JSON.parse(exportFramework(store.db, 'fictional-audit', 'json'))).toMatchObject({ version: 2, name: 'Second wording' });
  });
});
