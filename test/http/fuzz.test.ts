import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient, readable } from '../../src/cli/directLineClient.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

let server: TestServer;
let mine: DirectLineClient;
let other: DirectLineClient;

beforeAll(async () => {
  // All traffic comes from 127.0.0.1: limits out of the way, so what is tested is the input.
  server = await startTestServer({ env: { RATE_LIMIT_PER_ADDRESS: '100000', RATE_LIMIT_PER_CONVERSATION: '10000' } });
  mine = await DirectLineClient.start(server.url);
  other = await DirectLineClient.start(server.url);
});
afterAll(async () => {
  await server?.close();
});

/** Odd things people (and programs) type. */
const ODD = [
  '\u0007', '\u001b[31m', '\u200b', '\u202e', '\ufeff', '\r\n', '\t', '🙂', '👩‍👩‍👧‍👦', '🇺🇸', '𝟙𝟚𝟛', 'ﷺ', 'Z̸̢͙a̴l̷g̵o',
  '<script>alert(1)</script>', "'; drop table bot_state; --", '%s%n%x', '{{7*7}}', '${7*7}', '../../etc/passwd', 'null', '[SSN removed]',
];
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.array(fc.oneof(fc.constantFrom(...ODD), fc.string({ maxLength: 12 })), { maxLength: 15 }).map((parts) => parts.join(' ')),
  fc.integer({ min: 1_000, max: 45_000 }).map((length) => 'x'.repeat(length)),
  fc.constantFrom('hi', 'What is the R859 notice?', 'menu', 'talk to a person', 'help', 'STOP', 'START', 'end chat', 'yes', '3', 'I owe $2,000 due April 15, 2025'),
);
const json = fc.jsonValue({ maxDepth: 3 });
/** Mostly the right kind of value, now and then any JSON at all. */
const wrongOr = <T>(right: fc.Arbitrary<T>, odds = 12) => fc.oneof({ weight: odds, arbitrary: right }, { weight: 1, arbitrary: json });
const account = wrongOr(fc.record({ id: wrongOr(fc.string({ minLength: 1, maxLength: 80 })), name: wrongOr(fc.string({ maxLength: 120 })), role: fc.constantFrom('user', 'bot', 'skill') }, { requiredKeys: ['id'] }));
const attachments = wrongOr(
  fc.array(fc.record({ contentType: wrongOr(fc.constantFrom('image/png', 'application/vnd.microsoft.card.adaptive', 'text/plain', '')), content: json, contentUrl: fc.webUrl(), name: fc.string() }, { requiredKeys: [] }), { maxLength: 12 }),
);
const TYPES = ['event', 'typing', 'conversationUpdate', 'invoke', 'messageReaction', 'endOfConversation', 'installationUpdate', 'trace', 'handoff', 'deleteUserData', 'messageUpdate', 'command'];
const activityType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('message') },
  { weight: 3, arbitrary: fc.constantFrom(...TYPES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
  { weight: 1, arbitrary: json },
);

/** What a page posts to Direct Line: optional fields present or not, odd or wrongly typed now and then. */
const pageFields = {
  text: wrongOr(text),
  textFormat: wrongOr(fc.constantFrom('plain', 'markdown', 'xml', 'html')),
  locale: wrongOr(fc.constantFrom('en-US', 'es-US', 'x'.repeat(30))),
  from: account,
  name: wrongOr(fc.string({ maxLength: 120 })),
  value: json,
  attachments,
  channelData: wrongOr(fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 4 })),
  entities: wrongOr(fc.array(fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 3 }), { maxLength: 25 })),
  localTimestamp: wrongOr(fc.date({ noInvalidDate: true }).map((date) => date.toISOString())),
};
/** Within what Direct Line takes, so the bot gets it: any text, odd attachments, values and channel data. */
const takenByDirectLine = fc.record(
  {
    type: fc.constantFrom('message', 'message', 'message', 'message', 'event', 'typing'),
    text,
    textFormat: fc.constantFrom('plain', 'markdown', 'xml'),
    locale: fc.constantFrom('en-US', 'es-US', 'fr'),
    from: fc.record({ id: fc.string({ maxLength: 100 }), name: fc.string({ maxLength: 100 }) }, { requiredKeys: [] }),
    name: fc.string({ maxLength: 100 }),
    value: json,
    attachments: fc.array(fc.record({ contentType: fc.constantFrom('image/png', 'application/vnd.microsoft.card.adaptive', 'text/plain', ''), content: json, contentUrl: fc.webUrl() }, { requiredKeys: ['contentType'] }), { maxLength: 10 }),
    channelData: fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 4 }),
    entities: fc.array(fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 3 }), { maxLength: 20 }),
  },
  { requiredKeys: ['type'] },
).map((activity) => (typeof activity.text === 'string' && activity.text.length > 40_000 ? { ...activity, text: activity.text.slice(0, 40_000) } : activity));
const pageActivity = fc.oneof(
  { weight: 4, arbitrary: takenByDirectLine },
  { weight: 2, arbitrary: fc.record({ type: activityType, ...pageFields }, { requiredKeys: ['type'] }) },
  { weight: 1, arbitrary: fc.record({ type: activityType, id: wrongOr(fc.string(), 1), ...pageFields }, { requiredKeys: [] }) },
);

