import type { Next, Request, RequestHandler, Response } from 'restify';
import { addressKey } from './clientAddress.js';
import { HttpError, sendError } from './errors.js';
import { tagConversation } from './requestContext.js';
import type { OwnDeliveries } from './ownDeliveries.js';
import { RateLimiter } from './rateLimit.js';
import type { Charge } from './rateLimit.js';

/** Web Chat polls a conversation about once a second; twice that is the most a page needs. */
export const POLLS_PER_CONVERSATION_PER_MINUTE = 120;

export interface RequestLimitOptions {
  /** Requests per minute from one client address (IPv6: one /64). */
  perAddress: number;
  /** Activities per minute into one conversation (typing indicators aside). */
  perConversation: number;
  /** Bot Framework tokens are checked on `/api/messages`. */
  botAuth: boolean;
  ownDeliveries?: OwnDeliveries;
  limiter?: RateLimiter;
}

type Refund = 'unauthorized' | 'authenticated';
interface Counted extends Charge {
  /** When the count is taken back, judged by the response status. */
  refund?: Refund;
}

const MAX_ID_LENGTH = 256;
const DIRECT_LINE_ACTIVITIES = '/v3/directline/conversations/:conversationId/activities';

const idOf = (value: unknown): string | undefined => (typeof value === 'string' && value ? value.slice(0, MAX_ID_LENGTH) : undefined);

function bodyOf(req: Request): { type?: unknown; conversation?: { id?: unknown } } {
  const body: unknown = req.body;
  return typeof body === 'object' && body !== null ? body : {};
}

/**
 * What a request counts against. Addresses: `/api/messages`, Direct Line, the token route and
 * the console API, but not Web Chat's polling (one open page polls 60 times a minute), which has
 * its own per-conversation budget. Conversations: activities posted into them. Pages, `/health`,
 * `/ready` and the bot's own replies (`/v3/conversations/…`) count against nothing.
 */
function chargesFor(req: Request, options: RequestLimitOptions): Counted[] {
  // The route's own path, so spellings of a URL that reach the same handler count the same.
  const route = req.getRoute()?.path;
  if (typeof route !== 'string') return [];
  const address = { key: addressKey(req.socket.remoteAddress), limit: options.perAddress };
  const conversation = (id: string | undefined, type: unknown): Counted[] => {
    if (!id || type === 'typing') return [];
    tagConversation(req, id);
    return [{ key: `conversation:${id}`, limit: options.perConversation, refund: 'unauthorized' }];
  };

  if (route === '/api/messages') {
    if (options.ownDeliveries?.has(req)) return [];
    const body = bodyOf(req);
    // Azure's channel service brings every user's messages from a few addresses; only requests
    // that fail Bot Framework authentication stay counted against the address.
    return [{ ...address, ...(options.botAuth ? { refund: 'authenticated' as const } : {}) }, ...conversation(idOf(body.conversation?.id), body.type)];
  }
  if (route === DIRECT_LINE_ACTIVITIES) {
    const id = idOf((req.params as Record<string, unknown> | undefined)?.conversationId);
    if (req.method === 'GET') return id ? [{ key: `polls:${id}`, limit: POLLS_PER_CONVERSATION_PER_MINUTE, refund: 'unauthorized' }] : [];
    return [address, ...conversation(id, bodyOf(req).type)];
  }
  if (route.startsWith('/v3/directline/') || route === '/api/directline/token' || route.startsWith('/api/console/')) return [address];
  return [];
}

/** Takes a count back once the response shows it should not have counted. */
function refundOnFinish(res: Response, limiter: RateLimiter, counted: Counted[], at: number): void {
  if (!counted.some((charge) => charge.refund)) return;
  res.once('finish', () => {
    const status = res.statusCode;
    for (const { key, refund } of counted) {
      if ((refund === 'unauthorized' && (status === 401 || status === 403)) || (refund === 'authenticated' && status < 400)) limiter.refund(key, at);
    }
  });
}

function tooMany(key: string, seconds: number): string {
  const wait = `${seconds} second${seconds === 1 ? '' : 's'}`;
  if (key.startsWith('conversation:')) return `Too many messages in this conversation. Wait ${wait}, then send your message again.`;
  if (key.startsWith('polls:')) return `This conversation is being checked too often. Wait ${wait}.`;
  return `Too many requests from your address. Wait ${wait}, then try again.`;
}

/** Refuses requests over the limits with 429 and `Retry-After` (seconds); runs after the body parser. */
export function requestLimits(options: RequestLimitOptions): RequestHandler {
  const limiter = options.limiter ?? new RateLimiter();
  return (req: Request, res: Response, next: Next) => {
    const counted = chargesFor(req, options);
    if (counted.length === 0) return next();
    const taken = limiter.take(counted);
    if (!taken.allowed) {
      const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
      res.header('Retry-After', String(seconds));
      sendError(res, new HttpError('TooManyRequests', tooMany(taken.key, seconds)));
      return next(false);
    }
    refundOnFinish(res, limiter, counted, taken.at);
    return next();
  };
}
