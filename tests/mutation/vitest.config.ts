// The unit-test configuration narrowed to one module's tests for a mutation run: scripts/mutate.js
// passes their globs in MUTATION_TESTS (a JSON list), so each mutant runs against the tests
// that speak for that module only. (mergeConfig would append to the include list, not replace it.)
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

const include = JSON.parse(process.env.MUTATION_TESTS ?? '[]') as string[];
if (include.length === 0) throw new Error('MUTATION_TESTS is empty: run mutation testing through `npm run mutate`.');

// The project folder (the config sits two levels down), so the globs resolve from there.
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({ ...base, root, test: { ...base.test, root, include, reporters: ['default'], isolate: false } });
