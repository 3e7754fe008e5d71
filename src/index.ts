import { performance } from 'node:perf_hooks';
import { compose } from './compose.js';
import { ConfigError, loadConfig } from './config.js';
import { KnowledgeError } from './kb/parseEntry.js';
import { drainAndClose } from './lifecycle.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await compose(config);
  const { logger } = app;
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.PORT, config.HOST, resolve);
  });
  logger.info(
    { url: app.baseUrl(), database: app.db.engine, channel: config.embeddedChannel ? 'embedded Direct Line' : 'Azure Direct Line', startupMs: Math.round(performance.now()) },
    'ready',
  );

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
  const message = error instanceof ConfigError || error instanceof KnowledgeError ? error.message : `Could not start: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
