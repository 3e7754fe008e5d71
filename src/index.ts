import module from 'node:module';
import { performance } from 'node:perf_hooks';
import { openConfiguredDatabase } from './compose/database.js';
import { ConfigError, loadConfig } from './config.js';

// Node 22 and later keep the compiled modules between starts (os.tmpdir()/node-compile-cache); Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

async function main(): Promise<void> {
  // The settings are checked before the application's modules load (about a second), so a wrong one is reported at once.
  const config = loadConfig();
  // The embedded database opens on its own thread while the application's modules load.
  const openingDb = openConfiguredDatabase(config, true);
  openingDb.catch(() => undefined); // compose reports a failure to open
  const [{ compose }, { drainAndClose }] = await Promise.all([import('./compose.js'), import('./lifecycle.js')]);
  const app = await compose(config, { openingDb });
  const { logger } = app;
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.PORT, config.HOST, resolve);
  });
  logger.info(
    { url: app.baseUrl(), database: app.db.engine, channel: config.embeddedChannel ? 'embedded Direct Line' : 'Azure Direct Line', startupMs: Math.round(performance.now()) },
    'ready',
  );
  void app.warmUp();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // The database closes only once an e-mail being sent has been recorded and a purge has stopped.
    const workersStopped = app.stopJobs();
    drainAndClose(app, () => workersStopped.then(() => app.db.close()), logger, config.DRAIN_TIMEOUT_MS).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  // A KnowledgeError (src/kb/parseEntry.ts) lists the knowledge base's problems; its module loads with the application's.
  const told = error instanceof ConfigError || (error instanceof Error && error.name === 'KnowledgeError');
  const message = told ? (error as Error).message : `Could not start: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
