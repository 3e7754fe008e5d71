import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';
import { SqlSmsOptOuts } from '../../src/db/sqlSmsOptOuts.js';
import { seededDataDir } from '../fixtures/dataDirs.js';
import { describeEachEngine } from '../fixtures/databases.js';

describeEachEngine('SqlSmsOptOuts', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await engine.open();
  });
  afterAll(async () => {
    await db.close();
  });

  it('opts a number out and back in, saying each time whether anything changed', async () => {
    const store = new SqlSmsOptOuts(db);
    expect(await store.isOptedOut('+18605550101')).toBe(false);
    expect(await store.optIn('+18605550101')).toBe(false);
    expect(await store.optOut('+18605550101')).toBe(true);
    expect(await store.isOptedOut('+18605550101')).toBe(true);
    expect(await store.optOut('+18605550101')).toBe(false);
    expect(await store.isOptedOut('+18605550101')).toBe(true);
    expect(await store.optIn('+18605550101')).toBe(true);
    expect(await store.isOptedOut('+18605550101')).toBe(false);
    expect(await store.optIn('+18605550101')).toBe(false);
  });

  it('keeps numbers and channels apart', async () => {
    const sms = new SqlSmsOptOuts(db);
    await sms.optOut('+18605550102');
    expect(await sms.isOptedOut('+18605550103')).toBe(false);
    expect(await new SqlSmsOptOuts(db, 'other').isOptedOut('+18605550102')).toBe(false);
  });

  it('reports exactly one change when instances race on the same number', async () => {
    const stores = Array.from({ length: 5 }, () => new SqlSmsOptOuts(db));
    const optedOut = await Promise.all(stores.map((store) => store.optOut('+18605550104')));
    expect(optedOut.filter(Boolean)).toHaveLength(1);
    const optedIn = await Promise.all(stores.map((store) => store.optIn('+18605550104')));
    expect(optedIn.filter(Boolean)).toHaveLength(1);
  });
});

describe('SqlSmsOptOuts on an embedded data directory', () => {
  it('remembers an opt-out after the database is closed and opened again', async () => {
    const dataDir = join(seededDataDir('opt-outs-'), 'db');
    const first = await openDatabase({ dataDir });
    await new SqlSmsOptOuts(first).optOut('+18605550105');
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      const store = new SqlSmsOptOuts(second);
      expect(await store.isOptedOut('+18605550105')).toBe(true);
      expect(await store.optOut('+18605550105')).toBe(false);
    } finally {
      await second.close();
    }
  });
});
