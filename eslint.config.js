// Lint rules, including the architecture rule: only electron/ may import electron.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/ may import electron; put logic in core/.' }] },
      ],
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
);
