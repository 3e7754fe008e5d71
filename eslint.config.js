import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/', 'src/channels/page/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // restify tells handlers apart by being async, so some async handlers have nothing to await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.ts.' }],
    },
  },
  {
    // Test matchers (expect.any, expect.stringMatching) are typed any.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The console page runs in the browser: typed with its own tsconfig (lib DOM, no Node types).
    files: ['src/console/page/**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: './src/console/page/tsconfig.json' } },
  },
  {
    // The console page loads in the browser only its own modules and the contract it shares with the server.
    files: ['src/console/page/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!(\\./|\\.\\./contract/)[A-Za-z]+\\.js$)', message: 'The console page imports only its own modules and ../contract/.' }] }],
    },
  },
  {
    // The console API's contract runs on the server and in the browser: plain types and constants, importing only each other.
    files: ['src/console/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\./[A-Za-z]+\\.js$)', message: 'The console contract imports only other contract files (./name.js): no Node, DOM or libraries.' }] }],
    },
  },
  {
    files: ['src/config.ts', 'test/**', 'bench/**', 'vitest.config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/calc/**', 'src/kb/**', 'src/privacy/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'restify', 'pg', '@electric-sql/*', '**/db/**'] }],
    },
  },
);
