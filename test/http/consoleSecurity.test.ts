import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { openTestDatabase } from '../fixtures/databases.js';

const ADMIN = { username: 'security-admin', password: 'console-password-2024' };
const ADMIN_ENV = { CONSOLE_ADMIN_USER: ADMIN.username, CONSOLE_ADMIN_PASSWORD: ADMIN.password };

const login = (server: TestServer, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/console/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const signIn = async (server: TestServer) => {
  const response = await login(server, ADMIN);
  expect(response.status).toBe(204);
  return response.headers.get('set-cookie')!.split(';')[0]!;
};

const expectBlocked = async (response: Response) => {
  expect(response.status).toBe(429);
  expect(response.headers.get('set-cookie')).toBeNull();
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(14 * 60);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect(await response.json()).toEqual({ error: { code: 'TooManyRequests', message: 'Too many failed sign-ins. Try again in 15 minutes.' } });
};

describe('console security', () => {
  let db: Database;
  let server: TestServer;

  beforeAll(async () => {
    db = await openTestDatabase();
    server = await startTestServer({ db, env: ADMIN_ENV });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  /** Each sign-in limit test gets its own server, so its own count of failures. */
  const withServer = async (env: Record<string, string>, test: (fresh: TestServer) => Promise<void>) => {
    const fresh = await startTestServer({ db, env: { ...ADMIN_ENV, ...env } });
    try {
      await test(fresh);
    } finally {
      await fresh.close();
    }
  };

  describe('without a session', () => {
    const id = randomUUID();
    const routes: [method: 'GET' | 'POST', path: string][] = [
      ['GET', '/api/console/me'],
      ['GET', '/api/console/users'],
      ['GET', '/api/console/cases'],
      ['GET', `/api/console/cases/${id}`],
      ['GET', '/api/console/events'],
      ['POST', '/api/console/logout'],
      ['POST', `/api/console/cases/${id}/claim`],
      ['POST', `/api/console/cases/${id}/messages`],
      ['POST', `/api/console/cases/${id}/notes`],
      ['POST', `/api/console/cases/${id}/release`],
      ['POST', `/api/console/cases/${id}/reassign`],
      ['POST', `/api/console/cases/${id}/close`],
    ];
    it.each(routes)('%s %s answers 401', async (method, path) => {
      const response = await fetch(`${server.url}${path}`, {
        method,
        ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Hello', resolution: 'Done' }) } : {}),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ error: { code: 'Unauthorized', message: 'Sign in to the console first.' } });
    });
  });

  describe('sign-in limits', () => {
    it('blocks a user after five wrong passwords: the sixth is 429 even with the right password', async () => {
      await withServer({}, async (fresh) => {
        for (let attempt = 0; attempt < 5; attempt += 1) expect((await login(fresh, { ...ADMIN, password: 'wrong-password' })).status).toBe(401);
        await expectBlocked(await login(fresh, ADMIN));
      });
    });

    it('blocks an address after five wrong sign-ins for five different users', async () => {
      await withServer({}, async (fresh) => {
        for (let user = 1; user <= 5; user += 1) expect((await login(fresh, { username: `guess-${user}`, password: 'wrong-password' })).status).toBe(401);
        await expectBlocked(await login(fresh, ADMIN));
      });
    });

    it('lets no more than five of many attempts sent at once be checked', async () => {
      await withServer({}, async (fresh) => {
        const responses = await Promise.all(Array.from({ length: 12 }, () => login(fresh, { ...ADMIN, password: 'wrong-password' })));
        expect(responses.filter((response) => response.status === 401)).toHaveLength(5);
        expect(responses.filter((response) => response.status === 429)).toHaveLength(7);
      });
    });

    it('does not forgive the address its failures when a sign-in succeeds', async () => {
      await withServer({}, async (fresh) => {
        for (let attempt = 0; attempt < 4; attempt += 1) expect((await login(fresh, { ...ADMIN, password: 'wrong-password' })).status).toBe(401);
        expect((await login(fresh, ADMIN)).status).toBe(204);
        expect((await login(fresh, { username: 'guess', password: 'wrong-password' })).status).toBe(401);
        await expectBlocked(await login(fresh, ADMIN));
      });
    });
  });

  describe('cross-site requests', () => {
    const refused = { error: { code: 'Forbidden', message: 'Cross-site requests are refused.' } };

    it('refuses a sign-in from another origin, even with the right password, and does not count it', async () => {
      await withServer({}, async (fresh) => {
        for (let attempt = 0; attempt < 6; attempt += 1) {
          const response = await login(fresh, ADMIN, { origin: 'https://evil.example' });
          expect(response.status).toBe(403);
          expect(response.headers.get('set-cookie')).toBeNull();
          expect(await response.json()).toEqual(refused);
        }
        expect((await login(fresh, ADMIN)).status).toBe(204);
      });
    });

    it('refuses Sec-Fetch-Site cross-site and same-site, and Origin null', async () => {
      const refusedHeaders: Record<string, string>[] = [{ 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'null' }, { origin: server.url, 'sec-fetch-site': 'cross-site' }];
      for (const headers of refusedHeaders) {
        const response = await login(server, ADMIN, headers);
        expect(response.status).toBe(403);
        expect(response.headers.get('set-cookie')).toBeNull();
      }
    });

    it('accepts the server\'s own origin', async () => {
      const ownHeaders: Record<string, string>[] = [{ origin: server.url }, { origin: server.url, 'sec-fetch-site': 'same-origin' }, { 'sec-fetch-site': 'same-origin' }];
      for (const headers of ownHeaders) {
        const response = await login(server, ADMIN, headers);
        expect(response.status).toBe(204);
        expect(response.headers.get('set-cookie')).toMatch(/^drs_console=/);
      }
    });

    it('refuses a logout from another origin and keeps the session', async () => {
      const cookie = await signIn(server);
      for (const origin of ['https://evil.example', server.url.replace('127.0.0.1', 'localhost')]) {
        const response = await fetch(`${server.url}/api/console/logout`, { method: 'POST', headers: { cookie, origin } });
        expect(response.status).toBe(403);
        expect(response.headers.get('set-cookie')).toBeNull();
      }
      const me = await fetch(`${server.url}/api/console/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      expect(await me.json()).toEqual({ username: ADMIN.username, role: 'supervisor' });
      const logout = await fetch(`${server.url}/api/console/logout`, { method: 'POST', headers: { cookie, origin: server.url } });
      expect(logout.status).toBe(204);
      expect((await fetch(`${server.url}/api/console/me`, { headers: { cookie } })).status).toBe(401);
    });

    it('behind https (PUBLIC_URL), accepts the public origin and https on the Host, not a plain-http page', async () => {
      await withServer({ PUBLIC_URL: 'https://assistant.example.gov' }, async (fresh) => {
        const local = `127.0.0.1:${(fresh.app.server.address() as { port: number }).port}`;
        const post = (origin: string) =>
          fetch(`http://${local}/api/console/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify(ADMIN) });
        expect((await post('https://assistant.example.gov')).status).toBe(204);
        expect((await post('https://ASSISTANT.example.gov:443')).status).toBe(204);
        expect((await post(`https://${local}`)).status).toBe(204);
        expect((await post(`http://${local}`)).status).toBe(403);
        expect((await post('http://assistant.example.gov')).status).toBe(403);
        expect((await post('https://evil.assistant.example.gov')).status).toBe(403);
      });
    });
  });
});
