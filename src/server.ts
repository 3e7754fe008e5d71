import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { Request, Response, Server } from 'restify';
import { createAssistant } from './bot/createAssistant.js';
import { registerMessagesRoute } from './channels/messagesRoute.js';
import type { Assistant } from './bot/createAssistant.js';
import { httpBotEndpoint } from './channels/directline/botEndpoint.js';
import { ConversationStore } from './db/sqlDirectLineConversations.js';
import { DirectLineService } from './channels/directline/directLineService.js';
import { registerDirectLineRoutes } from './channels/directline/routes.js';
import { BotTokenService, TokenService } from './channels/directline/tokens.js';
import { DeliveryTokenService } from './channels/directline/deliveryTokens.js';
import { embeddedChannelGate } from './channels/directline/embeddedGate.js';
import { serviceUrlPolicy } from './channels/serviceUrls.js';
import { registerTokenRoute } from './channels/tokenRoute.js';
import { registerWebChatPage } from './channels/webChatPage.js';
import { consoleAuthFor } from './console/bootstrapAdmin.js';
import { proactiveTaxpayerChannel } from './channels/proactiveDelivery.js';
import { registerCaseRoutes } from './console/caseRoutes.js';
import { registerConsolePage } from './console/consolePage.js';
import { RepresentativeDesk } from './console/representativeDesk.js';
import { sameOriginGuard } from './console/sameOrigin.js';
import { DatabaseCaseEvents } from './db/sqlCaseEvents.js';
import { SqlCaseRecords } from './db/sqlCaseRecords.js';
import { registerConsoleRoutes } from './console/consoleRoutes.js';
import type { LoginThrottle } from './console/loginThrottle.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { KnowledgeLogStore } from './db/sqlKnowledgeLog.js';
import { SmsOptOutStore } from './db/sqlSmsOptOuts.js';
import { SqlStateStorage } from './db/sqlStateStorage.js';
import { SqlCaseStore, SqlConversationLog } from './db/sqlCaseStore.js';
import { notificationsEnabled } from './handoff/notificationWorker.js';
import { jsonBody } from './http/jsonBody.js';
import { CaseRelay } from './handoff/relay.js';
import { systemClock } from './lib/clock.js';
import type { KnowledgeSearch } from './kb/search.js';
import { guarded } from './http/guarded.js';
import { OwnDeliveries } from './http/ownDeliveries.js';
import { requestLimits } from './http/requestLimits.js';
import { baseSecurityHeaders } from './http/securityHeaders.js';
import { HttpError } from './http/errors.js';
import { conversationOf } from './http/requestContext.js';
import type { Logger } from './lib/log.js';

export const MAX_BODY_BYTES = 256 * 1024;
export const BOT_NAME = 'DRS Tax Assistant';

export interface ServerDeps {
  config: Config;
  db: Database;
  logger: Logger;
  /** Secret that signs embedded Direct Line tokens (see resolveSigningSecret). */
  tokenSecret: string;
  /** The knowledge search, built once at start-up. */
  knowledge: KnowledgeSearch;
  /** Console sign-in limits; a default LoginThrottle when absent. */
  loginThrottle?: LoginThrottle;
}

export interface App {
  server: Server;
  assistant: Assistant;
  /** Requests being handled right now (turns included). */
  inFlight: () => number;
  /** The base URL this instance answers on once listening (PUBLIC_URL wins when set). */
  baseUrl: () => string;
  /** Ends the consoles' event streams (they would otherwise hold a drain open). */
  closeStreams: () => void;
}