/** What a channel posts to /api/messages: mostly complete enough to reach the bot, sometimes not. */
const channelActivity = (ownUrl: string) => {
  const channelFields = {
    type: activityType,
    id: wrongOr(fc.string({ minLength: 1, maxLength: 100 })),
    channelId: wrongOr(fc.oneof({ weight: 5, arbitrary: fc.constantFrom('webchat', 'directline', 'sms', 'msteams', 'emulator', 'slack') }, { weight: 1, arbitrary: fc.string({ maxLength: 70 }) })),
    serviceUrl: wrongOr(fc.oneof({ weight: 8, arbitrary: fc.constant(ownUrl) }, { weight: 1, arbitrary: fc.webUrl() }, { weight: 1, arbitrary: fc.string() })),
    conversation: wrongOr(fc.record({ id: wrongOr(fc.string({ minLength: 1, maxLength: 300 })), isGroup: fc.boolean() }, { requiredKeys: ['id'] })),
    recipient: account,
    deliveryMode: fc.constantFrom('expectReplies', 'expectReplies', 'normal', undefined),
    membersAdded: wrongOr(fc.array(account, { maxLength: 3 })),
    ...pageFields,
  };
  const taken = fc
    .tuple(
      takenByDirectLine,
      fc.record({
        type: fc.oneof({ weight: 6, arbitrary: fc.constant('message') }, { weight: 3, arbitrary: fc.constantFrom(...TYPES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 64 }) }),
        id: fc.string({ minLength: 1, maxLength: 100 }),
        channelId: fc.constantFrom('webchat', 'directline', 'sms', 'msteams', 'emulator', 'slack'),
        serviceUrl: fc.constant(ownUrl),
        conversation: fc.record({ id: fc.string({ minLength: 1, maxLength: 256 }) }),
        from: fc.record({ id: fc.string({ maxLength: 100 }), name: fc.string({ maxLength: 100 }) }, { requiredKeys: [] }),
        recipient: fc.record({ id: fc.constantFrom('bot', 'ct-tax-assistant', '') }),
        deliveryMode: fc.constantFrom('expectReplies', 'expectReplies', 'normal', undefined),
      }),
    )
    .map(([page, channel]) => ({ ...page, ...channel }));
  return fc.oneof(
    { weight: 3, arbitrary: taken },
    { weight: 1, arbitrary: fc.record(channelFields, { requiredKeys: ['type', 'id', 'channelId', 'serviceUrl', 'conversation', 'recipient', 'deliveryMode'] }) },
    { weight: 1, arbitrary: fc.record(channelFields, { requiredKeys: [] }) },
  );
};

/** What goes on the wire: the JSON, a cut-off copy of it, any JSON value at all, or anything. */
const body = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 12, arbitrary: value.map((item) => JSON.stringify(item)) },
    { weight: 1, arbitrary: fc.tuple(value, fc.nat()).map(([item, cut]) => { const whole = JSON.stringify(item) ?? ''; return whole.slice(0, cut % (whole.length + 1)); }) },
    { weight: 1, arbitrary: json.map((item) => JSON.stringify(item)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 100 }) },
  );
