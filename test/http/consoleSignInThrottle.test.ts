import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/console/loginThrottle.js';
import type { Database } from '../../src/db/database.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { openTestDatabase } from '../fixtures/databases.js';

const ADMIN = { username: 'throttle-admin', password: 'console-password-2024' };
const ADMIN_ENV = { CONSOLE_ADMIN_USER: ADMIN.username, CONSOLE_ADMIN_PASSWORD: ADMIN.password };
const WRONG = { ...ADMIN, password: 'wrong-password' };

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A sign-in sent from `localAddress`: every 127.x.y.z is loopback, so each is another client address. */
const loginFrom = (server: TestServer, localAddress: string, body: unknown) =>
  new Promise<Answer>((resolve, reject) => {
    const payload = JSON.stringify(body);
    const outgoing = request(`${server.url}/api/console/login`, {
      method: 'POST',
      localAddress,
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
    }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });

describe('console sign-in throttle across addresses', () => {
  let db: Database;
  let server: TestServer;
  /** The waits the username slowdown asked for; the injected sleep returns at once. */
  let slept: number[];

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  const withServer = async (test: () => Promise<void>) => {
    slept = [];
    server = await startTestServer({ db, env: ADMIN_ENV, loginThrottle: new LoginThrottle({ sleep: async (ms) => void slept.push(ms) }) });
    try {
      await test();
    } finally {
      await server.close();
    }
  };

  it('five wrong passwords from five addresses do not lock the representative out: the right one from a sixth signs in, after a wait', async () => {
    await withServer(async () => {
      for (let i = 2; i <= 6; i += 1) expect((await loginFrom(server, `127.0.0.${i}`, WRONG)).status).toBe(401);
      expect(slept).toEqual([]);
      const signedIn = await loginFrom(server, '127.0.0.7', ADMIN);
      expect(signedIn.status, signedIn.body).toBe(204);
      expect(signedIn.headers['set-cookie']?.[0]).toMatch(/^drs_console=/);
      // The username was slowed, not blocked: the sixth attempt waited 1 s before its check.
      expect(slept).toEqual([1_000]);
      // The success cleared the username's failures.
      expect((await loginFrom(server, '127.0.0.8', ADMIN)).status).toBe(204);
      expect(slept).toEqual([1_000]);
    });
  });

  it('blocks the username from an address that failed five times, not the username from another address', async () => {
    await withServer(async () => {
      for (let i = 0; i < 5; i += 1) expect((await loginFrom(server, '127.0.0.2', WRONG)).status).toBe(401);
      const blocked = await loginFrom(server, '127.0.0.2', ADMIN);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(14 * 60);
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      expect(blocked.headers['set-cookie']).toBeUndefined();
      expect(JSON.parse(blocked.body)).toEqual({ error: { code: 'TooManyRequests', message: 'Too many failed sign-ins. Try again in 15 minutes.' } });
      expect((await loginFrom(server, '127.0.0.3', ADMIN)).status).toBe(204);
      // The block stays for its pair after the success elsewhere.
      expect((await loginFrom(server, '127.0.0.2', ADMIN)).status).toBe(429);
    });
  });

  it('still stops one address sending many at once: five are checked, the rest get 429', async () => {
    await withServer(async () => {
      const answers = await Promise.all(Array.from({ length: 12 }, () => loginFrom(server, '127.0.0.2', WRONG)));
      expect(answers.filter((answer) => answer.status === 401)).toHaveLength(5);
      const refused = answers.filter((answer) => answer.status === 429);
      expect(refused).toHaveLength(7);
      for (const answer of refused) expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    });
  });
});
