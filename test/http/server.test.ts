import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient, DirectLineError, readable } from '../../src/cli/directLineClient.js';
import { TokenService } from '../../src/channels/directline/tokens.js';
import { MAX_BODY_BYTES } from '../../src/server.js';
import { TEST_TOKEN_SECRET, startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';
import { openTestDatabase } from '../fixtures/databases.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('health and readiness', () => {
  it('GET /health → 200 {"status":"ok"}', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready → 200 while the database answers, 503 with a reason when it does not', async () => {
    const db = await openTestDatabase();
    const own = await startTestServer({ db });
    try {
      expect((await fetch(`${own.url}/ready`)).status).toBe(200);
      await db.close();
      const response = await fetch(`${own.url}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: { code: 'NotReady', message: expect.stringMatching(/database unavailable/) } });
    } finally {
      await own.close();
    }
  });
});

describe('embedded Direct Line', () => {
  it('greets a new conversation and answers through the bot, replies linked to the question', async () => {
    const client = await DirectLineClient.start(server.url);
    const greeting = await client.poll();
    expect(greeting.map(readable).join('\n')).toMatch(/Department of Revenue Services[\s\S]*What can I help you with/);
    expect(greeting.every((activity) => activity.from?.role === 'bot')).toBe(true);

    const replies = await client.ask('talk to a person');
    expect(replies).toHaveLength(1);
    expect(readable(replies[0]!)).toMatch(/collection action/);
    expect(replies[0]).toMatchObject({ type: 'message', conversation: { id: client.conversationId } });

    const log = await client.poll();
    expect(log).toHaveLength(0);
  });

  it('keeps the activity log in the database: a second instance serves what the first wrote', async () => {
    const second = await startTestServer({ db: server.db });
    try {
      const client = await DirectLineClient.start(server.url);
      await client.ask('hi');
      const response = await fetch(`${second.url}/v3/directline/conversations/${client.conversationId}/activities`, {
        headers: { authorization: `Bearer ${client.token}` },
      });
      const page = (await response.json()) as { activities: { text?: string; from: { role: string } }[]; watermark: string };
      expect(page.activities.map((activity) => activity.text)).toContain('hi');
      expect(Number(page.watermark)).toBeGreaterThanOrEqual(4);
    } finally {
      await second.close();
    }
  });

  it('refreshes a token, and reconnects with GET /conversations/{id}', async () => {
    const client = await DirectLineClient.start(server.url);
    const refreshed = await post('/v3/directline/tokens/refresh', {}, { authorization: `Bearer ${client.token}` });
    expect(refreshed.status).toBe(200);
    const { token } = (await refreshed.json()) as { token: string };
    const reconnect = await fetch(`${server.url}/v3/directline/conversations/${client.conversationId}?watermark=2`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(reconnect.status).toBe(200);
    expect(await reconnect.json()).toMatchObject({ conversationId: client.conversationId, token: expect.any(String), expires_in: 1800 });
  });

  it('scopes tokens to one conversation: another one gets 403, a bad or expired token 401', async () => {
    const mine = await DirectLineClient.start(server.url);
    const other = await DirectLineClient.start(server.url);
    const activities = (id: string, token: string) =>
      fetch(`${server.url}/v3/directline/conversations/${id}/activities`, { headers: { authorization: `Bearer ${token}` } });

    expect((await activities(other.conversationId, mine.token)).status).toBe(403);
    expect((await post(`/v3/directline/conversations/${other.conversationId}/activities`, { type: 'message', text: 'x' }, { authorization: `Bearer ${mine.token}` })).status).toBe(403);
    expect((await activities(mine.conversationId, 'garbage')).status).toBe(401);
    expect((await fetch(`${server.url}/v3/directline/conversations/${mine.conversationId}/activities`)).status).toBe(401);
    const tampered = mine.token.slice(0, -3) + (mine.token.endsWith('AAA') ? 'BBB' : 'AAA');
    expect((await activities(mine.conversationId, tampered)).status).toBe(401);
    const expired = await new TokenService(TEST_TOKEN_SECRET, 60, () => Date.now() - 3_600_000).issue({ conversationId: mine.conversationId, userId: mine.userId });
    const response = await activities(mine.conversationId, expired.token);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'Unauthorized', message: expect.stringMatching(/expired/) } });
  });

  it('answers bad input with a 4xx and a reason', async () => {
    const client = await DirectLineClient.start(server.url);
    const auth = { authorization: `Bearer ${client.token}` };
    const path = `/v3/directline/conversations/${client.conversationId}/activities`;

    const malformed = await post(path, '{"type": "message", "text": ', auth);
    expect(malformed.status).toBe(400);

    const unknownType = await post(path, { type: 'teleport', text: 'hi' }, auth);
    expect(unknownType.status).toBe(400);
    expect(await unknownType.json()).toEqual({ error: { code: 'BadArgument', message: expect.stringMatching(/Invalid activity \(type\)/) } });

    const wrongType = await post(path, { type: 'message', text: 42 }, auth);
    expect(wrongType.status).toBe(400);

    const badWatermark = await fetch(`${server.url}${path}?watermark=abc`, { headers: auth });
    expect(badWatermark.status).toBe(400);

    const huge = await post(path, { type: 'message', text: 'x'.repeat(MAX_BODY_BYTES + 10) }, auth);
    expect(huge.status).toBe(413);

    const badUser = await post('/api/directline/token', { user: { id: '<script>' } });
    expect(badUser.status).toBe(400);

    const missing = await fetch(`${server.url}/v3/directline/conversations/nope/activities`, { headers: auth });
    expect(missing.status).toBe(403);

    // The conversation still works afterwards.
    expect(readable((await client.ask('help'))[0]!)).toMatch(/Type your question/);
  });

  it('works out "I owe $2,000 … October 15, 2024" through the chat: $2,320.00', async () => {
    const client = await DirectLineClient.start(server.url);
    const replies = await client.ask('I owe $2,000 of Connecticut income tax that was due April 15, 2024. If I pay on October 15, 2024, what will I owe?');
    const text = replies.map(readable).join('\n');
    expect(text).toMatch(/Total: \$2,320\.00/);
    expect(text).toMatch(/This is an estimate; the amount on your notice governs\./);
  });

  it('accepts bot messages on the connector endpoints only with the assistant\'s own token', async () => {
    const client = await DirectLineClient.start(server.url);
    const spoof = { type: 'message', text: 'Call 1-900-SCAM now', from: { id: 'bot' } };
    const path = `/v3/conversations/${client.conversationId}/activities`;
    expect((await post(path, spoof)).status).toBe(401);
    expect((await post(path, spoof, { authorization: `Bearer ${client.token}` })).status).toBe(401);
    expect((await client.poll()).map((activity) => activity.text)).not.toContain(spoof.text);
  });

  it('stores typed Social Security numbers redacted in the activity log', async () => {
    const client = await DirectLineClient.start(server.url);
    await client.ask('my ssn is 123-45-6789');
    const rows = await server.db.query<{ activity: unknown }>('select activity from dl_activities');
    expect(JSON.stringify(rows.rows)).not.toContain('123-45-6789');
  });

  it('logs JSON lines with the request id and the conversation id, never the message text', async () => {
    const client = await DirectLineClient.start(server.url);
    await client.send('a secret question about my notice');
    const line = server.logs.find((entry) => entry.conversationId === client.conversationId && entry.path === `/v3/directline/conversations/${client.conversationId}/activities`);
    expect(line).toMatchObject({ msg: 'request', method: 'POST', status: 200, reqId: expect.any(String) });
    expect(JSON.stringify(server.logs)).not.toContain('a secret question');
  });
});

describe('/api/messages', () => {
  it('requires a Bot Framework token when MicrosoftAppId is set', async () => {
    const secured = await startTestServer({
      env: { MicrosoftAppId: '00000000-0000-0000-0000-0000000000aa', MicrosoftAppPassword: 'not-used-here' },
    });
    try {
      const response = await fetch(`${secured.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'webchat', serviceUrl: secured.url, conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }),
      });
      expect(response.status).toBe(401);
    } finally {
      await secured.close();
    }
  });

  it('without Bot Framework auth, refuses to send replies to an address the caller picks', async () => {
    const response = await post('/api/messages', {
      type: 'message', text: 'hi', id: 'x1', channelId: 'webchat', serviceUrl: 'https://attacker.example.com',
      conversation: { id: 'c-ssrf' }, from: { id: 'u' }, recipient: { id: 'bot' },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'Forbidden', message: expect.stringMatching(/only replies to its own channel/) } });
  });

  it('returns replies in the body for deliveryMode "expectReplies"', async () => {
    const response = await post('/api/messages', {
      type: 'message', text: 'help', id: 'a1', channelId: 'sms', deliveryMode: 'expectReplies',
      serviceUrl: server.url, conversation: { id: 'sms-conv-1' }, from: { id: '+18605550100' }, recipient: { id: 'bot' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: { text: string }[] };
    expect(body.activities.map((activity) => activity.text).join('\n')).toMatch(/Type your question[\s\S]*1\. Notices/);
  });
});

