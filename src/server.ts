import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { Request, Response, Server } from 'restify';
import type { Assistant } from './bot/createAssistant.js';
import { httpBotEndpoint } from './channels/directline/botEndpoint.js';
import { DeliveryTokenService } from './channels/directline/deliveryTokens.js';
import { DirectLineService } from './channels/directline/directLineService.js';
import { embeddedChannelGate } from './channels/directline/embeddedGate.js';
import type { DirectLineConversations } from './channels/directline/ports.js';
import { registerDirectLineRoutes } from './channels/directline/routes.js';
import type { BotTokenService } from './channels/directline/tokens.js';
import { TokenService } from './channels/directline/tokens.js';
import { registerMessagesRoute } from './channels/messagesRoute.js';
import type { ServiceUrlPolicy } from './channels/serviceUrls.js';
import { registerTokenRoute } from './channels/tokenRoute.js';
import { registerWebChatPage } from './channels/webChatPage.js';
import type { Config } from './config.js';
import { registerCaseRoutes } from './console/caseRoutes.js';
import type { ConsoleAuth } from './console/consoleAuth.js';
import { registerConsolePage } from './console/consolePage.js';
import { registerConsoleRoutes } from './console/consoleRoutes.js';
import { registerInsightsRoutes } from './console/insightsRoutes.js';
import type { LoginThrottle } from './console/loginThrottle.js';
import type { RepresentativeDesk } from './console/representativeDesk.js';
import { sameOriginGuard } from './console/sameOrigin.js';
import type { CaseEvents, CaseStore } from './handoff/ports.js';
import { HttpError } from './http/errors.js';
import { guarded } from './http/guarded.js';
import { jsonBody } from './http/jsonBody.js';
import { OwnDeliveries } from './http/ownDeliveries.js';
import { conversationOf } from './http/requestContext.js';
import { requestLimits } from './http/requestLimits.js';
import { baseSecurityHeaders } from './http/securityHeaders.js';
import type { InsightsSource } from './insights/ports.js';
import type { Clock } from './lib/clock.js';
import type { Logger } from './lib/log.js';

export const MAX_BODY_BYTES = 256 * 1024;
export const BOT_NAME = 'DRS Tax Assistant';

/** The restify server with the hooks every request passes through, before any route. */
export interface HttpServer {
  server: Server;
  /** Requests being handled right now (turns included). */
  inFlight: () => number;
  /** Where this instance answers on the loopback interface once listening. */
  localUrl: () => string;
  /** The base URL this instance answers on once listening (PUBLIC_URL wins when set). */
  baseUrl: () => string;
  /** The embedded channel's own deliveries to /api/messages, which the rate limits do not count twice. */
  ownDeliveries: OwnDeliveries;
}

export interface App {
  server: Server;
  assistant: Assistant;
  /** Requests being handled and turns running right now. */
  inFlight: () => number;
  /** The base URL this instance answers on once listening (PUBLIC_URL wins when set). */
  baseUrl: () => string;
  /** Ends the consoles' event streams (they would otherwise hold a drain open). */
  closeStreams: () => void;
}

/** Creates the server (no listen(): the caller decides where, and whether, it listens). */
export function createHttpServer(config: Config, logger: Logger): HttpServer {
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
  return { server, inFlight: () => active, localUrl, baseUrl, ownDeliveries };
}

/** What the routes serve, built once by the composition root (src/compose.ts). */
export interface RouteParts {
  config: Config;
  /** For /ready. */
  database: { readonly engine: string; ping(): Promise<void> };
  assistant: Assistant;
  tokenSecret: string;
  botTokens: BotTokenService;
  conversations: DirectLineConversations;
  serviceUrls: ServiceUrlPolicy;
  consoleAuth: ConsoleAuth;
  loginThrottle?: LoginThrottle | undefined;
  cases: CaseStore;
  caseEvents: CaseEvents;
  desk: RepresentativeDesk;
  insights: InsightsSource;
  clock: Clock;
}

/** Registers every route on the server; returns the app. */
export function registerRoutes(http: HttpServer, parts: RouteParts): App {
  const { server, baseUrl, localUrl } = http;
  const { config, assistant, conversations } = parts;
  const tokens = new TokenService(parts.tokenSecret, config.TOKEN_TTL_SECONDS);
  const deliveryTokens = new DeliveryTokenService(parts.tokenSecret);
  const botId = config.MicrosoftAppId ?? 'ct-tax-assistant';
  registerMessagesRoute(server, assistant, {
    authDisabled: !config.MicrosoftAppId,
    ownUrl: baseUrl,
    serviceUrls: parts.serviceUrls,
    botAppId: config.MicrosoftAppId ?? '',
    embedded: config.embeddedChannel ? embeddedChannelGate(conversations, deliveryTokens) : undefined,
  });

  server.get('/health', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/ready', guarded(async (_req, res) => {
    try {
      await parts.database.ping();
    } catch (error) {
      throw new HttpError('NotReady', `database unavailable: ${(error as Error).message}`);
    }
    res.send(200, { status: 'ready', database: parts.database.engine });
  }));

  if (config.embeddedChannel) {
    const service = new DirectLineService({
      store: conversations,
      tokens,
      deliver: http.ownDeliveries.track(httpBotEndpoint(() => `${localUrl()}/api/messages`, (activity) => deliveryTokens.issue(activity))),
      serviceUrl: baseUrl,
      bot: { id: botId, name: BOT_NAME },
    });
    registerDirectLineRoutes(server, service, tokens, parts.botTokens);
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
  const sameOrigin = sameOriginGuard(() => [baseUrl()]);
  registerConsoleRoutes(server, { auth: parts.consoleAuth, secureCookie: config.PUBLIC_URL?.startsWith('https://') ?? false, sameOrigin, throttle: parts.loginThrottle });
  const streams = new Set<Response>();
  registerCaseRoutes(server, { auth: parts.consoleAuth, cases: parts.cases, desk: parts.desk, events: parts.caseEvents, sameOrigin, streams });
  registerInsightsRoutes(server, { auth: parts.consoleAuth, insights: parts.insights, clock: parts.clock });

  const closeStreams = () => {
    for (const stream of streams) stream.end();
  };
  return { server, assistant, inFlight: () => http.inFlight() + assistant.turns.running, baseUrl, closeStreams };
}
