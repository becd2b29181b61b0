// Lint: typed rules for the async code of the extension (no floating promises), and the
// architecture: the engine never imports vscode or node I/O; extension code reads files through
// the VS Code file system, not fs. No regular expression may backtrack super-linearly
// (eslint-plugin-regexp analyses each one: the hangs of issue 12 were such expressions).
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/** Node's file, process and network modules: the engine never imports them, the extension reads through VS Code. */
const NODE_IO = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
  'http',
  'https',
  'node:http',
  'node:https',
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '**/*.cjs', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Prettier wraps code at 140; comments and strings it cannot wrap are held to 150 here.
      'max-len': ['error', { code: 150, ignoreUrls: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No eval or new Function.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode', ...NODE_IO],
          patterns: ['../extension/*', '../cli/*', '../knowledge/*'],
        },
      ],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_IO,
        },
      ],
    },
  },
);
