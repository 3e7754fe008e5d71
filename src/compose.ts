import type { DestinationStream } from 'pino';
import type { QuestionAnswerer } from '../dialogs/faqResponder.js';
import type { Assistant } from './bot/createAssistant.js';
import { createAssistantAdapter } from './bot/createAssistant.js';
import { configuredHubs } from './bot/handoffHub.js';
import { BotTokenService, resolveSigningSecret } from './channels/directline/tokens.js';
import { proactiveTaxpayerChannel } from './channels/proactiveDelivery.js';
import { serviceUrlPolicy } from './channels/serviceUrls.js';
import { composeAssistant } from './compose/assistant.js';
import { openConfiguredDatabase } from './compose/database.js';
import { forgetRecentStateRows, sqlStores } from './compose/stores.js';
import type { Stores } from './compose/stores.js';
import type { Config } from './config.js';
import { bootstrapConsoleAdmin } from './console/bootstrapAdmin.js';
import { ConsoleAuth } from './console/consoleAuth.js';
import type { LoginThrottle } from './console/loginThrottle.js';
import type { ScryptCost } from './console/passwords.js';
import { RepresentativeDesk } from './console/representativeDesk.js';
import type { Database } from './db/database.js';
import { makePrivateDirectory } from './db/privateDirectory.js';
import { startRetentionJob } from './db/sqlRetention.js';
import type { RetentionJob } from './db/sqlRetention.js';
import { notificationsEnabled, startNotificationWorker } from './handoff/notificationWorker.js';
import type { NotificationWorker } from './handoff/notificationWorker.js';
import type { SendEmail } from './handoff/ports.js';
import type { CaseRelay } from './handoff/relay.js';
import { BilingualKnowledge } from './kb/bilingualKnowledge.js';
import { QueueNotices } from './handoff/queueNotices.js';
import { safeErrorText } from './lib/safeErrorText.js';
import { systemClock } from './lib/clock.js';
import type { Clock } from './lib/clock.js';
import { createLogger } from './lib/log.js';
import type { Logger } from './lib/log.js';
import { stepByStep } from './lib/stepByStep.js';
import { recognizerWarmUpSteps } from './nlu/extract.js';
import { knowledgeDir, knowledgeSnapshotFile } from './paths.js';
import { createHttpServer, registerRoutes } from './server.js';
import type { App } from './server.js';

/**
 * The composition root: every adapter and service is chosen and built here, once, for production
 * (src/index.ts) and for tests alike. src/compose/stores.ts picks the adapters (SQL);
 * src/compose/assistant.ts wires the bot and its middleware, for the server and the dialog tests.
 */
export { composeAssistant } from './compose/assistant.js';
export type { AssistantInputs, AssistantParts } from './compose/assistant.js';
export { consoleAuthFor, sqlStores } from './compose/stores.js';
export type { Stores } from './compose/stores.js';

/** What a caller (a test, a benchmark) may put in place of the configured parts. */
export interface Overrides {
  /** An open database; otherwise the configured one is opened (and closed by close()). */
  db?: Database;
  /** The configured database, already being opened (closed by close(), like one compose opens). */
  openingDb?: Promise<Database>;
  /** Adapters in place of the SQL ones (an in-memory bot state, say). */
  stores?: Partial<Stores>;
  clock?: Clock;
  logger?: Logger;
  /** Where the JSON log lines go (stdout otherwise), when no logger is given. */
  logSink?: DestinationStream;
  knowledge?: QuestionAnswerer;
  /** Secret that signs embedded Direct Line tokens; otherwise TOKEN_SIGNING_SECRET or the one kept in DATA_DIR. */
  tokenSecret?: string;
  /** Console sign-in limits; a default LoginThrottle when absent. */
  loginThrottle?: LoginThrottle;
  /** scrypt cost of console passwords (lower only in tests). */
  scryptCost?: ScryptCost;
  /** Waits before each retry of a representative's message that did not reach the taxpayer. */
  deliveryRetryDelaysMs?: readonly number[];
  /** The case e-mail outbox's backoff: first wait and longest wait. */
  notificationRetry?: { baseMs?: number; maxMs?: number };
  /** How often the e-mail worker looks for due notifications. */
  notificationIntervalMs?: number;
  /** Sends case e-mails (SMTP to SMTP_URL otherwise). */
  sendEmail?: SendEmail;
  /** Start the retention purge and the e-mail worker (default true). */
  backgroundJobs?: boolean;
  retentionIntervalMs?: number;
}

export interface ComposedApp extends App {
  config: Config;
  db: Database;
  logger: Logger;
  stores: Stores;
  relay: CaseRelay;
  /** Tells waiting taxpayers when their place in the queue changes. */
  queueNotices: QueueNotices;
  /** The background jobs started (none when backgroundJobs is false or e-mail is not configured). */
  jobs: { notifier?: NotificationWorker | undefined; retention?: RetentionJob | undefined };
  /** Stops the background jobs, waiting for a running pass (an e-mail being sent, a purge). */
  stopJobs(): Promise<void>;
  /** Stops the jobs, ends every connection, and closes the database if compose opened it. */
  close(): Promise<void>;
  /** Builds what the English amount and date recognizers build on first use, between requests (start-up calls it once listening). */
  warmUp(): Promise<void>;
}

