import type { Request, Server } from 'restify';
import { z } from 'zod';
import { HttpError, parseInput } from '../http/errors.js';
import { guarded } from '../http/guarded.js';
import type { Handler } from '../http/guarded.js';
import type { ConsoleAuth } from './consoleAuth.js';
import type { ConsoleRole, MeResponse, UserListResponse } from './contract/consoleApi.js';
import { SESSION_TTL_SECONDS } from './consoleAuth.js';
import { LoginThrottle } from './loginThrottle.js';
import { sameOriginGuard } from './sameOrigin.js';
import type { SameOriginCheck } from './sameOrigin.js';

export type { SameOriginCheck } from './sameOrigin.js';

export const CONSOLE_COOKIE = 'drs_console';

export interface ConsoleRouteDeps {
  auth: ConsoleAuth;
  /** Adds `Secure` to the session cookie (the site is served over https). */
  secureCookie: boolean;
  throttle?: LoginThrottle;
  /** Refuses cross-site requests; by default only the request's own Host counts as ours. */
  sameOrigin?: SameOriginCheck;
}

const loginSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

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

/** Console answers are never cached, errors included. */
export const noStore = (handler: Handler): Handler => {
  const inner = guarded(handler);
  return async (req, res) => {
    res.header('Cache-Control', 'no-store');
    await inner(req, res);
  };
};

export interface ConsoleSession {
  username: string;
  role: ConsoleRole;
  token: string;
}

/** The signed-in representative's name and role, or a 401. */
export function consoleSession(auth: ConsoleAuth) {
  return async (req: Request): Promise<ConsoleSession> => {
    const token = readCookie(req.header('cookie'), CONSOLE_COOKIE);
    const user = token ? await auth.sessionUser(token) : undefined;
    if (!token || !user) throw new HttpError('Unauthorized', 'Sign in to the console first.');
    return { ...user, token };
  };
}

/** A 403 unless the session is a supervisor's. */
export function requireSupervisor(session: ConsoleSession): ConsoleSession {
  if (session.role !== 'supervisor') throw new HttpError('Forbidden', 'Only a supervisor may do this.');
  return session;
}

/** Signing in and out of the representatives' console (`/api/console/login`, `logout`, `me`). */
export function registerConsoleRoutes(server: Server, deps: ConsoleRouteDeps): void {
  const { auth, secureCookie } = deps;
  const throttle = deps.throttle ?? new LoginThrottle();
  const sameOrigin = deps.sameOrigin ?? sameOriginGuard(() => []);
  const session = consoleSession(auth);

  server.post('/api/console/login', noStore(async (req, res) => {
    // Before anything is counted, so another site cannot spend a representative's attempts.
    sameOrigin(req);
    const { username, password } = parseInput(loginSchema, req.body ?? {}, 'login');
    const outcome = await throttle.signIn(username, req.socket.remoteAddress, () => auth.login(username, password));
    if (outcome.kind !== 'checked') res.header('Retry-After', String(Math.ceil(outcome.retryAfterMs / 1000)));
    if (outcome.kind === 'blocked') {
      const minutes = Math.ceil(outcome.retryAfterMs / 60_000);
      throw new HttpError('TooManyRequests', `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    }
    if (outcome.kind === 'busy') throw new HttpError('Busy', 'Too many sign-ins for this username are waiting. Try again in a few seconds.');
    const token = outcome.result;
    if (!token) throw new HttpError('Unauthorized', 'Wrong username or password.');
    res.header('Set-Cookie', sessionCookie(token, SESSION_TTL_SECONDS, secureCookie));
    res.send(204);
  }));

  server.post('/api/console/logout', noStore(async (req, res) => {
    sameOrigin(req);
    await auth.logout((await session(req)).token);
    res.header('Set-Cookie', sessionCookie('', 0, secureCookie));
    res.send(204);
  }));

  server.get('/api/console/me', noStore(async (req, res) => {
    const { username, role } = await session(req);
    res.send(200, { username, role } satisfies MeResponse);
  }));

  server.get('/api/console/users', noStore(async (req, res) => {
    requireSupervisor(await session(req));
    res.send(200, { users: await auth.users() } satisfies UserListResponse);
  }));
}
