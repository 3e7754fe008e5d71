import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { SqlCaseEvents } from '../../src/db/sqlCaseEvents.js';
import { openDatabase } from '../../src/db/open.js';
import type { CaseEvent } from '../../src/handoff/ports.js';
import { createPostgresDatabase, postgresUrl, openTestDatabase } from '../fixtures/databases.js';

const event = (caseNumber: string) => ({ type: 'taxpayerMessage' as const, caseId: '6f1c1f9e-3f4b-4f55-9a55-0d3c8f7e8b11', caseNumber });

function collector() {
  const seen: CaseEvent[] = [];
  const waitFor = async (caseNumber: string, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = seen.find((item) => item.caseNumber === caseNumber);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${caseNumber} never arrived; got ${seen.map((item) => item.caseNumber).join(', ')}`);
  };
  return { seen, listener: (received: CaseEvent) => seen.push(received), waitFor };
}

describe('case events on the embedded database', () => {
  it('reach every subscriber in the process, with the time they were sent, until they unsubscribe', async () => {
    const db = await openTestDatabase();
    const events = new SqlCaseEvents(db, () => new Date('2026-11-24T15:00:00Z'));
    try {
      const first = collector();
      const second = collector();
      const stopFirst = await events.subscribe(first.listener);
      await events.subscribe(second.listener);
      await events.publish(event('P1-AAAAAA'));
      expect(await first.waitFor('P1-AAAAAA')).toEqual({ ...event('P1-AAAAAA'), at: '2026-11-24T15:00:00.000Z' });
      await second.waitFor('P1-AAAAAA');
      stopFirst();
      await events.publish(event('P1-BBBBBB'));
      await second.waitFor('P1-BBBBBB');
      expect(first.seen.map((item) => item.caseNumber)).toEqual(['P1-AAAAAA']);
      // A malformed notification on the channel is ignored.
      await db.query("select pg_notify('case_events', 'not json')");
      await events.publish(event('P1-CCCCCC'));
      await second.waitFor('P1-CCCCCC');
      expect(second.seen).toHaveLength(3);
    } finally {
      await events.close();
      await db.close();
    }
  });
});

describe.skipIf(!postgresUrl)('case events between instances on PostgreSQL', () => {
  let database: { url: string; drop(): Promise<void> };
  let sender: Database;
  let receiver: Database;
  beforeAll(async () => {
    database = await createPostgresDatabase(postgresUrl ?? '');
    sender = await openDatabase({ databaseUrl: database.url });
    receiver = await openDatabase({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await sender?.close();
    await receiver?.close();
    await database?.drop();
  });

  it('cross from one instance to another, and keep coming after the listening connection is cut', async () => {
    const publishing = new SqlCaseEvents(sender);
    const listening = new SqlCaseEvents(receiver);
    const received = collector();
    await listening.subscribe(received.listener);
    await publishing.publish(event('P1-DDDDDD'));
    await received.waitFor('P1-DDDDDD');

    const cut = await sender.query<{ cut: boolean }>("select pg_terminate_backend(pid) as cut from pg_stat_activity where datname = current_database() and query ilike 'listen%'");
    expect(cut.rows).toEqual([{ cut: true }]);
    // Events sent while it reconnects are lost (consoles re-read the queue); later ones arrive.
    let attempt = 0;
    while (!received.seen.some((item) => item.caseNumber.startsWith('P1-E')) && attempt < 50) {
      await publishing.publish(event(`P1-E${String(attempt).padStart(5, '0')}`));
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(received.seen.some((item) => item.caseNumber.startsWith('P1-E'))).toBe(true);
    await listening.close();
  });
});
