import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient, readable } from '../../src/cli/directLineClient.js';
import { RateLimiter } from '../../src/http/rateLimit.js';
import { POLLS_PER_CONVERSATION_PER_MINUTE } from '../../src/http/requestLimits.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { chromiumAvailable, webChatServerPort, webChatTab } from '../fixtures/chromium.js';

const MINUTE = 60_000;

describe('RateLimiter (sliding window, fake clock)', () => {
  const clock = (start = 0) => {
    let now = start;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('lets `limit` through in a window, then says how long to wait', () => {
    const time = clock(10 * MINUTE);
    const limiter = new RateLimiter({ now: time.now });
    const charge = [{ key: 'a', limit: 3 }];
    for (let i = 0; i < 3; i += 1) expect(limiter.take(charge).allowed).toBe(true);
    time.advance(20_000);
    // The rest of this window, then a third of the next: by then a third of the three (taken as spread over their window) has slid out.
    expect(limiter.take(charge)).toEqual({ allowed: false, retryAfterMs: 60_000, key: 'a' });
    expect(limiter.take([{ key: 'b', limit: 3 }]).allowed).toBe(true);
  });

  it('weighs the previous window by how much of it is still in the last minute', () => {
    const time = clock(10 * MINUTE);
    const limiter = new RateLimiter({ now: time.now });
    const charge = [{ key: 'a', limit: 10 }];
    for (let i = 0; i < 10; i += 1) expect(limiter.take(charge).allowed).toBe(true);
    time.advance(MINUTE);
    expect(limiter.take(charge).allowed).toBe(false);
    time.advance(30_000);
    // Half the previous window still counts: 5, so 5 more fit.
    let allowed = 0;
    while (limiter.take(charge).allowed) allowed += 1;
    expect(allowed).toBe(5);
  });

  it('Retry-After is exact: refused one millisecond before it, allowed at it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 60 }), (limit, gaps) => {
        const time = clock(7 * MINUTE);
        const limiter = new RateLimiter({ now: time.now });
        const charge = [{ key: 'k', limit }];
        for (const gap of gaps) {
          time.advance(gap);
          const taken = limiter.take(charge);
          if (taken.allowed) continue;
          expect(taken.retryAfterMs).toBeGreaterThan(0);
          expect(taken.retryAfterMs).toBeLessThanOrEqual(2 * MINUTE);
          time.advance(taken.retryAfterMs - 1);
          expect(limiter.take(charge).allowed).toBe(false);
          time.advance(1);
          expect(limiter.take(charge).allowed).toBe(true);
        }
      }),
    );
  });

  it('never lets more than `limit` through in one window, nor 2 × limit in any minute (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.array(fc.integer({ min: 0, max: 9_000 }), { maxLength: 200 }), (limit, gaps) => {
        const time = clock(3 * MINUTE);
        const limiter = new RateLimiter({ now: time.now });
        const allowedAt: number[] = [];
        for (const gap of gaps) {
          time.advance(gap);
          if (limiter.take([{ key: 'k', limit }]).allowed) allowedAt.push(time.now());
        }
        for (const at of allowedAt) {
          expect(allowedAt.filter((t) => Math.floor(t / MINUTE) === Math.floor(at / MINUTE)).length).toBeLessThanOrEqual(limit);
          expect(allowedAt.filter((t) => t > at - MINUTE && t <= at).length).toBeLessThanOrEqual(2 * limit);
        }
      }),
    );
  });

  it('counts every charge or none: one key at its limit blocks the others from counting', () => {
    const limiter = new RateLimiter({ now: () => 0 });
    expect(limiter.take([{ key: 'conversation', limit: 1 }]).allowed).toBe(true);
    expect(limiter.take([{ key: 'address', limit: 2 }, { key: 'conversation', limit: 1 }])).toMatchObject({ allowed: false, key: 'conversation' });
    expect(limiter.take([{ key: 'address', limit: 2 }]).allowed).toBe(true);
    expect(limiter.take([{ key: 'address', limit: 2 }]).allowed).toBe(true);
    expect(limiter.take([{ key: 'address', limit: 2 }]).allowed).toBe(false);
  });

  it('takes a refunded count back, in this window or the previous one', () => {
    const time = clock(0);
    const limiter = new RateLimiter({ now: time.now });
    const charge = [{ key: 'k', limit: 1 }];
    const first = limiter.take(charge);
    expect(limiter.take(charge).allowed).toBe(false);
    if (first.allowed) limiter.refund('k', first.at);
    const second = limiter.take(charge);
    expect(second.allowed).toBe(true);
    time.advance(MINUTE + 1000);
    expect(limiter.take(charge).allowed).toBe(false);
    if (second.allowed) limiter.refund('k', second.at);
    expect(limiter.take(charge).allowed).toBe(true);
  });

  it('keeps at most maxKeys keys, and forgets keys idle for two windows', () => {
    const time = clock(0);
    const limiter = new RateLimiter({ now: time.now, maxKeys: 100 });
    for (let i = 0; i < 1000; i += 1) limiter.take([{ key: `k${i}`, limit: 5 }]);
    expect(limiter.size).toBe(100);
    time.advance(2 * MINUTE);
    limiter.take([{ key: 'fresh', limit: 5 }]);
    expect(limiter.size).toBe(1);
  });
});

