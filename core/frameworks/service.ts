// Framework use cases over the store: list, show, save under the versioning rule, clone, import,
// export and seeding of the shipped templates.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Queryable as Db } from '../../db/open';
import * as q from '../../db/queries/frameworks';
import { insertTheme, themesOf } from '../../db/queries/themes';
import { writeTransaction } from '../../db/write';
import { UserError } from '../../model/errors';
import { validateFramework, type FrameworkDefinition } from '../../model/framework';
import { describeProblems, firstProblems } from '../../model/problems';
import { readBounded } from '../files/bounded-reader';
import { readFrameworkFile, serialiseFramework, type FrameworkFormat } from './files';
import type { FrameworkDetail, FrameworkListItem, SaveResult } from '../contract/types';

/** Identity of the content, ignoring the version number itself. */
export function contentHash(fw: FrameworkDefinition): string {
  const { version: _version, ...content } = fw;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export function listFrameworks(db: Db): FrameworkListItem[] {
  return q.listLatest(db).map(({ versionId: _internal, ...row }) => row);
}

export function getFramework(db: Db, key: string, version?: number): FrameworkDetail {
  const ref = q.findVersion(db, key, version);
  if (!ref) {
    throw new UserError(
      version === undefined ? `No framework has the key "${key}".` : `Framework "${key}" has no version ${version}.`,
      'NOT_FOUND',
    );
  }
  return {
    framework: q.loadDefinition(db, ref.versionId),
    builtin: q.isBuiltin(db, key),
    eventCount: q.countEventsUsingVersion(db, ref.versionId),
    versions: q.listVersions(db, key),
  };
}

/**
 * The versioning rule: a framework that no event uses is edited in place; once an event uses the
 * latest version, a save makes version n+1 and the event keeps the version it started with.
 */
export function saveFramework(db: Db, input: unknown, options: { builtin?: boolean; mustBeNew?: boolean } = {}): SaveResult {
  const result = validateFramework(input);
  if (!result.ok) throw new UserError(`The framework is not valid: ${describeProblems(result.problems)}`, 'INVALID_FRAMEWORK', firstProblems(result.problems));
  const fw = result.framework;
  const hash = contentHash(fw);
  return writeTransaction(db, (tx) => {
    const latest = q.findVersion(tx, fw.key);
    if (!latest) {
      const frameworkId = q.insertFramework(tx, fw.key, options.builtin ?? false);
      q.insertVersion(tx, frameworkId, 1, { ...fw, version: 1 }, hash);
      return { key: fw.key, version: 1, outcome: 'created' as const };
    }
    if (options.mustBeNew) throw new UserError(`A framework with the key "${fw.key}" already exists.`, 'DUPLICATE_KEY');
    if (latest.contentHash === hash) return { key: fw.key, version: latest.version, outcome: 'unchanged' as const };
    if (q.countEventsUsingVersion(tx, latest.versionId) > 0) {
      const version = latest.version + 1;
      q.insertVersion(tx, latest.frameworkId, version, { ...fw, version }, hash);
      return { key: fw.key, version, outcome: 'new-version' as const };
    }
    q.replaceVersionContent(tx, latest.versionId, { ...fw, version: latest.version }, hash);
    return { key: fw.key, version: latest.version, outcome: 'updated' as const };
  });
}

/** A copy under a new key, with the source's themes (not archived ones): a partnership's coding carries over. */
export function cloneFramework(db: Db, sourceKey: string, newKey: string, newName: string): SaveResult {
  const { framework } = getFramework(db, sourceKey);
  return writeTransaction(db, (tx) => {
    const saved = saveFramework(tx, { ...framework, key: newKey, name: newName, version: 1 }, { mustBeNew: true });
    for (const theme of themesOf(tx, sourceKey)) if (!theme.archived) insertTheme(tx, newKey, theme.label);
    return saved;
  });
}

/** Parsed and validated off the main thread, under the reading limits; saved here. */
export async function importFrameworkText(db: Db, text: string, fileName: string): Promise<SaveResult> {
  return saveFramework(db, await readBounded('framework', { text, fileName }));
}

export function exportFramework(db: Db, key: string, format: FrameworkFormat, version?: number): string {
  return serialiseFramework(getFramework(db, key, version).framework, format);
}

/** Adds the frameworks shipped in templates/frameworks that the database does not have yet. */
export function seedBuiltinFrameworks(db: Db, templatesDir: string): string[] {
  const dir = join(templatesDir, 'frameworks');
  const added: string[] = [];
  for (const name of readdirSync(dir).toSorted()) {
    if (!/\.(json|ya?ml)$/i.test(name)) continue;
    const fw = readFrameworkFile(join(dir, name));
    if (q.findFrameworkId(db, fw.key) !== undefined) continue;
    saveFramework(db, fw, { builtin: true });
    added.push(fw.key);
  }
  return added;
}