const contentType = fc.oneof({ weight: 12, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', undefined) });

/**
 * Known, reported separately (see the `fails` tests below): a NUL or an unpaired surrogate anywhere
 * in a Direct Line activity is a 500, as the database refuses to store it. Replaced here so the
 * search goes on for anything else.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// JSON.stringify writes a NUL and an unpaired surrogate as escapes, and a pair as itself.
const storable = (wire: string) => wire.replace(/\\u0000|\\ud[89a-f][0-9a-f]{2}/gi, '\ufffd').replaceAll('\u0000', '\ufffd').replace(LONE_SURROGATE, '\ufffd');

interface Outcome {
  status: number;
  text: string;
  contentType: string | null;
}

async function send(method: string, path: string, options: { body?: string; type?: string | undefined; token?: string | undefined } = {}): Promise<Outcome> {
  const headers: Record<string, string> = {};
  if (options.type) headers['content-type'] = options.type;
  if (options.token !== undefined) headers.authorization = options.token;
  const response = await fetch(server.url + path, { method, headers, ...(options.body !== undefined && method !== 'GET' ? { body: options.body } : {}) });
  return { status: response.status, text: await response.text(), contentType: response.headers.get('content-type') };
}

/** Not a server error; a refusal is JSON that says why (ours: {error:{code,message}}; restify's router: {code,message}). */
function expectHandled(outcome: Outcome, request: string): void {
  expect(outcome.status, `${outcome.status} ${outcome.text.slice(0, 300)} ← ${request}`).toBeLessThan(500);
  if (outcome.status < 400) return;
  expect(outcome.contentType, request).toMatch(/application\/json/);
  const parsed = JSON.parse(outcome.text) as { error?: { code?: unknown; message?: unknown }; code?: unknown; message?: unknown };
  const reason = parsed.error ?? parsed;
  expect(typeof reason.code, `${request}: ${outcome.text}`).toBe('string');
  expect(typeof reason.message === 'string' ? reason.message.length : 0, `${request}: ${outcome.text}`).toBeGreaterThan(0);
}

/** FUZZ_SEED=<seed> replays a failed run (fast-check prints the seed). */
const RUN_LIMIT = {
  interruptAfterTimeLimit: 60_000,
  markInterruptAsFailure: false,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
} as const;

describe('fuzzing the HTTP boundary', () => {
  it('/api/messages answers any activity, field or body without a server error', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(body(channelActivity(server.url)), contentType, async (wire, type) => {
        const outcome = await send('POST', '/api/messages', { body: wire, type });
        // An invoke the bot does not handle is answered 501 Not Implemented, as the Bot Framework protocol has it.
        const parsed = (() => { try { return JSON.parse(wire) as { type?: unknown }; } catch { return undefined; } })();
        if (outcome.status === 501 && parsed?.type === 'invoke') return;
        expectHandled(outcome, `POST /api/messages ${type ?? '(no content type)'} ${wire.slice(0, 300)}`);
      }),
      { numRuns: 250, ...RUN_LIMIT },
    );
  });

  it('Direct Line answers random calls, paths, tokens and bodies without a server error', { timeout: 120_000 }, async () => {
    const conversationId = fc.oneof(
      fc.constant(mine.conversationId),
      fc.constant(other.conversationId),
      fc.string({ maxLength: 200 }).map(encodeURIComponent),
      fc.constantFrom('..', '%2e%2e', 'a'.repeat(300), '%00', '%ZZ'),
    );
    const path = fc.oneof(
      fc.constantFrom('/v3/directline/tokens/generate', '/v3/directline/tokens/refresh', '/api/directline/token', '/v3/directline/conversations'),
      conversationId.map((id) => `/v3/directline/conversations/${id}`),
      conversationId.map((id) => `/v3/directline/conversations/${id}/activities`),
      fc.tuple(conversationId, fc.oneof(fc.nat().map(String), fc.string({ maxLength: 20 }).map(encodeURIComponent))).map(([id, mark]) => `/v3/directline/conversations/${id}/activities?watermark=${mark}`),
      conversationId.map((id) => `/v3/directline/conversations/${id}/upload`),
      conversationId.map((id) => `/v3/conversations/${id}/activities`),
      fc.tuple(conversationId, fc.string({ maxLength: 40 }).map(encodeURIComponent)).map(([id, activity]) => `/v3/conversations/${id}/activities/${activity}`),
      fc.webPath(),
    );
    const token = fc.oneof(
      fc.constant(() => `Bearer ${mine.token}`),
      fc.constant(() => `Bearer ${other.token}`),
      fc.constant(() => undefined),
      fc.string({ maxLength: 300 }).map((garbage) => () => `Bearer ${garbage.replace(/[^\x20-\x7e]/g, '')}`),
      fc.constant(() => `Bearer ${mine.token.slice(0, -4)}AAAA`),
      fc.constant(() => 'Basic dXNlcjpwYXNz'),
    );
    const anyCall = fc.record({ method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'), target: path, auth: token, wire: body(pageActivity), type: contentType });
    // Most calls post to a real conversation with its token, so the activity reaches the bot.
    const pagePost = fc.record({ method: fc.constant('POST'), target: fc.constant(`/v3/directline/conversations/${mine.conversationId}/activities`), auth: fc.constant(() => `Bearer ${mine.token}`), wire: body(pageActivity), type: contentType });
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: pagePost }, { weight: 2, arbitrary: anyCall }), async ({ method, target, auth, wire, type }) => {
        const outcome = await send(method, target, { body: storable(wire), type, token: auth() });
        expectHandled(outcome, `${method} ${target} ${storable(wire).slice(0, 300)}`);
      }),
      { numRuns: 300, ...RUN_LIMIT },
    );
  });

  it('leaves the server serving: health, and a conversation from greeting to an answer', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const client = await DirectLineClient.start(server.url);
    expect((await client.poll()).map(readable).join('\n')).toMatch(/What can I help you with/);
    expect((await client.ask('hi')).map(readable).join('\n')).toMatch(/Notices[\s\S]*Talk to a person/);
    expect((await client.ask('what is the R859 notice')).map(readable).join('\n')).toMatch(/R859/);
  });
});