/** Builds the HTTP app; the caller decides where (and whether) it listens. */
export function createServer(deps: ServerDeps): App {
  const { config, db, logger } = deps;
  // restify's own messages go to the same (redacting) log as ours.
  const restifyLog = logger.child({ component: 'restify' }) as unknown as restify.ServerOptions['log'];
  const server = restify.createServer({ name: 'ct-taxpayer-assistant', handleUncaughtExceptions: false, log: restifyLog });
  const localUrl = () => {
    const address = server.address() as AddressInfo | null;
    return `http://127.0.0.1:${address?.port ?? config.PORT}`;
  };
  const baseUrl = () => config.PUBLIC_URL ?? localUrl();

  let active = 0;
  server.pre((req, res, next) => {
    active += 1;
    res.once('close', () => (active -= 1));
    res.header('x-request-id', req.id());
    next();
  });
  server.pre(baseSecurityHeaders);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(...jsonBody(MAX_BODY_BYTES));
  const ownDeliveries = new OwnDeliveries();
  server.use(requestLimits({
    perAddress: config.RATE_LIMIT_PER_ADDRESS,
    perConversation: config.RATE_LIMIT_PER_CONVERSATION,
    botAuth: Boolean(config.MicrosoftAppId),
    ownDeliveries,
  }));
  server.on('after', (req: Request, res: Response) => {
    const polling = req.method === 'GET' && res.statusCode < 400;
    logger[polling ? 'debug' : 'info']({
      reqId: req.id(),
      conversationId: conversationOf(req),
      method: req.method,
      path: req.path(),
      status: res.statusCode,
      ms: Date.now() - req.time(),
    }, 'request');
  });
  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if ((error.statusCode ?? 500) >= 500) logger.error({ reqId: req.id(), err: error }, 'request failed');
    callback();
  });

  const botTokens = new BotTokenService(deps.tokenSecret);
  const conversationLog = new SqlConversationLog(db);
  const caseStore = new SqlCaseStore(db);
  const caseEvents = new DatabaseCaseEvents(db);
  const optOuts = new SmsOptOutStore(db);
  const assistant = createAssistant(config, {
    storage: new SqlStateStorage(db),
    knowledge: deps.knowledge,
    knowledgeLog: new KnowledgeLogStore(db),
    logger,
    optOuts,
    conversationLog,
    desk: new CaseRelay(caseStore, conversationLog, { eventChannels: config.HANDOFF_EVENT_CHANNELS, notify: notificationsEnabled(config) }, systemClock, caseEvents),
    embeddedChannel: config.embeddedChannel ? { url: baseUrl, issueToken: () => botTokens.issue() } : undefined,
    handoffHubChannels: config.HANDOFF_HUB_CHANNELS,
  });

  const tokens = new TokenService(deps.tokenSecret, config.TOKEN_TTL_SECONDS);
  const deliveryTokens = new DeliveryTokenService(deps.tokenSecret);
  const conversations = new ConversationStore(db);
  const serviceUrls = serviceUrlPolicy({ ownUrl: baseUrl, botAuth: Boolean(config.MicrosoftAppId), extraHosts: config.SERVICE_URL_HOSTS });
  const botId = config.MicrosoftAppId ?? 'ct-tax-assistant';
  registerMessagesRoute(server, assistant, {
    authDisabled: !config.MicrosoftAppId,
    ownUrl: baseUrl,
    serviceUrls,
    botAppId: config.MicrosoftAppId ?? '',
    embedded: config.embeddedChannel ? embeddedChannelGate(conversations, deliveryTokens) : undefined,
  });

  server.get('/health', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/ready', guarded(async (_req, res) => {
    try {
      await db.ping();
    } catch (error) {
      throw new HttpError('NotReady', `database unavailable: ${(error as Error).message}`);
    }
    res.send(200, { status: 'ready', database: db.engine });
  }));

  if (config.embeddedChannel) {
    const service = new DirectLineService({
      store: conversations,
      tokens,
      deliver: ownDeliveries.track(httpBotEndpoint(() => `${localUrl()}/api/messages`, (activity) => deliveryTokens.issue(activity))),
      serviceUrl: baseUrl,
      bot: { id: botId, name: BOT_NAME },
    });
    registerDirectLineRoutes(server, service, tokens, botTokens);
    registerTokenRoute(server, { kind: 'embedded', service, tokens });
  } else {
    registerTokenRoute(server, { kind: 'azure', secret: config.DIRECT_LINE_SECRET ?? '', domain: config.DIRECT_LINE_DOMAIN });
  }
  registerWebChatPage(server, {
    directLineDomain: config.embeddedChannel ? '/v3/directline' : config.DIRECT_LINE_DOMAIN,
    webSocket: !config.embeddedChannel,
    frameAncestors: config.FRAME_ANCESTORS,
  });
  registerConsolePage(server);
  const consoleAuth = consoleAuthFor(db);
  const sameOrigin = sameOriginGuard(() => [baseUrl()]);
  registerConsoleRoutes(server, { auth: consoleAuth, secureCookie: config.PUBLIC_URL?.startsWith('https://') ?? false, sameOrigin, throttle: deps.loginThrottle });
  const desk = new RepresentativeDesk(caseStore, new SqlCaseRecords(db), caseEvents, proactiveTaxpayerChannel(assistant, config.MicrosoftAppId ?? '', optOuts, serviceUrls));
  const streams = new Set<Response>();
  registerCaseRoutes(server, { auth: consoleAuth, cases: caseStore, desk, events: caseEvents, sameOrigin, streams });

  const closeStreams = () => {
    for (const stream of streams) stream.end();
  };
  return { server, assistant, inFlight: () => active, baseUrl, closeStreams };
}
