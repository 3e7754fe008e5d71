import { SignJWT, generateKeyPair } from 'jose';
import type { CryptoKey, JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_KEY_ID as KID, startChannelIssuer } from '../fixtures/channelIssuer.js';
import type { ChannelIssuer } from '../fixtures/channelIssuer.js';
import { channelTokenSettings } from '../../src/bot/channelTokenSettings.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

/**
 * `/api/messages` with Bot Framework authentication on, validated by botbuilder for real against
 * an OpenID metadata document and key set served on loopback (ToBotFromChannelOpenIdMetadataUrl).
 */

const APP_ID = '6f1d3f0e-2b7a-4c1e-9d35-0a4c2f7e8b91';
const APP_PASSWORD = 'app-password-not-used-for-inbound';
const SERVICE_URL = 'https://channel.example.net/sms/';

let otherKey: CryptoKey;
let issuer: ChannelIssuer;
let ISSUER: string;
let server: TestServer;
/** What botbuilder itself writes to the console while validating (not our log). */
const consoleErrors: string[] = [];

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
  });
  otherKey = (await generateKeyPair('RS256')).privateKey;
  issuer = await startChannelIssuer(['sms', 'webchat']);
  ISSUER = issuer.issuer;
  server = await startTestServer({
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: APP_PASSWORD,
      ToBotFromChannelOpenIdMetadataUrl: issuer.metadataUrl,
      ToBotFromChannelTokenIssuer: ISSUER,
      SERVICE_URL_HOSTS: 'channel.example.net',
    },
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server?.close();
  await issuer?.close();
});

const now = () => Math.floor(Date.now() / 1000);

/** A channel token as the Bot Framework issues them; `claims` and `options` change one thing at a time. */
const channelToken = (claims: JWTPayload = {}, options: { key?: CryptoKey; kid?: string } = {}) => issuer.token(APP_ID, SERVICE_URL, claims, options);

let sequence = 0;
const activity = (overrides: Record<string, unknown> = {}) => ({
  type: 'message',
  text: 'help',
  id: `act-${(sequence += 1)}`,
  channelId: 'sms',
  deliveryMode: 'expectReplies',
  serviceUrl: SERVICE_URL,
  conversation: { id: 'sms-auth-conv' },
  from: { id: '+18605550142' },
  recipient: { id: APP_ID },
  ...overrides,
});

function postMessage(authorization: string | undefined, body: unknown = activity()): Promise<Response> {
  return fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body: JSON.stringify(body),
  });
}

async function expectUnauthorized(response: Response): Promise<void> {
  expect(response.status).toBe(401);
  expect(await response.json()).toEqual({ error: { code: 'Unauthorized', message: expect.any(String) } });
}

