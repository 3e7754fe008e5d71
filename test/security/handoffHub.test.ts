import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import { startChannelIssuer } from '../fixtures/channelIssuer.js';
import type { ChannelIssuer } from '../fixtures/channelIssuer.js';
import { TO_CONFIRMATION, TOLD_CASE_NUMBER } from '../fixtures/priorityOneIntake.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

/**
 * handoff.status moves a case only when it comes from a hub named in HANDOFF_HUB_CHANNELS, on a
 * request Azure Bot Service signed (here: a token service on loopback, checked by botbuilder).
 */

const APP_ID = '6f1d3f0e-2b7a-4c1e-9d35-0a4c2f7e8b91';
const SERVICE_URL = 'https://hub.botframework.com/';
let issuer: ChannelIssuer;
let server: TestServer;

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  issuer = await startChannelIssuer(['omnichannel', 'webchat']);
  server = await startTestServer({
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-used-for-inbound',
      ToBotFromChannelOpenIdMetadataUrl: issuer.metadataUrl,
      ToBotFromChannelTokenIssuer: issuer.issuer,
      HANDOFF_HUB_CHANNELS: 'omnichannel',
    },
  });
}, 30_000);
afterAll(async () => {
  vi.restoreAllMocks();
  await server?.close();
  await issuer?.close();
});

async function send(conversationId: string, body: Record<string, unknown>, options: { channelId?: string; signed?: boolean } = {}) {
  const authorization: Record<string, string> = options.signed === false ? {} : { authorization: `Bearer ${await issuer.token(APP_ID, SERVICE_URL)}` };
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization },
    body: JSON.stringify({
      id: randomUUID(), channelId: options.channelId ?? 'omnichannel', deliveryMode: 'expectReplies', serviceUrl: SERVICE_URL,
      conversation: { id: conversationId }, from: { id: 'customer-1' }, recipient: { id: APP_ID }, ...body,
    }),
  });
  const text = await response.text();
  return { status: response.status, said: text };
}

const status = (state: string) => ({ type: 'event', name: 'handoff.status', value: { state } });

async function caseOn(conversationId: string) {
  const rows = await server.db.query<{ id: string; status: string; claimed_by: string | null; closed_at: unknown }>('select id, status, claimed_by, closed_at from handoff_cases where conversation_id = $1', [conversationId]);
  return rows.rows[0];
}

/** A customer on the hub's channel submits a Priority One case. */
async function newCase(): Promise<string> {
  const conversationId = `hub-${randomUUID()}`;
  let said = '';
  for (const [text] of [...TO_CONFIRMATION, ['Submit', /./] as const]) said += (await send(conversationId, { type: 'message', text })).said;
  expect(said).toMatch(TOLD_CASE_NUMBER);
  expect(await caseOn(conversationId)).toMatchObject({ status: 'queued', claimed_by: null });
  return conversationId;
}

describe('handoff.status', () => {
  it('from the configured hub: accepted gives the case to the hub, completed closes it with its time', async () => {
    const conversationId = await newCase();
    const accepted = await send(conversationId, status('accepted'));
    expect(accepted.status).toBe(200);
    expect(accepted.said).toMatch(/A DRS representative has taken your case P1-/);
    expect(await caseOn(conversationId)).toMatchObject({ status: 'active', claimed_by: 'hub:omnichannel', closed_at: null });
    const completed = await send(conversationId, status('completed'));
    expect(completed.said).toMatch(/has ended/);
    const closed = await caseOn(conversationId);
    expect(closed).toMatchObject({ status: 'closed', claimed_by: 'hub:omnichannel' });
    expect(closed?.closed_at).not.toBeNull();
  });

  it('signed by Azure but on a taxpayer channel: nothing changes', async () => {
    const conversationId = await newCase();
    const response = await send(conversationId, status('completed'), { channelId: 'webchat' });
    expect(response.status).toBe(200);
    expect(response.said).not.toMatch(/has ended/);
    expect(await caseOn(conversationId)).toMatchObject({ status: 'queued', claimed_by: null, closed_at: null });
  });

  it('without a token: 401 and nothing changes', async () => {
    const conversationId = await newCase();
    expect((await send(conversationId, status('accepted'), { signed: false })).status).toBe(401);
    expect(await caseOn(conversationId)).toMatchObject({ status: 'queued', claimed_by: null });
  });

  it('the hub cannot take or end a case a representative has', async () => {
    const conversationId = await newCase();
    const handoffCase = await caseOn(conversationId);
    await server.db.query("update handoff_cases set status = 'active', claimed_by = 'sam', claimed_at = now() where id = $1", [handoffCase?.id]);
    for (const state of ['accepted', 'completed', 'failed']) await send(conversationId, status(state));
    expect(await caseOn(conversationId)).toMatchObject({ status: 'active', claimed_by: 'sam', closed_at: null });
  });

  it('the database refuses an active case without a claimant', async () => {
    const conversationId = await newCase();
    const handoffCase = await caseOn(conversationId);
    await expect(server.db.query("update handoff_cases set status = 'active' where id = $1", [handoffCase?.id])).rejects.toThrow(/handoff_cases_active_claimed/);
  });
});

describe('HANDOFF_HUB_CHANNELS', () => {
  it.each([
    [{ HANDOFF_HUB_CHANNELS: 'omnichannel' }, /HANDOFF_HUB_CHANNELS needs MicrosoftAppId/],
    [{ HANDOFF_HUB_CHANNELS: 'omnichannel,webchat', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }, /HANDOFF_HUB_CHANNELS may not name webchat/],
    [{ HANDOFF_HUB_CHANNELS: 'sms', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }, /may not name sms/],
  ])('%j is refused at start-up', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('is empty by default: no hub is trusted', () => {
    expect(parseConfig({}).HANDOFF_HUB_CHANNELS).toEqual([]);
  });
});
