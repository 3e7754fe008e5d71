import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

interface Ticket {
  conversationId: string;
  token: string;
  expires_in: number;
}
interface Activity {
  id: string;
  type: string;
  text?: string;
  from: { role?: string };
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const tokenRoute = (headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

async function startConversation(): Promise<Ticket> {
  const ticket = (await (await tokenRoute()).json()) as Ticket;
  const started = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${ticket.token}` } });
  expect(started.status).toBe(201);
  return ticket;
}

const post = (ticket: Ticket, activity: object) =>
  fetch(`${server.url}/v3/directline/conversations/${ticket.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ticket.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });

async function activities(ticket: Ticket): Promise<Activity[]> {
  const response = await fetch(`${server.url}/v3/directline/conversations/${ticket.conversationId}/activities?watermark=0`, {
    headers: { authorization: `Bearer ${ticket.token}` },
  });
  return ((await response.json()) as { activities: Activity[] }).activities;
}

describe('a reloaded page rejoins its conversation through the token route', () => {
  it('gives a fresh token for the same conversation when the page presents its current one', async () => {
    const first = await startConversation();
    const again = await tokenRoute({ authorization: `Bearer ${first.token}` });
    expect(again.status).toBe(200);
    const ticket = (await again.json()) as Ticket;
    expect(ticket.conversationId).toBe(first.conversationId);
    expect(ticket.expires_in).toBe(first.expires_in);
    // The renewed token reads the whole history.
    expect((await activities(ticket)).length).toBeGreaterThan(0);
  });

  it.each([
    ['a token signed by someone else', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJjb252IjoieCIsInVzZXIiOiJ5In0.c2lnbmF0dXJl', 401],
    ['no Bearer scheme', 'Basic dXNlcjpwYXNz', 401],
    ['an empty Bearer', 'Bearer ', 401],
  ])('refuses %s with 401 and a reason', async (_name, authorization, status) => {
    const response = await tokenRoute({ authorization });
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: { code: 'Unauthorized', message: expect.any(String) } });
  });

  it('answers 404 when the conversation is gone (retention), so the page starts a new one', async () => {
    const first = await startConversation();
    await server.db.query('delete from dl_conversations where id = $1', [first.conversationId]);
    const response = await tokenRoute({ authorization: `Bearer ${first.token}` });
    expect(response.status).toBe(404);
  });
});

describe('a page retrying a post it got no answer to', () => {
  it('keeps the message once and answers it once', async () => {
    const ticket = await startConversation();
    const message = { type: 'message', text: 'what is the interest rate on unpaid tax', channelData: { clientActivityID: 'k3j5h2g7f1d' } };
    const first = await post(ticket, message);
    const second = await post(ticket, message);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const firstId = ((await first.json()) as { id: string }).id;
    expect(((await second.json()) as { id: string }).id).toBe(firstId);
    const log = await activities(ticket);
    expect(log.filter((activity) => activity.text === message.text)).toHaveLength(1);
    expect(log.filter((activity) => activity.text?.includes('How Connecticut charges interest'))).toHaveLength(1);
  });

  it('keeps two messages with different ids, even with the same words', async () => {
    const ticket = await startConversation();
    expect((await post(ticket, { type: 'message', text: 'menu', channelData: { clientActivityID: 'aaa1' } })).status).toBe(200);
    expect((await post(ticket, { type: 'message', text: 'menu', channelData: { clientActivityID: 'bbb2' } })).status).toBe(200);
    expect((await activities(ticket)).filter((activity) => activity.text === 'menu')).toHaveLength(2);
  });
});