describe('rate limits on the server', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const post = (path: string, body: unknown, token?: string) =>
    fetch(server!.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const message = (client: DirectLineClient, text: string) =>
    post(`/v3/directline/conversations/${client.conversationId}/activities`, { type: 'message', text, from: { id: client.userId } }, client.token);

  async function expectTooMany(response: Response, what: RegExp): Promise<number> {
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 120).toBe(true);
    expect(await response.json()).toEqual({ error: { code: 'TooManyRequests', message: expect.stringMatching(what) } });
    return retryAfter;
  }

  it('the 4th message in a minute into one conversation gets 429 with Retry-After; another conversation is unaffected', async () => {
    server = await startTestServer({ env: { RATE_LIMIT_PER_CONVERSATION: '3' } });
    const client = await DirectLineClient.start(server.url);
    // Each message is also delivered to /api/messages from this server's own address; that is not counted again.
    for (const text of ['help', 'hi', 'help']) expect(readable((await client.ask(text))[0]!)).toMatch(/\w/);
    await expectTooMany(await message(client, 'one too many'), /Too many messages in this conversation/);
    // Typing indicators are not messages.
    expect((await post(`/v3/directline/conversations/${client.conversationId}/activities`, { type: 'typing' }, client.token)).status).toBe(200);
    // The conversation can still be read, and the refused message never reached the bot.
    expect((await client.poll()).map((activity) => activity.text)).not.toContain('one too many');

    const other = await DirectLineClient.start(server.url);
    expect(readable((await other.ask('help'))[0]!)).toMatch(/Type your question/);
    expect(server.logs).toContainEqual(expect.objectContaining({ msg: 'request', method: 'POST', status: 429, conversationId: client.conversationId }));
  });

  it('requests without the conversation\'s token do not use up its messages', async () => {
    server = await startTestServer({ env: { RATE_LIMIT_PER_CONVERSATION: '3' } });
    const victim = await DirectLineClient.start(server.url);
    const attacker = await DirectLineClient.start(server.url);
    for (let i = 0; i < 5; i += 1) {
      expect((await post(`/v3/directline/conversations/${victim.conversationId}/activities`, { type: 'message', text: 'x' })).status).toBe(401);
      expect((await post(`/v3/directline/conversations/${victim.conversationId}/activities`, { type: 'message', text: 'x' }, attacker.token)).status).toBe(403);
    }
    for (let i = 0; i < 3; i += 1) expect((await message(victim, 'help')).status).toBe(200);
  });

  it('/api/messages: by the activity\'s conversation id', async () => {
    server = await startTestServer({ env: { RATE_LIMIT_PER_CONVERSATION: '3' } });
    const activity = (conversationId: string) => ({
      type: 'message', text: 'help', id: `a-${Math.random()}`, channelId: 'sms', deliveryMode: 'expectReplies',
      serviceUrl: server!.url, conversation: { id: conversationId }, from: { id: '+18605550199' }, recipient: { id: 'bot' },
    });
    for (let i = 0; i < 3; i += 1) expect((await post('/api/messages', activity('sms-limited'))).status).toBe(200);
    await expectTooMany(await post('/api/messages', activity('sms-limited')), /Too many messages in this conversation/);
    expect((await post('/api/messages', activity('sms-other'))).status).toBe(200);
  });

  it('per address: counts across conversations and routes, not polling; /health, /ready and pages never', async () => {
    server = await startTestServer({ env: { RATE_LIMIT_PER_ADDRESS: '7', CONSOLE_ADMIN_USER: 'limits-admin', CONSOLE_ADMIN_PASSWORD: 'a-long-console-password-2' } });
    const first = await DirectLineClient.start(server.url); // token + conversation: 2
    await first.send('help'); // 3 (its delivery to /api/messages is the server's own)
    const second = await DirectLineClient.start(server.url); // 5
    await second.send('hi'); // 6
    expect((await fetch(`${server.url}/api/console/me`)).status).toBe(401); // 7
    for (let i = 0; i < 10; i += 1) await first.poll();

    await expectTooMany(await post('/api/directline/token', {}), /Too many requests from your address/);
    await expectTooMany(await message(second, 'help'), /Too many requests from your address/);
    await expectTooMany(await post('/v3/directline/tokens/refresh', {}, first.token), /address/);
    await expectTooMany(await fetch(`${server.url}/api/console/me`), /address/);
    await expectTooMany(await post('/api/console/login', { username: 'limits-admin', password: 'a-long-console-password-2' }), /address/);
    await expectTooMany(await post('/api/messages', { type: 'message', channelId: 'sms', serviceUrl: server.url, conversation: { id: 'c' } }), /address/);

    for (const path of ['/health', '/ready', '/', '/chat.js', '/console']) expect((await fetch(server.url + path)).status, path).toBe(200);
    // Polling still works, so replies already on their way still show.
    const stillPolling = await fetch(`${server.url}/v3/directline/conversations/${first.conversationId}/activities?watermark=0`, {
      headers: { authorization: `Bearer ${first.token}` },
    });
    expect(stillPolling.status).toBe(200);
    const { activities } = (await stillPolling.json()) as { activities: { text?: string }[] };
    expect(activities.map((activity) => activity.text)).toContain('help');
  });

  it(`polling: at most ${POLLS_PER_CONVERSATION_PER_MINUTE} a minute per conversation (Web Chat needs about 60)`, async () => {
    server = await startTestServer();
    const client = await DirectLineClient.start(server.url);
    const poll = (who: DirectLineClient) =>
      fetch(`${server!.url}/v3/directline/conversations/${who.conversationId}/activities`, { headers: { authorization: `Bearer ${who.token}` } });
    for (let i = 0; i < POLLS_PER_CONVERSATION_PER_MINUTE; i += 1) expect((await poll(client)).status).toBe(200);
    await expectTooMany(await poll(client), /checked too often/);
    expect((await poll(await DirectLineClient.start(server.url))).status).toBe(200);
  });
});

