import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';
import { createPostgresDatabase, describeEachEngine, postgresUrl } from '../fixtures/databases.js';

/** Runs `count` holders of `name(i)` at once; returns the most that were inside together. */
async function mostAtOnce(dbs: Database[], count: number, name: (index: number) => string): Promise<number> {
  let inside = 0;
  let most = 0;
  await Promise.all(
    Array.from({ length: count }, (_, index) =>
      dbs[index % dbs.length]!.exclusive(name(index), async () => {
        inside += 1;
        most = Math.max(most, inside);
        await sleep(60);
        inside -= 1;
      }),
    ),
  );
  return most;
}

describeEachEngine('Database.exclusive', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await engine.open();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('one holder of a name at a time, in arrival order; other names run alongside', async () => {
    expect(await mostAtOnce([db], 6, () => 'one')).toBe(1);
    expect(await mostAtOnce([db], 6, (index) => `name-${index}`)).toBe(6);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((index) => db.exclusive('ordered', async () => void order.push(index))));
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('a holder that throws passes the lock on', async () => {
    await expect(db.exclusive('throws', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await db.exclusive('throws', async () => 'next')).toBe('next');
  });
});

describe.skipIf(!postgresUrl)('Database.exclusive across Postgres connections', () => {
  let database: { url: string; drop(): Promise<void> };
  let dbs: Database[];
  beforeAll(async () => {
    database = await createPostgresDatabase(postgresUrl ?? '');
    dbs = [await openDatabase({ databaseUrl: database.url }), await openDatabase({ databaseUrl: database.url })];
  });
  afterAll(async () => {
    for (const db of dbs ?? []) await db.close();
    await database?.drop();
  });

  it('holds a name across instances', async () => {
    expect(await mostAtOnce(dbs, 6, () => 'shared')).toBe(1);
  });

  it('a holder whose process dies (its session ends) frees the name at once', async () => {
    const [first, second] = dbs as [Database, Database];
    let release = () => undefined as void;
    const held = first.exclusive('orphaned', () => new Promise<void>((resolve) => (release = resolve)));
    await sleep(50);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const lockers = await admin.query("select pid from pg_locks where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())");
      expect(lockers.rows).toHaveLength(1);
      await admin.query('select pg_terminate_backend($1)', [(lockers.rows[0] as { pid: number }).pid]);
      const started = Date.now();
      expect(await second.exclusive('orphaned', async () => 'taken')).toBe('taken');
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      release();
      await held;
      await admin.end();
    }
  });
});
