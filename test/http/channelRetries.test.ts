import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { channelConversation } from '../fixtures/apiMessages.js';
import { describeEachEngine } from '../fixtures/databases.js';
import { TOLD_CASE_NUMBER, TO_CONFIRMATION } from '../fixtures/priorityOneIntake.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

describeEachEngine('a channel delivering the same activity again', (engine) => {
  let db: Database;
  let server: TestServer;
  beforeAll(async () => {
    db = await engine.open();
    server = await startTestServer({ db, env: { LOG_LEVEL: 'debug' } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const messagesIn = async (conversationId: string) =>
    (await db.query<{ text: string }>("select text from conversation_log where conversation_id = $1 and direction = 'in' order by id", [conversationId])).rows.map((row) => row.text);

  it('one after the other: the retry gets 200 and no replies, and changes nothing', async () => {
    const chat = channelConversation();
    const first = chat.activity(server.url, 'talk to a person');
    const answered = await chat.deliver(server.url, first);
    expect(answered.said).toMatch(/collection action/);

    const retried = await chat.deliver(server.url, first);
    expect(retried).toEqual({ status: 200, activities: [], said: '' });

    // Had the retry run, "talk to a person" would have been the answer to the collection question.
    expect((await chat.say(server.url, 'yes')).said).toMatch(/individual or for a business/);
    expect(await messagesIn(chat.conversationId)).toEqual(['talk to a person', 'yes']);
    expect(server.logs.some((entry) => entry.msg === 'duplicate activity ignored' && entry.level === 20 && entry.activityId === first.id)).toBe(true);
  });

  it('at the same time: one set of replies', async () => {
    const chat = channelConversation();
    const once = chat.activity(server.url, 'help');
    const deliveries = await Promise.all([chat.deliver(server.url, once), chat.deliver(server.url, once), chat.deliver(server.url, once)]);
    expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200, 200]);
    const answered = deliveries.filter((delivery) => delivery.activities.length > 0);
    expect(answered).toHaveLength(1);
    expect(answered[0]!.said).toMatch(/Department of Revenue Services/);
    expect(await messagesIn(chat.conversationId)).toEqual(['help']);
  });

  it('Priority One: the same Submit delivered twice at once makes one case, told once', async () => {
    const chat = channelConversation({ channelId: 'webchat' });
    for (const [text, expected] of TO_CONFIRMATION) expect((await chat.say(server.url, text)).said, `after "${text}"`).toMatch(expected);

    const submit = chat.activity(server.url, 'Submit');
    const deliveries = await Promise.all([chat.deliver(server.url, submit), chat.deliver(server.url, submit)]);
    const told = deliveries.map((delivery) => TOLD_CASE_NUMBER.exec(delivery.said)?.[1]).filter(Boolean);
    expect(told).toHaveLength(1);
    expect(deliveries.filter((delivery) => delivery.activities.length === 0)).toHaveLength(1);
    const cases = await db.query<{ case_number: string }>('select case_number from handoff_cases where conversation_id = $1', [chat.conversationId]);
    expect(cases.rows.map((row) => row.case_number)).toEqual(told);
  });

  it('the same activity id in another conversation, or on another channel, is another activity', async () => {
    const id = randomUUID();
    const sms = channelConversation({ conversationId: `shared-${id}` });
    const otherConversation = channelConversation();
    const otherChannel = channelConversation({ channelId: 'webchat', conversationId: `shared-${id}` });
    for (const chat of [sms, otherConversation, otherChannel]) {
      expect((await chat.deliver(server.url, chat.activity(server.url, 'help', id))).activities.length).toBeGreaterThan(0);
    }
  });

  it('activities without an id are processed every time', async () => {
    const chat = channelConversation();
    for (let time = 0; time < 2; time += 1) {
      const delivery = await chat.deliver(server.url, chat.activity(server.url, 'help', undefined));
      expect(delivery.status).toBe(200);
      expect(delivery.said).toMatch(/1\. Notices/);
    }
  });

  it('forgets delivery keys after a day, a new instance cleaning up as it starts taking turns', async () => {
    const old = `old-${randomUUID()}`;
    const recent = `recent-${randomUUID()}`;
    await db.query(
      `insert into processed_activities (channel_id, conversation_id, activity_id, done, received_at)
       values ('sms', $1, 'a', true, now() - interval '25 hours'), ('sms', $2, 'a', true, now() - interval '23 hours')`,
      [old, recent],
    );
    const second = await startTestServer({ db });
    try {
      const chat = channelConversation();
      await chat.say(second.url, 'help');
      const remaining = async () =>
        (await db.query<{ conversation_id: string }>('select conversation_id from processed_activities where conversation_id = any($1::text[])', [[old, recent]])).rows.map(
          (row) => row.conversation_id,
        );
      await expect.poll(remaining, { timeout: 3000 }).toEqual([recent]);
    } finally {
      await second.close();
    }
  });
});
