// Lint rules, including the architecture walls (tests/unit/architecture shows each one catching a
// planted import):
// - only electron/ may import electron;
// - renderer/: reaches the core only through @contract (and @model), never core/ or db/ or Node;
// - model/: pure domain code for both sides, so no Node, core/, db/, the contract or React;
// - db/: may use model/, never core/;
// - the contract (core/contract) may use only itself, model/ and zod, so the renderer can read it.
import tseslint from 'typescript-eslint';

const electron = { name: 'electron', message: 'Only electron/ may import electron; put logic in core/.' };
const nodeBuiltins = { regex: '^node:', message: 'Node built-ins are not available here.' };
const restrict = (...patterns) => ['error', { paths: [electron], patterns }];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', 'reports/**', '.stryker-tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': restrict(),
      // A deferred transaction that reads before it writes fails at once with SQLITE_BUSY when
      // another process writes; writeTransaction begins IMMEDIATE so busy_timeout applies.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Begin write transactions with writeTransaction or writeTransactionRaw (db/write.ts): BEGIN IMMEDIATE.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: '(^|/)(core|db|cli|server|electron)(/|$)', message: 'The renderer reaches the core only through @contract/... (and @model/...).' },
        { regex: '^(\\.\\./)+model(/|$)', message: 'Import pure domain code as @model/...' },
        nodeBuiltins,
        { regex: '^(better-sqlite3|drizzle-orm|exceljs|docx|vega|vega-lite|@resvg/resvg-js|iconv-lite|papaparse)(/|$)', message: 'Node-side libraries stay in core/ and db/.' },
      ),
    },
  },
  {
    files: ['model/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        nodeBuiltins,
        { regex: '(^|/)(core|db|renderer|cli|server|electron)(/|$)', message: 'model/ is pure domain code: no core/, db/ or UI.' },
        { regex: '^@contract(/|$)', message: 'model/ is pure domain code: the contract builds on it, not the other way.' },
        { regex: '^(react|react-dom)(/|$)', message: 'model/ holds no React.' },
        { regex: '^(better-sqlite3|drizzle-orm)(/|$)', message: 'model/ holds no database code.' },
      ),
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: '(^|/)(core|renderer|cli|server)(/|$)', message: 'db/ may use model/ but never core/ (core builds on db, not the other way).' },
        { regex: '^@contract(/|$)', message: 'db/ may use model/ but never the contract.' },
      ),
    },
  },
  {
    files: ['core/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: '^\\.\\./(?!\\.\\./model/)', message: 'The contract may import only its own folder, model/ and zod, so the renderer can read it.' },
        nodeBuiltins,
      ),
    },
  },
);
