// One migrated database with the shipped frameworks seeded, made once through the real migrations
// and copied for each test that needs an empty database: a copy opens with nothing to migrate or
// seed, which saves most of a test's set-up (and most of a mutant's run in `npm run mutate`).
// The file is kept in the OS temp folder under a name made from everything that decides its
// contents (migrations, shipped frameworks, the code that applies them), so a change to any of
// them makes a new template rather than reusing a stale one.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedBuiltinFrameworks } from '../../../core/frameworks/service';
import { defaultAppPaths } from '../../../core/paths';
import { openDatabase } from '../../../db/open';
import { testKey } from '../../support/test-key';

const inputs = ['db/migrations', 'db/migrations/meta', 'db', 'core/frameworks', 'templates/frameworks'];

function contentsHash(): string {
  const hash = createHash('sha256');
  for (const dir of inputs) {
    for (const name of readdirSync(dir).toSorted()) {
      const path = join(dir, name);
      if (!/\.(sql|json|ts|ya?ml)$/.test(name)) continue;
      hash.update(path).update(readFileSync(path));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

let made: string | undefined;

/** The template's path, made on first use (written under a temporary name, then renamed into place). */
function templatePath(): string {
  if (made && existsSync(made)) return made;
  const dir = join(tmpdir(), 'scrutineer-test-templates');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `empty-${contentsHash()}.db`);
  if (!existsSync(path)) {
    const partial = `${path}.${process.pid}.partial`;
    // As openCore makes a new database: migrated, then the shipped frameworks seeded.
    const paths = defaultAppPaths();
    const store = openDatabase(partial, { migrationsDir: paths.migrationsDir, key: testKey() });
    seedBuiltinFrameworks(store.db, paths.templatesDir);
    // Closing the last connection folds the WAL into the file, so the one file is the whole database.
    store.close();
    renameSync(partial, path);
  }
  made = path;
  return path;
}

/** Copies the migrated, seeded template to `path` (which must not exist yet). */
export function copyTemplateDatabase(path: string): void {
  copyFileSync(templatePath(), path);
}