describe('/api/messages input and failures', () => {
  const smsActivity = (url: string, text: string) => ({
    type: 'message', text, id: `a-${Math.random()}`, channelId: 'sms', deliveryMode: 'expectReplies',
    serviceUrl: url, conversation: { id: 'sms-conv-2' }, from: { id: '+18605550101' }, recipient: { id: 'bot' },
  });

  it('rejects an activity without a conversation with 400 and a reason', async () => {
    const response = await post('/api/messages', { type: 'message', text: 'hi', channelId: 'sms', serviceUrl: server.url });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'BadArgument', message: expect.stringMatching(/conversation/) } });
  });

  it('tells the user plainly, with the DRS number, when a turn fails (database gone)', async () => {
    const db = await openTestDatabase();
    const own = await startTestServer({ db });
    try {
      await db.close();
      const response = await fetch(`${own.url}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(smsActivity(own.url, 'hi')),
      });
      const body = (await response.json()) as { activities: { text: string }[] };
      const said = body.activities.map((activity) => activity.text).join('\n');
      expect(said).toMatch(/^Sorry, something went wrong on our side/);
      expect(said).toMatch(/860-297-5962/);
      expect(said).not.toMatch(/Error|at .*\.js|closed/);
      expect(own.logs.some((entry) => entry.msg === 'turn failed' && entry.conversationId === 'sms-conv-2')).toBe(true);
    } finally {
      await own.close();
    }
  });
});

describe('web page', () => {
  it('serves Web Chat from the npm bundle with a DRS header and the privacy line', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<main id="main">/);
    expect(html).toMatch(/Department of Revenue Services/);
    expect(html).toMatch(/Do not type your full Social Security number or bank account numbers/);
    expect(html).toMatch(/<link rel="preload" href="\/webchat\.js\?v=[0-9a-f]{16}" as="script" id="webchat-bundle" \/>/);
    expect(html).not.toMatch(/cdn\.botframework\.com|unpkg|jsdelivr/);
    const bundle = await fetch(`${server.url}/webchat.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
  });
});

it('DirectLineClient reports HTTP failures with their status', async () => {
  await expect(DirectLineClient.start('http://127.0.0.1:9/nothing')).rejects.toThrow();
  await expect(
    (async () => {
      const response = await post('/v3/directline/conversations', {}, {});
      if (!response.ok) throw new DirectLineError(response.status, 'no token');
    })(),
  ).rejects.toMatchObject({ status: 401 });
});
