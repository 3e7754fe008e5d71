import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Compiles the console page's scripts (dist/console-page/), which the server serves.
    globalSetup: ['test/fixtures/buildConsolePage.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // restify's spdy dependency touches a deprecated Node API on import; the warning is noise.
    execArgv: ['--disable-warning=DEP0111'],
  },
});
