import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../src/cli/directLineClient.js';
import { ConsoleClient } from '../fixtures/consoleClient.js';
import { TO_CONFIRMATION, TOLD_CASE_NUMBER, submitCase } from '../fixtures/priorityOneIntake.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

/**
 * What is kept of the addresses and data a caller sends: a serviceUrl outside the allow-list is
 * never stored nor posted to, and of what arrives beside a message only what delivery needs is kept.
 */

const ADMIN = { username: 'sam', password: 'correct horse battery staple' };
const SSN = '123-45-6789';

let server: TestServer;
let rep: ConsoleClient;
const hits: string[] = [];
let listener: ReturnType<typeof createServer>;
let foreignUrl = '';

beforeAll(async () => {
  server = await startTestServer({ env: { CONSOLE_ADMIN_USER: ADMIN.username, CONSOLE_ADMIN_PASSWORD: ADMIN.password } });
  rep = await ConsoleClient.signIn(server.url, ADMIN.username, ADMIN.password);
  listener = createServer((req, res) => {
    hits.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"x"}');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.2', resolve));
  foreignUrl = `http://127.0.0.2:${(listener.address() as AddressInfo).port}/any/path`;
}, 30_000);

afterAll(async () => {
  await server?.close();
  await new Promise((resolve) => listener?.close(resolve));
});

const caseFor = async (conversationId: string) =>
  (await server.db.query<{ id: string; conversation_ref: Record<string, unknown> }>('select id, conversation_ref from handoff_cases where conversation_id = $1', [conversationId])).rows[0];

async function claimAndMessage(caseId: string): Promise<{ delivery: string; error: string | null }> {
  expect((await rep.call('POST', `/cases/${caseId}/claim`)).status).toBe(200);
  const sent = await rep.call<{ message: { delivery: string; error: string | null } }>('POST', `/cases/${caseId}/messages`, { text: 'Hello from DRS' });
  expect(sent.status).toBe(201);
  return sent.body.message;
}

describe('serviceUrl', () => {
  it('a case made with replies in the body keeps the server\'s own address, never the one the caller named, and nothing is posted there', async () => {
    const conversationId = `conv-${randomUUID()}`;
    let told = '';
    for (const [text] of [...TO_CONFIRMATION, ['Submit', /./] as const]) {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: randomUUID(), text, channelId: 'webchat', deliveryMode: 'expectReplies', serviceUrl: foreignUrl,
          conversation: { id: conversationId, name: `SSN ${SSN}` }, from: { id: 'user-1', name: 'Pat', ssn: SSN, role: 'user' }, recipient: { id: 'bot' },
        }),
      });
      expect(response.status).toBe(200);
      told += JSON.stringify(await response.json());
    }
    expect(told).toMatch(TOLD_CASE_NUMBER);
    const stored = await caseFor(conversationId);
    expect(stored?.conversation_ref).toMatchObject({ serviceUrl: server.url, conversation: { id: conversationId }, user: { id: 'user-1', role: 'user' } });
    expect(JSON.stringify(stored?.conversation_ref)).not.toMatch(/127\.0\.0\.2|123-45-6789|ssn|SSN|Pat/);

    const message = await claimAndMessage(stored?.id ?? '');
    expect(message.delivery).toBe('failed');
    expect(hits).toEqual([]);
  });

  it('a case whose stored address is outside the allow-list is never posted to: the message is kept as failed, with the reason', async () => {
    const taxpayer = await DirectLineClient.start(server.url);
    await submitCase(taxpayer);
    const stored = await caseFor(taxpayer.conversationId);
    // As a case stored before the allow-list would hold it.
    await server.db.query("update handoff_cases set conversation_ref = jsonb_set(conversation_ref, '{serviceUrl}', to_jsonb($2::text)) where id = $1", [stored?.id, foreignUrl]);
    const message = await claimAndMessage(stored?.id ?? '');
    expect(message).toMatchObject({ delivery: 'failed', error: expect.stringMatching(/channel address is not one the assistant delivers to/) });
    expect(hits).toEqual([]);
  });
});

describe('what the embedded channel keeps of what a page sends', () => {
  it('drops entities, time zones and malformed ids; keeps Web Chat\'s own id and time; the stored activity holds no SSN', async () => {
    const taxpayer = await DirectLineClient.start(server.url);
    const response = await fetch(`${server.url}/v3/directline/conversations/${taxpayer.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${taxpayer.token}` },
      body: JSON.stringify({
        type: 'message', text: 'help', from: { id: taxpayer.userId, name: `Pat ${SSN}`, ssn: SSN },
        locale: `en-${SSN}`, localTimezone: `America/${SSN}`, localTimestamp: SSN,
        entities: [{ type: 'ClientCapabilities', note: SSN }],
        channelData: { clientActivityID: '123456789', clientTimestamp: `ssn ${SSN}`, extra: SSN },
      }),
    });
    expect(response.status).toBe(200);
    const good = await fetch(`${server.url}/v3/directline/conversations/${taxpayer.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${taxpayer.token}` },
      body: JSON.stringify({ type: 'message', text: 'menu', locale: 'en-US', channelData: { clientActivityID: 'k3j5h2g7f1d', clientTimestamp: '2026-12-05T15:00:00.000Z' } }),
    });
    expect(good.status).toBe(200);
    const rows = await server.db.query<{ activity: Record<string, unknown> }>("select activity from dl_activities where conversation_id = $1 and activity->'from'->>'role' = 'user' order by seq", [taxpayer.conversationId]);
    const [first, second] = rows.rows.map((row) => row.activity);
    expect(JSON.stringify(rows.rows)).not.toMatch(/123.?45.?6789|123456789/);
    expect(first).not.toHaveProperty('entities');
    expect(first).not.toHaveProperty('localTimezone');
    expect(first).not.toHaveProperty('localTimestamp');
    expect(first).not.toHaveProperty('locale');
    expect(first?.channelData).toEqual({});
    expect(first?.from).toEqual({ id: taxpayer.userId, name: 'Pat [SSN removed]', role: 'user' });
    expect(second).toMatchObject({ locale: 'en-US', channelData: { clientActivityID: 'k3j5h2g7f1d', clientTimestamp: '2026-12-05T15:00:00.000Z' } });
  });

  it.each([
    ['536/22/4821', /536.?22.?4821/],
    ['536_22_4822', /536.?22.?4822/],
    ['536\u200B22\u200B4823', /536.?22.?4823/],
    ['5\u20603\u20606\u200C2\u200D2\u200B4\u200B8\u200B2\u200B4', /5.?3.?6.?2.?2.?4.?8.?2.?4/],
    ['O78-O5-1121', /[O0]78.?[O0]5.?1121/],
    ['6011/0000/0000/0004', /6011.?0000.?0000.?0004/],
    ['account 7654321', /7654321/],
    ['acct #12345678', /12345678/],
    ['routing number 1234567', /1234567/],
  ])('%j typed on the page is removed from everything stored, and the taxpayer is told', async (typed, digits) => {
    const taxpayer = await DirectLineClient.start(server.url);
    const replies = await taxpayer.ask(`my number is ${typed}`);
    expect(replies.map((reply) => reply.text ?? '').join('\n')).toMatch(/removed what looked like a Social Security, bank or card number/);
    const stored = await server.db.query('select activity::text as a from dl_activities where conversation_id = $1 union all select text from conversation_log where conversation_id = $1 union all select data::text from bot_state where key like $2', [taxpayer.conversationId, `%${taxpayer.conversationId}%`]);
    expect(JSON.stringify(stored.rows).replace(/\\u200[b-d]|\\u2060/gi, '')).not.toMatch(digits);
  });
});
