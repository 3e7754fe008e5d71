import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the server and the console page's scripts (npm run build), as `npm start` does, and
    // makes the migrated database every test's embedded database starts from.
    globalSetup: ['test/fixtures/globalSetup.ts'],
    // Generous: a test that starts server processes must not fail only because the machine is busy.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time: most tests wait on a database, a server or a browser, not the CPU.
    maxWorkers: 2,
    // Files share their worker's loaded modules (botbuilder, PGlite's WASM, the knowledge index):
    // no test relies on module state, and each opens its own database and server.
    isolate: false,
  },
});
