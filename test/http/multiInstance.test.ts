import { afterAll, beforeAll, expect, it } from 'vitest';
import { DirectLineClient, readable } from '../../src/cli/directLineClient.js';
import type { Database } from '../../src/db/database.js';
import { describeEachEngine } from '../fixtures/databases.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

describeEachEngine('two instances on one database', (engine) => {
  let db: Database;
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    db = await engine.open();
    first = await startTestServer({ db });
    second = await startTestServer({ db });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await db.close();
  });

  it('carries one conversation across instances: dialog state, activity log and tokens', async () => {
    const onFirst = await DirectLineClient.start(first.url);
    expect(readable((await onFirst.ask('talk to a person'))[0]!)).toMatch(/collection action/);

    // The same conversation and token, now served by the other instance (as behind a load balancer).
    const tokenResponse = await fetch(`${second.url}/v3/directline/tokens/refresh`, {
      method: 'POST',
      headers: { authorization: `Bearer ${onFirst.token}` },
    });
    expect(tokenResponse.status).toBe(200);
    const post = await fetch(`${second.url}/v3/directline/conversations/${onFirst.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${onFirst.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'yes' }),
    });
    expect(post.status).toBe(200);
    const { id } = (await post.json()) as { id: string };

    const replies = (await onFirst.poll()).filter((activity) => activity.replyToId === id);
    expect(replies.map(readable).join('\n')).toMatch(/individual or for a business/);
  });

  it('issues tokens on the public generate endpoint that work on either instance', async () => {
    const generated = await fetch(`${first.url}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(generated.status).toBe(200);
    const ticket = (await generated.json()) as { token: string; conversationId: string; expires_in: number };
    expect(ticket.expires_in).toBe(1800);
    const started = await fetch(`${second.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${ticket.token}` } });
    expect(started.status).toBe(201);
    expect(await started.json()).toMatchObject({ conversationId: ticket.conversationId });
  });
});
