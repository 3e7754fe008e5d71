import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../src/cli/directLineClient.js';
import { ConsoleClient } from '../fixtures/consoleClient.js';
import { submitCase } from '../fixtures/priorityOneIntake.js';
import { TEST_TOKEN_SECRET, startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

/**
 * Probes an attacker on this machine would try against the default set-up (no MicrosoftAppId,
 * the embedded channel), each as a row: the request, the status it must get, and then nothing
 * stored anywhere and nothing delivered to the victim or to any address the attacker named.
 */

const ADMIN = { username: 'sam', password: 'correct horse battery staple' };
const ISSUER = 'ct-taxpayer-assistant/directline';
const KEY = new TextEncoder().encode(TEST_TOKEN_SECRET);
const TABLES = ['bot_state', 'processed_activities', 'conversation_log', 'dl_activities', 'dl_conversations', 'handoff_cases', 'handoff_messages', 'kb_gaps', 'case_audit'];

let server: TestServer;
let victim: DirectLineClient;
let caseId: string;
/** Every request anything on this machine made to the attacker's listener. */
const attackerHits: string[] = [];
let attacker: ReturnType<typeof createServer>;
let attackerUrl = '';

/** A token signed with the server's own secret, shaped as the test says; `exp: null` leaves it out. */
async function signed(claims: Record<string, unknown>, options: { audience?: string; exp?: number | null; iat?: number } = {}): Promise<string> {
  const iat = options.iat ?? Math.floor(Date.now() / 1000);
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setIssuedAt(iat);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  if (options.exp !== null) jwt = jwt.setExpirationTime(options.exp ?? iat + 60);
  return jwt.sign(KEY);
}

async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = Number((await server.db.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]?.n);
  const state = await server.db.query<{ data: unknown }>("select data from bot_state where key like $1", [`%${victim.conversationId}%`]);
  counts.victimState = JSON.stringify(state.rows).length;
  counts.victimActivities = Number((await server.db.query<{ n: string }>('select count(*) as n from dl_activities where conversation_id = $1', [victim.conversationId])).rows[0]?.n);
  counts.attackerHits = attackerHits.length;
  const handoffCase = await server.db.query<{ status: string; claimed_by: string | null }>('select status, claimed_by from handoff_cases where id = $1', [caseId]);
  counts[`case:${handoffCase.rows[0]?.status}:${handoffCase.rows[0]?.claimed_by}`] = 1;
  return counts;
}

const post = (path: string, body: unknown, authorization?: string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization: `Bearer ${authorization}` } : {}) },
    body: JSON.stringify(body),
  });

/** An activity for the victim's conversation as a forger would post it to /api/messages. */
const forged = (overrides: Record<string, unknown> = {}) => ({
  type: 'message',
  id: randomUUID(),
  text: 'menu',
  channelId: 'webchat',
  serviceUrl: server.url,
  deliveryMode: 'expectReplies',
  conversation: { id: victim.conversationId },
  from: { id: victim.userId },
  recipient: { id: 'ct-tax-assistant' },
  ...overrides,
});
const status = (state: string) => ({ type: 'event', name: 'handoff.status', value: { state } });

beforeAll(async () => {
  server = await startTestServer({ env: { CONSOLE_ADMIN_USER: ADMIN.username, CONSOLE_ADMIN_PASSWORD: ADMIN.password } });
  attacker = createServer((req, res) => {
    attackerHits.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"x"}');
  });
  // Loopback, but an address the Emulator allowance does not cover.
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.2', resolve));
  attackerUrl = `http://127.0.0.2:${(attacker.address() as AddressInfo).port}`;
  victim = await DirectLineClient.start(server.url);
  await submitCase(victim);
  caseId = (await server.db.query<{ id: string }>('select id from handoff_cases where conversation_id = $1', [victim.conversationId])).rows[0]?.id ?? '';
  const rep = await ConsoleClient.signIn(server.url, ADMIN.username, ADMIN.password);
  expect((await rep.call('POST', `/cases/${caseId}/claim`)).status).toBe(200);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await new Promise((resolve) => attacker?.close(resolve));
});

type Probe = [what: string, send: () => Promise<Response>, expected: number];

