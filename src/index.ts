import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig } from './config.js';
import { resolveSigningSecret } from './channels/directline/tokens.js';
import { openDatabase } from './db/open.js';
import { loadProjectKnowledge } from './kb/knowledgeBase.js';
import { KnowledgeError } from './kb/parseEntry.js';
import { KnowledgeSearch } from './kb/search.js';
import { drainAndClose } from './lifecycle.js';
import { createLogger } from './log.js';
import { createServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: join(config.DATA_DIR, 'db') });
  const knowledge = new KnowledgeSearch(loadProjectKnowledge());
  const app = createServer({ config, db, logger, knowledge, tokenSecret: resolveSigningSecret(config.TOKEN_SIGNING_SECRET, config.DATA_DIR) });
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.PORT, config.HOST, resolve);
  });
  logger.info(
    { url: app.baseUrl(), database: db.engine, channel: config.embeddedChannel ? 'embedded Direct Line' : 'Azure Direct Line', startupMs: Math.round(performance.now()) },
    'ready',
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    drainAndClose(app, db, logger, config.DRAIN_TIMEOUT_MS).then(
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
