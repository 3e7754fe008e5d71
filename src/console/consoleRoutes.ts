import type { Request, Server } from 'restify';
import { z } from 'zod';
import type { CaseStore } from '../handoff/caseStore.js';
import type { CaseStatus, HandoffCase } from '../handoff/caseSummary.js';
import { HttpError, parseInput } from '../http/errors.js';
import { guarded } from '../http/guarded.js';
import type { Handler } from '../http/guarded.js';
import type { ConsoleAuth } from './consoleAuth.js';
import { SESSION_TTL_SECONDS } from './consoleAuth.js';
import { LoginThrottle } from './loginThrottle.js';

export const CONSOLE_COOKIE = 'drs_console';
const CASE_STATUSES = ['queued', 'accepted', 'closed', 'failed'] as const satisfies readonly CaseStatus[];

export interface ConsoleRouteDeps {
  auth: ConsoleAuth;
  cases: CaseStore;
  /** Adds `Secure` to the session cookie (the site is served over https). */
  secureCookie: boolean;
  throttle?: LoginThrottle;
}

const loginSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});
const caseFilterSchema = z.object({ status: z.enum(CASE_STATUSES).optional() });

/** The value of one cookie in a `Cookie` header, if present. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}

const sessionCookie = (value: string, maxAge: number, secure: boolean) =>
  [`${CONSOLE_COOKIE}=${value}`, 'HttpOnly', 'SameSite=Strict', 'Path=/api/console', `Max-Age=${maxAge}`, ...(secure ? ['Secure'] : [])].join('; ');

const pathParam = (req: Request, name: string): unknown => (req.params as Record<string, unknown> | undefined)?.[name];

/** Console answers are never cached, errors included. */
const noStore = (handler: Handler): Handler => {
  const inner = guarded(handler);
  return async (req, res) => {
    res.header('Cache-Control', 'no-store');
    await inner(req, res);
  };
};

/** The case without its Bot Framework reference, which is for replying, not for people. */
const caseView = (handoffCase: HandoffCase, queuePosition: number) => {
  const { conversationRef: _reference, ...fields } = handoffCase;
  return { ...fields, ...(queuePosition > 0 ? { queuePosition } : {}) };
};

const listItem = ({ id, caseNumber, kind, status, channelId, createdAt, updatedAt, summary }: HandoffCase, queuePosition: number) => ({
  id, caseNumber, kind, status, channelId, createdAt, updatedAt, summary, ...(queuePosition > 0 ? { queuePosition } : {}),
});

/**
 * The representatives' console API under `/api/console`: sign in and out with a session cookie,
 * list cases and read one case with its messages.
 */
export function registerConsoleRoutes(server: Server, deps: ConsoleRouteDeps): void {
  const { auth, cases, secureCookie } = deps;
  const throttle = deps.throttle ?? new LoginThrottle();

  const sessionToken = async (req: Request): Promise<string> => {
    const token = readCookie(req.header('cookie'), CONSOLE_COOKIE);
    if (!token || !(await auth.sessionUser(token))) throw new HttpError('Unauthorized', 'Sign in to the console first.');
    return token;
  };

  server.post('/api/console/login', noStore(async (req, res) => {
    const { username, password } = parseInput(loginSchema, req.body ?? {}, 'login');
    const key = `${username}\n${req.socket.remoteAddress ?? ''}`;
    const waitMs = throttle.retryAfterMs(key);
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      res.header('Retry-After', String(Math.ceil(waitMs / 1000)));
      throw new HttpError('TooManyRequests', `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    }
    // Counted before checking, so attempts sent all at once cannot get past the limit.
    throttle.recordFailure(key);
    const token = await auth.login(username, password);
    if (!token) throw new HttpError('Unauthorized', 'Wrong username or password.');
    throttle.reset(key);
    res.header('Set-Cookie', sessionCookie(token, SESSION_TTL_SECONDS, secureCookie));
    res.send(204);
  }));

  server.post('/api/console/logout', noStore(async (req, res) => {
    await auth.logout(await sessionToken(req));
    res.header('Set-Cookie', sessionCookie('', 0, secureCookie));
    res.send(204);
  }));

  server.get('/api/console/cases', noStore(async (req, res) => {
    await sessionToken(req);
    const filter = parseInput(caseFilterSchema, req.query ?? {}, 'case filter');
    const found = await cases.list(filter);
    // list() returns cases in queue order, so a queued case's position is its place among the queued ones.
    let queued = 0;
    res.send(200, { cases: found.map((handoffCase) => listItem(handoffCase, handoffCase.status === 'queued' ? ++queued : 0)) });
  }));

  server.get('/api/console/cases/:id', noStore(async (req, res) => {
    await sessionToken(req);
    const id = parseInput(z.string(), pathParam(req, 'id'), 'case id');
    const found = z.guid().safeParse(id).success ? await cases.get(id) : undefined;
    if (!found) throw new HttpError('NotFound', 'There is no case with that id.');
    const messages = await cases.messages(found.id);
    const queuePosition = found.status === 'queued' ? await cases.queuePosition(found.id) : 0;
    res.send(200, { case: caseView(found, queuePosition), messages });
  }));
}
