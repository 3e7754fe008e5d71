import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig } from './config.js';
import { resolveSigningSecret } from './channels/directline/tokens.js';
import { createSmtpSender } from './channels/smtpCaseMail.js';
import { bootstrapConsoleAdmin } from './console/bootstrapAdmin.js';
import { SqlCaseStore } from './db/sqlCaseStore.js';
import { SqlNotificationOutbox } from './db/sqlNotificationOutbox.js';
import { openDatabase } from './db/open.js';
import { makePrivateDirectory } from './db/privateDirectory.js';
import { startRetentionJob } from './db/sqlRetention.js';
import { notificationsEnabled, startNotificationWorker } from './handoff/notificationWorker.js';
import { loadProjectKnowledge } from './kb/knowledgeBase.js';
import { KnowledgeError } from './kb/parseEntry.js';
import { KnowledgeSearch } from './kb/search.js';
import { drainAndClose } from './lifecycle.js';
import { createLogger } from './lib/log.js';
import { createServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  makePrivateDirectory(config.DATA_DIR);
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: join(config.DATA_DIR, 'db') });
  if (await bootstrapConsoleAdmin(db, config)) logger.info({ username: config.CONSOLE_ADMIN_USER }, 'console account created');
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
  const notifier = notificationsEnabled(config)
    ? startNotificationWorker({
        outbox: new SqlNotificationOutbox(db),
        cases: new SqlCaseStore(db),
        send: createSmtpSender({ url: config.SMTP_URL, from: config.SMTP_FROM, to: config.PRIORITY_ONE_NOTIFY_TO }),
        logger,
      })
    : undefined;
  if (notifier) logger.info({ to: config.PRIORITY_ONE_NOTIFY_TO }, 'case e-mail notifications on');
  const retention = startRetentionJob({ db, days: config.RETENTION_DAYS, logger });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // The database closes only once an e-mail being sent has been recorded and a purge has stopped.
    const workersStopped = Promise.all([notifier?.stop(), retention.stop()]);
    drainAndClose(app, { ...db, close: () => workersStopped.then(() => db.close()) }, logger, config.DRAIN_TIMEOUT_MS).then(
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
