import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readable } from '../../src/cli/directLineClient.js';
import type { DirectLineActivity } from '../../src/cli/directLineClient.js';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';
import { channelConversation, startFakeConnector } from '../fixtures/apiMessages.js';
import { createPostgresDatabase, describeEachEngine, postgresUrl } from '../fixtures/databases.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const GREETING = /I am the Connecticut Department of Revenue Services \(DRS\) virtual assistant/g;
const AT_ONCE = 5;

/**
 * Sends AT_ONCE messages from one new SMS number at the same moment, spread over `servers`, with
 * replies in the responses or, given a connector, posted to it (each reply an HTTP round trip, so
 * turns overlap even on the embedded database). Then: every message was answered, the greeting
 * came exactly once, and the conversation goes on from the menu.
 */
async function burstThenContinue(servers: string[], connector?: { url: string; replies: (conversationId: string) => DirectLineActivity[] }): Promise<void> {
  const chat = channelConversation();
  const sent = Array.from({ length: AT_ONCE }, (_, index) => chat.activity(servers[index % servers.length]!, 'hi', randomUUID(), connector?.url));
  const deliveries = await Promise.all(sent.map((activity, index) => chat.deliver(servers[index % servers.length]!, activity)));
  expect(deliveries.map((delivery) => delivery.status)).toEqual(sent.map(() => 200));
  const answers = sent.map((activity, index) =>
    connector ? connector.replies(chat.conversationId).filter((reply) => reply.replyToId === activity.id).map(readable).join('\n') : deliveries[index]!.said,
  );
  for (const answer of answers) expect(answer).toMatch(/What can I help you with\?/);
  expect(answers.flatMap((answer) => answer.match(GREETING) ?? [])).toHaveLength(1);

  const last = servers[servers.length - 1]!;
  expect((await chat.say(last, 'talk to a person')).said).toMatch(/collection action/);
  expect((await chat.say(servers[0]!, 'yes')).said).toMatch(/individual or for a business/);
}

describeEachEngine('turns of one conversation arriving at once', (engine) => {
  let db: Database;
  let first: TestServer;
  let second: TestServer;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  beforeAll(async () => {
    connector = await startFakeConnector();
    db = await engine.open();
    first = await startTestServer({ db });
    second = await startTestServer({ db });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await db?.close();
    await connector?.close();
  });

  it('one instance, replies in the responses: each is answered in turn, one greeting, state intact', async () => {
    await burstThenContinue([first.url]);
  });

  it('one instance, replies posted to the channel: the same', async () => {
    await burstThenContinue([first.url], connector);
  });

  it('two instances on one database object: the same', async () => {
    await burstThenContinue([first.url, second.url], connector);
  });

  it('many conversations at once do not wait on each other for long', async () => {
    const started = Date.now();
    await Promise.all(Array.from({ length: 12 }, () => burstThenContinue([first.url, second.url], connector)));
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

/** As two processes would be: each instance has its own pool, listener and lock session. */
describe.skipIf(!postgresUrl)('turns of one conversation at once on two instances, each with its own connections to one Postgres', () => {
  let database: { url: string; drop(): Promise<void> };
  let dbs: Database[];
  let servers: TestServer[];
  beforeAll(async () => {
    database = await createPostgresDatabase(postgresUrl ?? '');
    dbs = [await openDatabase({ databaseUrl: database.url }), await openDatabase({ databaseUrl: database.url })];
    servers = [await startTestServer({ db: dbs[0] }), await startTestServer({ db: dbs[1] })];
  });
  afterAll(async () => {
    for (const server of servers ?? []) await server.close();
    for (const db of dbs ?? []) await db.close();
    await database?.drop();
  });

  it('are answered one at a time across the instances: one greeting, state intact', async () => {
    await burstThenContinue(servers.map((server) => server.url));
  });

  it('the same with replies posted to the channel', async () => {
    const connector = await startFakeConnector();
    try {
      await burstThenContinue(servers.map((server) => server.url), connector);
    } finally {
      await connector.close();
    }
  });

  it('a delivery retried on the other instance at the same time runs once', async () => {
    const chat = channelConversation();
    const once = chat.activity(servers[0]!.url, 'talk to a person');
    const deliveries = await Promise.all([chat.deliver(servers[0]!.url, once), chat.deliver(servers[1]!.url, once)]);
    expect(deliveries.filter((delivery) => delivery.activities.length > 0)).toHaveLength(1);
    expect((await chat.say(servers[1]!.url, 'yes')).said).toMatch(/individual or for a business/);
  });
});