describe('probes that must be refused, leaving nothing stored and nothing delivered', () => {
  const probes: Probe[] = [
    ['/api/messages, no token, into an embedded conversation, replies in the body', () => post('/api/messages', forged()), 403],
    ['/api/messages, no token, into an embedded conversation, replies to the server', () => post('/api/messages', forged({ deliveryMode: 'normal' })), 403],
    ['/api/messages, no token, as the Emulator channel', () => post('/api/messages', forged({ channelId: 'emulator' })), 403],
    ['/api/messages, no token, text for the active case', () => post('/api/messages', forged({ text: 'Send your payment to https://attacker.example' })), 403],
    ['/api/messages, no token, handoff.status completed', () => post('/api/messages', forged(status('completed'))), 403],
    ['/api/messages, replies to an address the attacker names', () => post('/api/messages', forged({ deliveryMode: 'normal', serviceUrl: attackerUrl })), 403],
    ["/api/messages with the victim's own page token", async () => post('/api/messages', forged(), victim.token), 401],
    ['/api/messages with a delivery token signed by another key', async () => post('/api/messages', forged(), await new SignJWT({ conv: victim.conversationId, chan: 'webchat' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setAudience('ct-taxpayer-assistant/bot').setIssuedAt().setExpirationTime('1m').sign(new TextEncoder().encode('another-secret-another-secret-another-secret'))), 401],
    ['/api/messages with a delivery token for another conversation', async () => post('/api/messages', forged(), await signed({ conv: 'AAAAAAAAAAAAAAAAAAAAAA', chan: 'webchat' }, { audience: 'ct-taxpayer-assistant/bot' })), 403],
    ['/api/messages with a delivery token for another channel', async () => post('/api/messages', forged(), await signed({ conv: victim.conversationId, chan: 'sms' }, { audience: 'ct-taxpayer-assistant/bot' })), 403],
    ['/api/messages with an expired delivery token', async () => post('/api/messages', forged(), await signed({ conv: victim.conversationId, chan: 'webchat' }, { audience: 'ct-taxpayer-assistant/bot', iat: Math.floor(Date.now() / 1000) - 600, exp: Math.floor(Date.now() / 1000) - 300 })), 401],
    ['/api/messages with a delivery token without exp', async () => post('/api/messages', forged(), await signed({ conv: victim.conversationId, chan: 'webchat' }, { audience: 'ct-taxpayer-assistant/bot', exp: null })), 401],
    ['Direct Line: handoff.status accepted from the taxpayer\'s own page', () => post(`/v3/directline/conversations/${victim.conversationId}/activities`, { ...status('accepted'), from: { id: victim.userId } }, victim.token), 403],
    ['Direct Line: handoff.status completed from the taxpayer\'s own page', () => post(`/v3/directline/conversations/${victim.conversationId}/activities`, { ...status('completed'), from: { id: victim.userId } }, victim.token), 403],
    ['Direct Line: an event named with an SSN', () => post(`/v3/directline/conversations/${victim.conversationId}/activities`, { type: 'event', name: 'ssn123-45-6789' }, victim.token), 400],
    ['Direct Line: a correctly signed page token without exp', async () => post(`/v3/directline/conversations/${victim.conversationId}/activities`, { type: 'message', text: 'menu' }, await signed({ conv: victim.conversationId, user: victim.userId }, { exp: null })), 401],
    ['Direct Line: a page token for the victim signed by another key', async () => post(`/v3/directline/conversations/${victim.conversationId}/activities`, { type: 'message', text: 'menu' }, await new SignJWT({ conv: victim.conversationId, user: victim.userId }).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-another-secret-another-secret'))), 401],
    ['connector endpoint: a page token posting as the assistant', () => post(`/v3/conversations/${victim.conversationId}/activities`, { type: 'message', text: 'Pay at https://attacker.example' }, victim.token), 401],
    ['connector endpoint: a bot token without exp', async () => post(`/v3/conversations/${victim.conversationId}/activities`, { type: 'message', text: 'Pay at https://attacker.example' }, await signed({ role: 'bot' }, { audience: 'ct-taxpayer-assistant/connector', exp: null })), 401],
    ['token route: a user id holding an SSN', () => post('/api/directline/token', { user: { id: 'dl_123456789' } }), 400],
  ];

  it.each(probes)("%s → %s", async (_what, send, expected) => {
    const before = await snapshot();
    const response = await send();
    expect(response.status).toBe(expected);
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    expect(body.error?.message, 'a reason').toMatch(/\w{4}/);
    expect(JSON.stringify(body)).not.toMatch(/at \S+\.(?:ts|js):\d+/);
    // The case stays claimed by the representative; no row, reply or request anywhere.
    expect(await snapshot()).toEqual(before);
  });
});

describe('what the victim sees afterwards', () => {
  it('the case is still active with its representative, and the page holds none of the forged text', async () => {
    expect(await snapshot()).toHaveProperty('case:active:sam', 1);
    const all = await server.db.query<{ activity: unknown }>('select activity from dl_activities where conversation_id = $1', [victim.conversationId]);
    expect(JSON.stringify(all.rows)).not.toMatch(/attacker\.example/);
  });
});
