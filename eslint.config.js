import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/', 'src/channels/page/', 'vendor/'] },
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
  // Layers: imports point down only (README "Architecture"). The composition root (src/compose.ts),
  // src/index.ts, src/server.ts and the scripts may import anything.
  ...layerFences(),
);

function layerFences() {
  const SDK = ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify', 'pg', '@electric-sql/*', 'nodemailer'];
  const APP = ['**/config.js', '**/compose.js', '**/compose/**', '**/server.js', '**/paths.js', '**/lifecycle.js'];
  // The console's wire contract imports nothing (fenced above), so every layer may share it.
  const TRANSPORT = ['**/http/**', '**/channels/**', '**/console/*.js', '**/console/page/**'];
  const ABOVE_DOMAIN = ['**/dialogs/**', '**/bot/**', '**/render/**', '**/db/**', ...TRANSPORT, ...APP];
  /** @param {string[]} files @param {string} group @param {string[]} patterns */
  const fence = (files, group, patterns) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: `${group}: imports point down only (see README, Architecture).` }] }] },
  });
  return [
    // Domain: no SDK, database or environment; inside it nlu and handoff may use calc, never the reverse.
    fence(['src/calc/**'], 'calc is the bottom of the domain', [...SDK, ...ABOVE_DOMAIN, '**/nlu/**', '**/kb/**', '**/handoff/**', '**/privacy/**']),
    fence(['src/privacy/**'], 'privacy is the bottom of the domain', [...SDK, ...ABOVE_DOMAIN, '**/nlu/**', '**/kb/**', '**/handoff/**', '**/calc/**']),
    fence(['src/nlu/**'], 'nlu may use calc only', [...SDK, ...ABOVE_DOMAIN, '**/kb/**', '**/handoff/**']),
    fence(['src/kb/**'], 'kb may use privacy only', [...SDK, ...ABOVE_DOMAIN, '**/nlu/**', '**/handoff/**']),
    fence(['src/handoff/**'], 'handoff states its ports in its own types', [...SDK, ...ABOVE_DOMAIN, '**/nlu/**', '**/kb/**']),
    fence(['src/insights/**'], 'insights states its ports in its own types', [...SDK, ...ABOVE_DOMAIN, '**/nlu/**', '**/kb/**', '**/handoff/**']),
    fence(['src/satisfaction/**'], 'satisfaction states its ports in its own types', [...SDK, ...ABOVE_DOMAIN, '**/nlu/**', '**/kb/**', '**/handoff/**']),
    fence(['src/lib/**'], 'src/lib depends on nothing of ours', ['../**', ...SDK]),
    // Adapters implement ports and import only ports, domain and lib.
    fence(['src/db/**'], 'adapters import ports, domain and lib only', ['restify', '**/dialogs/**', '**/bot/**', '**/render/**', ...TRANSPORT, ...APP]),
    fence(['src/render/**'], 'rendering sits below the dialogs', ['restify', 'pg', '@electric-sql/*', '**/dialogs/**', '**/bot/**', '**/db/**', ...TRANSPORT, ...APP]),
    fence(['dialogs/**'], 'dialogs call domain code and ports', ['restify', 'pg', '@electric-sql/*', '**/src/bot/**', '**/src/db/**', '**/src/http/**', '**/src/channels/**', '**/src/console/**', ...APP]),
    fence(['src/bot/**'], 'the bot gets its stores from the composition root', ['restify', 'pg', '@electric-sql/*', '**/db/**', ...TRANSPORT, ...APP]),
    // The transport's shared base: channels and console build on it, never the reverse.
    fence(['src/http/**'], 'src/http is the transport base', ['**/channels/**', '**/console/**', '**/bot/**', '**/dialogs/**', '**/db/**', '**/compose.js', '**/compose/**', '**/server.js']),
    // Channels and the console get their stores from the composition root, never from src/db.
    fence(['src/channels/**', 'src/console/**'], 'adapters are chosen in src/compose.ts', ['**/db/**', '**/compose.js', '**/compose/**', '**/server.js']),
  ];
}
