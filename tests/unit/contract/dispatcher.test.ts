// The dispatcher behind every transport, driven through openCore on a real database: unknown
// calls, invalid input, user errors and internal errors all come back as data.
import { afterEach, describe, expect, it } from 'vitest';
import { testKey } from '../../support/test-key';
import { openCore, type CoreApp } from '../../../core/app';
import { contract } from '../../../core/contract/contract';
import { createDispatcher } from '../../../core/contract/dispatcher';
import { callNames, isCallName, type CallResult } from '../../../core/contract/names';
import { handlers, type HandlerContext, type Host } from '../../../core/handlers';
import { loadMigrations } from '../../../db/migrations';
import { defaultAppPaths } from '../../../core/paths';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDbPath } from '../helpers/temp';
import { sampleDefinition } from '../frameworks/fixtures';

interface Harness {
  core: CoreApp;
  internalErrors: unknown[];
  path: string;
}

const cores: CoreApp[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) if (core.store.sqlite.open) core.close();
});

function start(): Harness {
  const internalErrors: unknown[] = [];
  const host: Host = {
    transport: 'web',
    appVersion: '9.9.9-test',
    openPath: async () => false,
  };
  const path = tempDbPath();
  const core = openCore({ databasePath: path, key: testKey(), host, onInternalError: (e) => void internalErrors.push(e) });
  cores.push(core);
  return { core, internalErrors, path };
}

function failure(result: CallResult<unknown>) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error('unreachable');
  return result.error;
}

function value<T = unknown>(result: CallResult<unknown>): T {
  expect(result.ok, JSON.stringify(result)).toBe(true);
  if (!result.ok) throw new Error('unreachable');
  return result.value as T;
}

describe('the contract', () => {
  it('has a schema for every call name and a name for every schema', async () => {
    expect(Object.keys(contract).toSorted()).toEqual([...callNames].toSorted());
    expect(new Set(callNames).size).toBe(callNames.length);
  });

  it('has a handler for every call name and nothing else', async () => {
    expect(Object.keys(handlers).toSorted()).toEqual([...callNames].toSorted());
  });

  it('isCallName accepts only the listed names', async () => {
    for (const name of callNames) expect(isCallName(name)).toBe(true);
    for (const name of ['frameworks', 'frameworks.delete', 'FRAMEWORKS.LIST', '', 42, null, undefined, {}, 'toString', '__proto__'])
      expect(isCallName(name), String(name)).toBe(false);
  });
});

describe('dispatch through openCore', () => {
  it('refuses an unknown call name as data (UNKNOWN_CALL)', async () => {
    const { core } = start();
    for (const name of ['frameworks.delete', 'constructor', '__proto__', 7, undefined]) {
      const error = failure(await core.dispatch(name, {}));
      expect(error.code).toBe('UNKNOWN_CALL');
      expect(error.message).toMatch(/^Unknown call /);
    }
  });

  it('answers frameworks.list with the seeded frameworks', async () => {
    const { core } = start();
    const rows = value<{ key: string; criteriaCount: number }[]>(await core.dispatch('frameworks.list', {}));
    expect(rows.map((r) => [r.key, r.criteriaCount]).toSorted()).toEqual([
      ['neglect-quick-check', 5],
      ['neglect-what-works', 13],
    ]);
  });

  it('treats missing input as an empty object', async () => {
    const { core } = start();
    expect(value<unknown[]>(await core.dispatch('frameworks.list', undefined))).toHaveLength(2);
  });

  it('answers app.info from the store and the host', async () => {
    const { core, path } = start();
    expect(value(await core.dispatch('app.info', {}))).toEqual({
      appVersion: '9.9.9-test',
      databasePath: path,
      schemaVersion: loadMigrations(defaultAppPaths().migrationsDir).length,
      transport: 'web',
      backupPath: null,
    });
  });

  it('round trips settings', async () => {
    const { core } = start();
    expect(value(await core.dispatch('settings.get', {}))).toEqual({ userName: '' });
    expect(value(await core.dispatch('settings.update', { userName: '  Jo Example ' }))).toEqual({ userName: 'Jo Example' });
    expect(value(await core.dispatch('settings.get', {}))).toEqual({ userName: 'Jo Example' });
  });
});

