// The unit-test configuration narrowed to one module's tests for a mutation run: scripts/mutate.js
// passes their globs in MUTATION_TESTS (a JSON list), so each mutant runs against the tests
// that speak for that module only. (mergeConfig would append to the include list, not replace it.)
import { matchesGlob, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from '../../vitest.config';

const include = JSON.parse(process.env.MUTATION_TESTS ?? '[]') as string[];
if (include.length === 0) throw new Error('MUTATION_TESTS is empty: run mutation testing through `npm run mutate`.');

// The project folder (the config sits two levels down), so the globs resolve from there.
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Test files in the order the module's list names them. Stryker runs a mutant's tests one file at a
 * time and stops at the first failure, so a list with its quick files first kills most mutants
 * before a slow file loads (vitest's own order puts the slowest first).
 */
class ListOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const path = relative(root, file.moduleId);
      const at = include.findIndex((glob) => matchesGlob(path, glob));
      return at < 0 ? include.length : at;
    };
    return files.toSorted((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({ ...base, root, test: { ...base.test, root, include, reporters: ['default'], isolate: false, sequence: { sequencer: ListOrder } } });
