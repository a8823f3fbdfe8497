// @ts-check
/**
 * Lint: typescript-eslint's recommended rules, and the layers (docs/architecture.md) as import rules:
 * the core imports no LSP, no Node built-ins and nothing outside core/; outside core/, only the core's
 * front door (server/src/core/index.ts) is imported.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'url',
  'vm',
  'v8',
  'child_process',
  'worker_threads',
  'process',
  'crypto',
  'http',
  'https',
  'net',
  'stream',
  'util',
  'events',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'server/src/core/schema/compiled.generated.ts',
      'node_modules/**',
      '.cache/**',
      '**/scratch/**',
      'test/fixtures/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_BUILTINS.map((name) => ({
              name,
              message: 'The core is pure: no Node built-ins (read files in server/src/node/).',
            })),
            { name: 'vscode-languageserver', message: 'Only server/src/lsp/ speaks LSP.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'The core is pure: no Node built-ins.' },
            { group: ['vscode-languageserver*', 'vscode-*'], message: 'Only server/src/lsp/ speaks LSP.' },
            {
              group: ['../../lsp/*', '../../node/*', '../../cli/*', '../lsp/*', '../node/*', '../cli/*'],
              message: 'The core imports nothing outside core/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'server/src/lsp/**/*.ts',
      'server/src/cli/**/*.ts',
      'server/src/node/**/*.ts',
      'server/src/report/**/*.ts',
      'client/src/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+core/.+',
              message: 'Import the core through its front door: server/src/core/index.ts (`../core`).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**', 'client/manifest.mjs', 'esbuild.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