describe('/api/messages with Bot Framework authentication', () => {
  it('accepts a correctly signed channel token and the turn reaches the bot', async () => {
    const response = await postMessage(`Bearer ${await channelToken()}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: { text?: string; conversation: { id: string } }[] };
    expect(body.activities.map((reply) => reply.text).join('\n')).toMatch(/Type your question/);
    expect(body.activities[0]?.conversation.id).toBe('sms-auth-conv');
    // The keys really came from the configured metadata, not from Azure.
    expect(issuer.fetches).toEqual(expect.arrayContaining(['/v1/.well-known/openidconfiguration', '/v1/keys']));
  });

  /** Every refused credential, one row each: what a channel would send, and the activity it carries. */
  const refused: [string, () => Promise<{ authorization: string | undefined; body?: unknown }>][] = [
    ['no Authorization header', async () => ({ authorization: undefined })],
    ['an empty Authorization header', async () => ({ authorization: '' })],
    ['a token that is not a JWT', async () => ({ authorization: 'Bearer not.a.jwt' })],
    ['"Bearer" with no token', async () => ({ authorization: 'Bearer' })],
    ['Basic credentials', async () => ({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })],
    ['a token with its signature altered', async () => ({ authorization: `Bearer ${(await channelToken()).slice(0, -4)}AAAA` })],
    ['a token signed by another key under the channel key\'s id', async () => ({ authorization: `Bearer ${await channelToken({}, { key: otherKey })}` })],
    ['a token signed by another key under another id', async () => ({ authorization: `Bearer ${await channelToken({}, { key: otherKey, kid: 'attacker-key' })}` })],
    // Algorithm confusion: HMAC with the app password, and no signature at all, under the real key id.
    ['an HMAC token keyed with the app password', async () => ({
      authorization: `Bearer ${await new SignJWT({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, exp: now() + 3600 }).setProtectedHeader({ alg: 'HS256', kid: KID }).sign(new TextEncoder().encode(APP_PASSWORD))}`,
    })],
    ['an unsigned token', async () => ({
      authorization: `Bearer ${Buffer.from(JSON.stringify({ alg: 'none', kid: KID })).toString('base64url')}.${Buffer.from(JSON.stringify({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, exp: now() + 3600 })).toString('base64url')}.`,
    })],
    ['a token expired beyond botbuilder\'s five minutes of clock skew', async () => ({ authorization: `Bearer ${await channelToken({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 600 })}` })],
    ['a token meant for another bot', async () => ({ authorization: `Bearer ${await channelToken({ aud: '11111111-2222-4333-8444-555555555555' })}` })],
    ['a token from another issuer', async () => ({ authorization: `Bearer ${await channelToken({ iss: 'https://api.botframework.com' })}` })],
    ['a token for another service URL', async () => ({ authorization: `Bearer ${await channelToken({ serviceurl: 'https://attacker.example.com/' })}` })],
    ['a key not endorsed for the activity\'s channel', async () => ({ authorization: `Bearer ${await channelToken()}`, body: activity({ channelId: 'msteams' }) })],
  ];

  it.each(refused)('401 for %s', async (_name, request) => {
    const { authorization, body } = await request();
    await expectUnauthorized(await postMessage(authorization, body));
  });

  it('a rejected token never starts a turn or logs an error', async () => {
    const before = server.logs.length;
    await expectUnauthorized(await postMessage(`Bearer ${await channelToken({}, { key: otherKey })}`));
    const lines = server.logs.slice(before);
    expect(lines.filter((line) => (line.level as number) >= 50)).toEqual([]);
    expect(JSON.stringify(lines)).not.toMatch(/Bearer|eyJ/);
    // botbuilder's own console output about refused tokens never quotes them either.
    expect(consoleErrors.length).toBeGreaterThan(0);
    expect(consoleErrors.join('\n')).not.toMatch(/eyJ[\w-]{10,}\.|Bearer/);
    expect(lines.some((line) => line.msg === 'request' && line.status === 401)).toBe(true);
  });
});

describe('rate limits with Bot Framework authentication', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: APP_PASSWORD,
        ToBotFromChannelOpenIdMetadataUrl: issuer.metadataUrl,
        ToBotFromChannelTokenIssuer: ISSUER,
        SERVICE_URL_HOSTS: 'channel.example.net',
        RATE_LIMIT_PER_ADDRESS: '3',
        RATE_LIMIT_PER_CONVERSATION: '3',
      },
    });
  });
  afterAll(async () => {
    await limited?.close();
  });

  const send = async (token: string, conversationId: string) =>
    fetch(`${limited.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(activity({ conversation: { id: conversationId } })),
    });

  it('authenticated channel traffic does not use up the address (Azure sends everyone\'s from a few); failed tokens do, and never a conversation', async () => {
    const good = await channelToken();
    const forged = await channelToken({}, { key: otherKey });
    // Six authenticated messages from one address, more than its limit of 3.
    for (let i = 0; i < 6; i += 1) expect((await send(good, `sms-many-${i}`)).status).toBe(200);
    // Two forged ones into a conversation: refused, counted against the address only.
    for (let i = 0; i < 2; i += 1) expect((await send(forged, 'sms-target')).status).toBe(401);
    for (let i = 0; i < 3; i += 1) expect((await send(good, 'sms-target')).status).toBe(200);
    const overConversation = await send(good, 'sms-target');
    expect(overConversation.status).toBe(429);
    expect(await overConversation.json()).toMatchObject({ error: { message: expect.stringMatching(/conversation/) } });
    expect((await send(forged, 'sms-other')).status).toBe(401);
    const overAddress = await send(forged, 'sms-other');
    expect(overAddress.status).toBe(429);
    expect(await overAddress.json()).toMatchObject({ error: { message: expect.stringMatching(/address/) } });
  });
});

describe('channelTokenSettings', () => {
  it('gives botbuilder every endpoint once one is configured, the rest as Azure\'s public cloud has them', () => {
    expect(channelTokenSettings({ ToBotFromChannelOpenIdMetadataUrl: undefined, ToBotFromChannelTokenIssuer: undefined })).toEqual({});
    expect(channelTokenSettings({ ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/openid', ToBotFromChannelTokenIssuer: undefined })).toEqual({
      ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/openid',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
      ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      OAuthUrl: 'https://api.botframework.com',
      CallerId: 'urn:botframework:azure',
    });
  });
});
