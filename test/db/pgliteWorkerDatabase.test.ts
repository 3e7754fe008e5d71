import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';
import { openPgliteInWorker } from '../../src/db/pgliteWorkerDatabase.js';
import { pgliteWorkerScript } from '../../src/paths.js';
import { seededDataDir } from '../fixtures/dataDirs.js';

describe('embedded database on a worker thread', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    dir = join(seededDataDir('worker-db-'), 'db');
    db = await openDatabase({ dataDir: dir, embeddedWorkerScript: pgliteWorkerScript });
    await db.exec('create table worker_items (id int primary key, label text not null)');
  });
  afterAll(async () => {
    await db.close();
  });

  it('answers queries with their parameters, rows and counts', async () => {
    const inserted = await db.query('insert into worker_items (id, label) values ($1, $2), ($3, $4)', [1, 'one', 2, 'two']);
    expect(inserted.rowCount).toBe(2);
    const rows = await db.query<{ id: number; label: string }>('select id, label from worker_items where id = any($1::int[]) order by id', [[1, 2]]);
    expect(rows.rows).toEqual([
      { id: 1, label: 'one' },
      { id: 2, label: 'two' },
    ]);
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await db.transaction(async (tx) => {
      await tx.query("insert into worker_items (id, label) values (10, 'kept')");
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query("insert into worker_items (id, label) values (11, 'undone')");
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const rows = await db.query<{ id: number }>('select id from worker_items where id in (10, 11) order by id');
    expect(rows.rows.map((row) => row.id)).toEqual([10]);
  });

  it("keeps a Postgres error's code and constraint across threads", async () => {
    const failure = await db.query("insert into worker_items (id, label) values (1, 'again')").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ code: '23505', constraint: 'worker_items_pkey' });
  });

  it('delivers notifications to each listener until it stops', async () => {
    const heard: string[] = [];
    const stop = await db.listen('worker_channel', (payload) => heard.push(payload));
    await db.query("select pg_notify('worker_channel', 'first')");
    await expect.poll(() => heard).toEqual(['first']);
    await stop();
    await db.query("select pg_notify('worker_channel', 'second')");
    await db.ping();
    expect(heard).toEqual(['first']);
  });

  it('holds its data directory: a second open is refused while it runs', async () => {
    await expect(openPgliteInWorker(pgliteWorkerScript, dir)).rejects.toMatchObject({ name: 'DataDirInUseError', message: expect.stringMatching(/in use by process \d+/) as unknown });
  });
});

describe('embedded database on a worker thread, closed', () => {
  it('keeps its rows for the next start, releases its lock, and refuses queries once closed', async () => {
    const dir = join(seededDataDir('worker-db-'), 'db');
    const first = await openDatabase({ dataDir: dir, embeddedWorkerScript: pgliteWorkerScript });
    await first.exec("create table kept (note text); insert into kept values ('still here')");
    await first.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    await expect(first.query('select 1')).rejects.toThrow(/stopped/);
    const second = await openDatabase({ dataDir: dir, embeddedWorkerScript: pgliteWorkerScript });
    expect((await second.query<{ note: string }>('select note from kept')).rows).toEqual([{ note: 'still here' }]);
    await second.close();
  });
});
