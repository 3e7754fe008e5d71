import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';
import { channelConversation } from '../fixtures/apiMessages.js';
import { createPostgresDatabase, postgresUrl } from '../fixtures/databases.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

// Postgres only: a closed embedded database cannot be reopened by the running process (its
// "database gone" apology is in server.test.ts); there is nothing to come back.
describe.skipIf(!postgresUrl)('the Postgres database going away and coming back, without a restart', () => {
  let database: { url: string; drop(): Promise<void> };
  let name: string;
  let db: Database;
  let server: TestServer;
  let admin: pg.Client;
  beforeAll(async () => {
    database = await createPostgresDatabase(postgresUrl ?? '');
    name = new URL(database.url).pathname.slice(1);
    db = await openDatabase({ databaseUrl: database.url });
    server = await startTestServer({ db });
    admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.query(`alter database ${name} allow_connections true`);
    await admin?.end();
    await server?.close();
    await db?.close();
    await database?.drop();
  });

  /** Refuses new connections to the test database and ends every open one (pool, LISTEN, locks). */
  const takeAway = async () => {
    await admin.query(`alter database ${name} allow_connections false`);
    const terminate = async () => (await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name])).rows.length;
    expect(await terminate()).toBeGreaterThan(0);
    // A connection that was being opened as connections were refused can still get through: end it too.
    await expect.poll(terminate, { timeout: 2000, interval: 20 }).toBe(0);
  };
  const bringBack = () => admin.query(`alter database ${name} allow_connections true`);
  const readiness = async () => (await fetch(`${server.url}/ready`)).status;

  it('apologises with the DRS number and reports not ready while away; ready within seconds once back, and the conversation goes on', async () => {
    const heard: string[] = [];
    await db.listen('fault_probe', (payload) => heard.push(payload));
    const chat = channelConversation();
    expect((await chat.say(server.url, 'talk to a person')).said).toMatch(/collection action/);

    await takeAway();
    try {
      const away = await chat.say(server.url, 'yes');
      expect(away.status).toBe(200);
      expect(away.said).toMatch(/^Sorry, something went wrong on our side/);
      expect(away.said).toMatch(/860-297-5962/);
      expect(away.said).not.toMatch(/Error|accepting connections|terminat/);
      expect(server.logs.some((entry) => entry.msg === 'turn failed' && entry.conversationId === chat.conversationId)).toBe(true);
      expect(await readiness()).toBe(503);
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      // Still away: another message gets the same apology, not a hang or a 500.
      expect((await chat.say(server.url, 'yes')).said).toMatch(/^Sorry, something went wrong on our side/);
    } finally {
      await bringBack();
    }

    const back = Date.now();
    await expect.poll(readiness, { timeout: 5000, interval: 100 }).toBe(200);
    expect(Date.now() - back).toBeLessThan(5000);
    // The failed turns changed nothing: the question about collection action is still open.
    expect((await chat.say(server.url, 'yes')).said).toMatch(/individual or for a business/);
    expect((await chat.say(server.url, 'individual')).said).toMatch(/collection actions/);

    // The LISTEN connection came back too (it retries every second).
    const notifier = new pg.Client({ connectionString: database.url });
    await notifier.connect();
    try {
      await expect
        .poll(async () => {
          await notifier.query("select pg_notify('fault_probe', 'back')");
          return heard;
        }, { timeout: 5000, interval: 250 })
        .toContain('back');
    } finally {
      await notifier.end();
    }
  });

  // On SMS the apology itself needs the database (the opt-out check before every text), so this
  // one is Web Chat.
  it('a turn already under way when the database goes gets the apology; the next one after it is back works', async () => {
    const chat = channelConversation({ channelId: 'webchat' });
    expect((await chat.say(server.url, 'hi')).said).toMatch(/What can I help you with\?/);

    // Holds the turn's first write (the conversation log) until the database is taken away.
    const blocker = new pg.Client({ connectionString: database.url });
    blocker.on('error', () => undefined);
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table conversation_log in exclusive mode');
    const pending = chat.say(server.url, 'talk to a person');
    await expect
      .poll(async () => (await admin.query("select 1 from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'", [name])).rows.length, { timeout: 5000 })
      .toBeGreaterThan(0);
    await takeAway();
    await blocker.end().catch(() => undefined);
    try {
      const during = await pending;
      expect(during.status).toBe(200);
      expect(during.said).toMatch(/^Sorry, something went wrong on our side/);
    } finally {
      await bringBack();
    }
    await expect.poll(readiness, { timeout: 5000, interval: 100 }).toBe(200);
    expect((await chat.say(server.url, 'talk to a person')).said).toMatch(/collection action/);
  });
});