describe('unusual messages in a conversation', () => {
  const answers = async (said: string) => (await (await DirectLineClient.start(server.url)).ask(said)).map(readable).join('\n');

  it('asks politely for a shorter message when one is over the length the assistant reads', async () => {
    expect(await answers(`What is the R859 notice? ${'Please explain. '.repeat(200)}`)).toMatch(/longer than I can read\. Please ask your question in a sentence or two/);
  });

  it('refuses, with a reason, a message too long to take at all', async () => {
    const client = await DirectLineClient.start(server.url);
    const outcome = await send('POST', `/v3/directline/conversations/${client.conversationId}/activities`, {
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(40_001) }),
      type: 'application/json',
      token: `Bearer ${client.token}`,
    });
    expect(outcome.status).toBe(400);
    expect(JSON.parse(outcome.text)).toEqual({ error: { code: 'BadArgument', message: expect.stringMatching(/text.*too long/) } });
  });

  it.each([
    ['emoji', 'What is the R859 notice? 🙂👍'],
    ['control characters', '\u0007What is the R859 notice?\u001b\t'],
    ['zero-width and direction marks', '\u200bWhat is the\u200e R859 notice?\ufeff'],
    ['a right-to-left override', 'What is the R859 notice?\u202e'],
  ])('answers a question carrying %s as usual', async (_what, said) => {
    expect(await answers(said)).toMatch(/R859[\s\S]*Did this answer/);
  });

  it('answers an attachment with no text', async () => {
    const client = await DirectLineClient.start(server.url);
    await client.poll();
    const outcome = await send('POST', `/v3/directline/conversations/${client.conversationId}/activities`, {
      body: JSON.stringify({ type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/notice.png' }] }),
      type: 'application/json',
      token: `Bearer ${client.token}`,
    });
    expect(outcome.status).toBe(200);
    expect((await client.poll()).map(readable).join('\n')).toMatch(/not sure|What can I help you with|type/i);
  });
});

describe('messages the number and date recognizers are slow over', () => {
  // Each "1" is a number to the recognizers, whose time grows much faster than the text: read at
  // once, 240 characters of it held the whole server for seconds and 2,000 for far longer than this
  // test waits. The messages are read a few numbers at a time (see readInWindows).
  it.each([['1 a '.repeat(500)], ['$1 12/1 '.repeat(250)]])('a 2,000-character message dense with numbers is answered %#', { timeout: 30_000 }, async (text) => {
    const client = await DirectLineClient.start(server.url);
    await client.poll();
    expect((await client.ask(text)).map(readable).join('\n').length).toBeGreaterThan(0);
  });
});

describe('characters the database cannot store', () => {
  const post = async (wire: string) => {
    const client = await DirectLineClient.start(server.url);
    await client.poll();
    const outcome = await send('POST', `/v3/directline/conversations/${client.conversationId}/activities`, { body: wire, type: 'application/json', token: `Bearer ${client.token}` });
    return { outcome, seen: await client.poll() };
  };

  it.each([
    ['a NUL in the text', '{"type":"message","text":"hi\\u0000there"}', 'hi\uFFFDthere'],
    ['half of a surrogate pair in the text', '{"type":"message","text":"hi \\ud800 there"}', 'hi \uFFFD there'],
    ['a NUL in the sender name', '{"type":"message","text":"hi there","from":{"name":"Pat\\u0000"}}', 'hi there'],
    ['a NUL in a key', '{"type":"message","text":"hi there","channelData":{"a\\u0000b":1}}', 'hi there'],
  ])('%s is kept as � and the message answered', async (_what, wire, stored) => {
    const { outcome, seen } = await post(wire);
    expect(outcome.status, outcome.text).toBe(200);
    expect(seen.find((activity) => activity.from?.role === 'user')?.text).toBe(stored);
    expect(seen.some((activity) => activity.from?.role === 'bot' && activity.type === 'message')).toBe(true);
  });

  it('a body that is not JSON is refused with a 415 that says so', async () => {
    const client = await DirectLineClient.start(server.url);
    const outcome = await send('POST', `/v3/directline/conversations/${client.conversationId}/activities`, { body: 'type=message&text=hi', type: 'application/x-www-form-urlencoded', token: `Bearer ${client.token}` });
    expect(outcome.status).toBe(415);
    expect(JSON.parse(outcome.text)).toEqual({ error: { code: 'UnsupportedMediaType', message: expect.stringMatching(/JSON/) } });
  });
});
