import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { ETagConflictError, RecentRows, SqlStateStorage } from '../../src/db/sqlStateStorage.js';
import { openTestDatabase } from '../fixtures/databases.js';

/** The database with every statement it is sent counted. */
function counted(db: Database): { db: Database; statements: () => number } {
  let statements = 0;
  return {
    db: {
      ...db,
      query: (sql, params) => {
        statements += 1;
        return db.query(sql, params);
      },
    },
    statements: () => statements,
  };
}

describe('SqlStateStorage with recent rows remembered (embedded database)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("reads a conversation's state again without a statement, as a copy the turn may change", async () => {
    const { db: watched, statements } = counted(db);
    const storage = new SqlStateStorage(watched, new RecentRows(100, 60_000));
    await storage.write({ 'webchat/conversations/a/': { step: 1, list: [1] } });
    const before = statements();
    const first = await storage.read(['webchat/conversations/a/']);
    const item = first['webchat/conversations/a/'];
    expect(item).toMatchObject({ step: 1, list: [1] });
    (item?.list as number[]).push(2);
    const second = await storage.read(['webchat/conversations/a/']);
    expect(second['webchat/conversations/a/']).toMatchObject({ step: 1, list: [1] });
    expect(statements()).toBe(before);
  });

  it('remembers a key with no row, until a write stores one', async () => {
    const { db: watched, statements } = counted(db);
    const storage = new SqlStateStorage(watched, new RecentRows(100, 60_000));
    expect(await storage.read(['webchat/users/new/'])).toEqual({});
    const afterFirstRead = statements();
    expect(await storage.read(['webchat/users/new/'])).toEqual({});
    expect(statements()).toBe(afterFirstRead);
    await storage.write({ 'webchat/users/new/': { language: 'es' } });
    expect((await storage.read(['webchat/users/new/']))['webchat/users/new/']).toMatchObject({ language: 'es' });
  });

  it('still refuses a stale eTag and keeps the newer data, in memory as in the table', async () => {
    const storage = new SqlStateStorage(db, new RecentRows(100, 60_000));
    await storage.write({ b: { value: 'original' } });
    const stale = (await storage.read(['b'])).b;
    await storage.write({ b: { ...stale, value: 'first writer' } });
    await expect(storage.write({ b: { ...stale, value: 'second writer' } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read(['b'])).b?.value).toBe('first writer');
    expect((await new SqlStateStorage(db).read(['b'])).b?.value).toBe('first writer');
  });

  it('reads the table again once a row is older than its time, or pushed out by newer ones', async () => {
    let now = 0;
    const recent = new RecentRows(2, 1_000, () => now);
    const { db: watched, statements } = counted(db);
    const storage = new SqlStateStorage(watched, recent);
    await storage.write({ c: { n: 1 }, d: { n: 2 } });
    let count = statements();
    await storage.read(['c', 'd']);
    expect(statements()).toBe(count);
    now = 1_001;
    await storage.read(['c']);
    expect(statements()).toBe(count + 1);
    await storage.write({ e: { n: 3 } });
    await storage.read(['d']);
    count = statements();
    await storage.write({ f: { n: 4 } });
    await storage.read(['e']);
    expect(statements()).toBe(count + 2);
  });

  it('forgets deleted rows', async () => {
    const storage = new SqlStateStorage(db, new RecentRows(100, 60_000));
    await storage.write({ g: { n: 1 } });
    await storage.delete(['g']);
    expect(await storage.read(['g'])).toEqual({});
  });
});