describe.skipIf(!chromiumAvailable)('Web Chat over the per-conversation limit (Chromium)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ port: await webChatServerPort(), env: { RATE_LIMIT_PER_CONVERSATION: '3' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows the refused message as not sent, keeps working and keeps the replies it had', async () => {
    const page = await webChatTab();
    try {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const refused: number[] = [];
      page.on('response', (response) => {
        if (response.status() === 429) refused.push(response.status());
      });
      await page.goto(server.url);
      const sendBox = page.getByRole('textbox').first();
      await sendBox.waitFor({ timeout: 15_000 });
      // The greeting's conversationUpdate is the channel's own; three messages fit, the fourth does not.
      for (const text of ['help', 'what is the R859 notice', 'help']) {
        await sendBox.fill(text);
        await sendBox.press('Enter');
      }
      await page.getByText('Source: Connecticut balance due notice guide', { exact: false }).first().waitFor({ timeout: 15_000 });
      await sendBox.fill('one message too many');
      await sendBox.press('Enter');
      // Refused for longer than a few seconds, the page gives the message up at once (not after
      // Web Chat's 20 s send timeout) and Web Chat offers a retry.
      await page.getByText(/Send failed/i).first().waitFor({ timeout: 8_000 });
      expect(refused).toEqual([429]);
      expect(errors).toEqual([]);
      // Still alive: the page and its send box are there, earlier replies still shown.
      expect(await sendBox.isEditable()).toBe(true);
      expect(await page.getByText('Type your question', { exact: false }).count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  }, 60_000);
});
