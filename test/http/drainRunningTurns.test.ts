import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityKey } from '../../src/bot/ports.js';
import type { Database } from '../../src/db/database.js';
import { SqlProcessedActivities } from '../../src/db/sqlProcessedActivities.js';
import { drainAndClose } from '../../src/lifecycle.js';
import { createLogger } from '../../src/lib/log.js';
import { channelConversation } from '../fixtures/apiMessages.js';
import { openTestDatabase } from '../fixtures/databases.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

/** The real store, whose done-mark waits until the test lets it through. */
class HeldDoneMarks extends SqlProcessedActivities {
  reached!: Promise<void>;
  private reach!: () => void;
  private release!: () => void;
  private readonly released = new Promise<void>((resolve) => (this.release = resolve));
  readonly order: string[] = [];

  constructor(db: Database) {
    super(db);
    this.reached = new Promise<void>((resolve) => (this.reach = resolve));
  }

  override async done(key: ActivityKey): Promise<void> {
    this.reach();
    await this.released;
    await super.done(key);
    this.order.push('turn marked done');
  }

  let(): void {
    this.release();
  }
}

describe('a stop while a turn runs after its channel hung up', () => {
  let db: Database;
  let server: TestServer;
  let processed: HeldDoneMarks;
  beforeAll(async () => {
    db = await openTestDatabase();
    processed = new HeldDoneMarks(db);
    server = await startTestServer({ db, overrides: { stores: { processedActivities: processed } } });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('waits for the turn to finish before closing the database', async () => {
    const chat = channelConversation();
    const hangUp = new AbortController();
    const delivery = chat.deliver(server.url, chat.activity(server.url, 'hi'), hangUp.signal).catch(() => 'hung up');
    await processed.reached;
    hangUp.abort();
    expect(await delivery).toBe('hung up');
    // The server has seen the request close before the stop begins.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.app.inFlight()).toBe(1);

    const stopped = drainAndClose(server.app, async () => {
      processed.order.push('database closed');
      await Promise.resolve();
    }, createLogger('silent'), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processed.order).toEqual([]);
    processed.let();
    await stopped;
    expect(processed.order).toEqual(['turn marked done', 'database closed']);
  });
});