/** Builds the whole application from its configuration: server and routes, bot, stores and background jobs. */
export async function compose(config: Config, overrides: Overrides = {}): Promise<ComposedApp> {
  const logger = overrides.logger ?? createLogger(config.LOG_LEVEL, overrides.logSink);
  const ownsDb = !overrides.db;
  if (ownsDb || !overrides.tokenSecret) makePrivateDirectory(config.DATA_DIR);
  const opening = overrides.db ?? overrides.openingDb ?? openConfiguredDatabase(config, true);
  // Read while the embedded database opens on its own thread (a first start copies it there).
  const knowledge = overrides.knowledge ?? BilingualKnowledge.load(knowledgeDir, knowledgeSnapshotFile);
  const db = await opening;
  const stores: Stores = {
    ...sqlStores(db, { retryBaseMs: overrides.notificationRetry?.baseMs, retryMaxMs: overrides.notificationRetry?.maxMs }),
    ...overrides.stores,
  };
  const clock = overrides.clock ?? systemClock;
  const consoleAuth = new ConsoleAuth(stores.consoleAccounts, overrides.scryptCost);
  if (await bootstrapConsoleAdmin(consoleAuth, config)) logger.info({ username: config.CONSOLE_ADMIN_USER }, 'console account created');
  const tokenSecret = overrides.tokenSecret ?? resolveSigningSecret(config.TOKEN_SIGNING_SECRET, config.DATA_DIR);

  const http = createHttpServer(config, logger);
  const botTokens = new BotTokenService(tokenSecret);
  const { bot, relay, useMiddleware, turns } = composeAssistant({
    stores,
    knowledge,
    clock,
    handoff: { eventChannels: config.HANDOFF_EVENT_CHANNELS, notify: notificationsEnabled(config) },
    isFromHub: configuredHubs(config.HANDOFF_HUB_CHANNELS),
    logger,
  });
  const adapter = createAssistantAdapter(config, logger, config.embeddedChannel ? { url: http.baseUrl, issueToken: () => botTokens.issue() } : undefined);
  useMiddleware(adapter);
  const assistant: Assistant = { adapter, bot, turns };

  const serviceUrls = serviceUrlPolicy({ ownUrl: http.baseUrl, botAuth: Boolean(config.MicrosoftAppId), extraHosts: config.SERVICE_URL_HOSTS });
  const taxpayers = proactiveTaxpayerChannel(assistant, config.MicrosoftAppId ?? '', stores.optOuts, serviceUrls);
  const queueNotices = new QueueNotices(stores.cases, taxpayers, clock, (error) => logger.warn({ error: safeErrorText(error) }, 'queue update not sent'));
  const stopQueueNotices = await stores.caseEvents.subscribe(queueNotices.listener);
  const desk = new RepresentativeDesk(stores.cases, stores.caseRecords, stores.caseEvents, taxpayers, overrides.deliveryRetryDelaysMs ? { retryDelaysMs: overrides.deliveryRetryDelaysMs } : {});
  const app = registerRoutes(http, {
    config,
    database: db,
    assistant,
    tokenSecret,
    botTokens,
    conversations: stores.directLine,
    serviceUrls,
    consoleAuth,
    loginThrottle: overrides.loginThrottle,
    cases: stores.cases,
    caseEvents: stores.caseEvents,
    desk,
    insights: stores.insights,
    clock,
  });

  const jobs: ComposedApp['jobs'] = {};
  if (overrides.backgroundJobs ?? true) {
    if (notificationsEnabled(config)) {
      jobs.notifier = startNotificationWorker({
        outbox: stores.outbox,
        cases: stores.cases,
        // The SMTP client loads only when e-mail is configured.
        send: overrides.sendEmail ?? (await import('./channels/smtpCaseMail.js')).createSmtpCaseMail({ url: config.SMTP_URL, from: config.SMTP_FROM, to: config.PRIORITY_ONE_NOTIFY_TO }),
        logger,
        ...(overrides.notificationIntervalMs ? { intervalMs: overrides.notificationIntervalMs } : {}),
      });
      logger.info({ to: config.PRIORITY_ONE_NOTIFY_TO }, 'case e-mail notifications on');
    }
    jobs.retention = startRetentionJob({ db, days: config.RETENTION_DAYS, logger, clock, afterStatePurged: () => forgetRecentStateRows(db), ...(overrides.retentionIntervalMs ? { intervalMs: overrides.retentionIntervalMs } : {}) });
  }
  const stopJobs = async () => {
    await Promise.all([jobs.notifier?.stop(), jobs.retention?.stop()]);
  };
  const close = async () => {
    stopQueueNotices();
    await stopJobs();
    app.closeStreams();
    await new Promise<void>((resolve) => {
      app.server.close(() => resolve());
      app.server.server.closeAllConnections();
    });
    if (ownsDb) await db.close();
  };
  const warmUp = () => stepByStep(recognizerWarmUpSteps);
  return { ...app, config, db, logger, stores, relay, queueNotices, jobs, stopJobs, close, warmUp };
}