describe('invalid input (INVALID_INPUT)', () => {
  it.each([
    ['frameworks.get', { key: 5 }, 'key'],
    ['frameworks.get', { key: 'neglect-what-works', version: 0 }, 'version'],
    ['frameworks.get', { key: 'neglect-what-works', version: 1.5 }, 'version'],
    ['frameworks.export', { key: 'neglect-what-works', format: 'xml' }, 'format'],
    ['frameworks.clone', { key: 'neglect-what-works', newKey: 'x' }, 'newName'],
    ['settings.update', { userName: 'x'.repeat(121) }, 'userName'],
    ['files.export', { call: 'settings.update', input: {} }, 'call'],
  ] as const)('%s with %j names the field %s', async (name, input, field) => {
    const { core } = start();
    const error = failure(await core.dispatch(name, input));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(new RegExp(`^Invalid input for ${name.replace('.', '\\.')}: ${field}: `));
    expect(error.problems?.map((p) => p.path)).toContain(field);
  });

  it('refuses extra fields (schemas are strict) and names them', async () => {
    const { core } = start();
    const error = failure(await core.dispatch('frameworks.get', { key: 'neglect-what-works', sneaky: true }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('sneaky');
    const onNothing = failure(await core.dispatch('app.info', { extra: 1 }));
    expect(onNothing.code).toBe('INVALID_INPUT');
    expect(onNothing.message).toContain('extra');
  });

  it('refuses a non-object input', async () => {
    const { core } = start();
    expect(failure(await core.dispatch('frameworks.get', 'neglect-what-works')).code).toBe('INVALID_INPUT');
  });

  it('changes nothing on invalid input', async () => {
    const { core } = start();
    failure(await core.dispatch('settings.update', { userName: 'Jo', admin: true }));
    expect(value(await core.dispatch('settings.get', {}))).toEqual({ userName: '' });
  });
});

describe('errors from handlers', () => {
  it('returns a UserError as data with its code and message', async () => {
    const { core, internalErrors } = start();
    const error = failure(await core.dispatch('frameworks.get', { key: 'no-such-framework' }));
    expect(error).toEqual({ code: 'NOT_FOUND', message: 'No framework has the key "no-such-framework".' });
    expect(internalErrors).toEqual([]);
  });

  it('passes validation problems along with an INVALID_FRAMEWORK error', async () => {
    const { core } = start();
    const bad = sampleDefinition();
    bad.domains[0]!.criteria[1]!.key = 'Child Focus!';
    const error = failure(await core.dispatch('frameworks.save', { framework: bad }));
    expect(error.code).toBe('INVALID_FRAMEWORK');
    expect(error.problems).toEqual([expect.objectContaining({ path: 'domains[0].criteria[1].key' })]);
  });

  it('saves, clones and exports through the contract', async () => {
    const { core } = start();
    expect(value(await core.dispatch('frameworks.save', { framework: sampleDefinition() }))).toEqual({ key: 'fictional-audit', version: 1, outcome: 'created' });
    expect(failure(await core.dispatch('frameworks.clone', { key: 'fictional-audit', newKey: 'neglect-what-works', newName: 'Clash' })).code).toBe('DUPLICATE_KEY');
    const exported = value<{ fileName: string; text: string; mimeType: string }>(await core.dispatch('frameworks.export', { key: 'fictional-audit', format: 'json' }));
    expect(exported.fileName).toBe('fictional-audit-v1.json');
    expect(exported.mimeType).toBe('application/json');
    expect(value(await core.dispatch('frameworks.import', { fileName: exported.fileName, text: exported.text }))).toEqual({
      key: 'fictional-audit',
      version: 1,
      outcome: 'unchanged',
    });
  });

  it('hides an unexpected exception as INTERNAL without its message, logs its stack in the data folder and reports it to the host', async () => {
    const { core, internalErrors } = start();
    core.close();
    const error = failure(await core.dispatch('frameworks.list', {}));
    expect(error.code).toBe('INTERNAL');
    const logPath = join(dirname(core.store.path), 'scrutineer-errors.log');
    expect(error.message).toBe(
      `Scrutineer hit an internal error (a fault in Scrutineer, not something you did); nothing was changed by this request. The details were written to ${logPath}.`,
    );
    expect(internalErrors).toHaveLength(1);
    expect(error.message).not.toContain((internalErrors[0] as Error).message);
    const log = readFileSync(logPath, 'utf8');
    expect(log).toContain('call frameworks.list');
    expect(log).toContain((internalErrors[0] as Error).message);
    expect(log).toMatch(/\n\s+at /);
  });

  it('hides the message of any thrown non-UserError (createDispatcher directly)', async () => {
    const seen: unknown[] = [];
    const secret = 'SQLITE_CORRUPT at /home/fictional-user/private/path';
    const throwing = {
      ...handlers,
      'frameworks.list': () => {
        throw new Error(secret);
      },
    };
    const dispatch = createDispatcher(throwing, {} as HandlerContext, (e) => void seen.push(e));
    const result = await dispatch('frameworks.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
    expect(JSON.stringify(result)).not.toContain('fictional-user');
    expect((seen[0] as Error).message).toBe(secret);
  });

  it('still works without an onInternalError callback', async () => {
    const dispatch = createDispatcher({ ...handlers, 'app.info': () => { throw new TypeError('boom'); } }, {} as HandlerContext);
    expect(failure(await dispatch('app.info', {})).code).toBe('INTERNAL');
  });
});

