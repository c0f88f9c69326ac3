import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/results.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Dependencies point inward: shared/ is pure and runs anywhere (Node, renderer, main process).
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import from renderer/ or electron/.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'dexie', 'dexie-*', 'recharts', 'electron'], message: 'shared/ is pure: no UI, storage or Electron libraries.' },
          { group: ['node:*', ...NODE_BUILTINS], message: 'shared/ must not use Node APIs.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', 'electron'], message: 'The renderer reaches the desktop only through renderer/platform.' },
          { group: ['node:*', ...NODE_BUILTINS], message: 'The renderer runs sandboxed: no Node APIs.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', 'dexie'], message: 'The desktop shell does not import the renderer.' }],
      }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{mjs,ts}', 'electron/**/*.test.ts'],
    rules: { 'no-console': 'off' },
  },
);
