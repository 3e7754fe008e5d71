import { ConversationState, TestAdapter, UserState } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlDirectLineConversations } from '../../src/db/sqlDirectLineConversations.js';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations.js';
import { ETagConflictError, SqlStateStorage } from '../../src/db/sqlStateStorage.js';
import { describeEachEngine } from '../fixtures/databases.js';

describeEachEngine('database', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await engine.open();
  });
  afterAll(async () => {
    await db.close();
  });

  describe('migrations', () => {
    it('are applied once and are a no-op the second time', async () => {
      const applied = await db.query<{ id: string }>('select id from schema_migrations order by id');
      expect(applied.rows.map((row) => row.id)).toEqual(migrations.map((migration) => migration.id));
      expect(await migrate(db)).toEqual([]);
    });

    it('roll back a migration that fails, leaving nothing half-applied', async () => {
      const broken = [{ id: '999_broken', sql: 'create table half_done (x int); select * from no_such_table' }];
      await expect(migrate(db, broken)).rejects.toThrow(/no_such_table/);
      const table = await db.query("select 1 from information_schema.tables where table_name = 'half_done'");
      expect(table.rows).toHaveLength(0);
      const recorded = await db.query("select 1 from schema_migrations where id = '999_broken'");
      expect(recorded.rows).toHaveLength(0);
    });
  });

  describe('SqlStateStorage', () => {
    it('reads back what it wrote, with a new eTag each write', async () => {
      const storage = new SqlStateStorage(db);
      await storage.write({ a: { count: 1, nested: { list: [1, 2] } } });
      const first = await storage.read(['a', 'missing']);
      expect(Object.keys(first)).toEqual(['a']);
      expect(first.a).toMatchObject({ count: 1, nested: { list: [1, 2] } });
      await storage.write({ a: { ...first.a, count: 2 } });
      const second = await storage.read(['a']);
      expect(second.a?.count).toBe(2);
      expect(second.a?.eTag).not.toBe(first.a?.eTag);
    });

    it('rejects a write with a stale eTag and keeps the newer data', async () => {
      const storage = new SqlStateStorage(db);
      await storage.write({ b: { value: 'original' } });
      const stale = (await storage.read(['b'])).b;
      await storage.write({ b: { ...stale, value: 'first writer' } });
      await expect(storage.write({ b: { ...stale, value: 'second writer' } })).rejects.toBeInstanceOf(ETagConflictError);
      expect((await storage.read(['b'])).b?.value).toBe('first writer');
    });

    it('lets "*" overwrite whatever is stored', async () => {
      const storage = new SqlStateStorage(db);
      await storage.write({ c: { value: 1 } });
      await storage.write({ c: { value: 2, eTag: '*' } });
      expect((await storage.read(['c'])).c?.value).toBe(2);
    });

    it('commits all changes of one write or none', async () => {
      const storage = new SqlStateStorage(db);
      await storage.write({ d1: { v: 1 }, d2: { v: 1 } });
      const { d1 } = await storage.read(['d1']);
      await expect(storage.write({ d1: { v: 2, eTag: d1?.eTag }, d2: { v: 2, eTag: 'stale' } })).rejects.toThrow(ETagConflictError);
      const after = await storage.read(['d1', 'd2']);
      expect([after.d1?.v, after.d2?.v]).toEqual([1, 1]);
    });

    it('deletes', async () => {
      const storage = new SqlStateStorage(db);
      await storage.write({ e: { v: 1 } });
      await storage.delete(['e']);
      expect(await storage.read(['e'])).toEqual({});
    });

    it('carries ConversationState and UserState across turns', async () => {
      const storage = new SqlStateStorage(db);
      const conversationState = new ConversationState(storage);
      const userState = new UserState(storage);
      const visits = conversationState.createProperty<number>('visits');
      const name = userState.createProperty<string>('name');
      const adapter = new TestAdapter(async (context: TurnContext) => {
        const count = (await visits.get(context, 0)) + 1;
        await visits.set(context, count);
        if (context.activity.text?.startsWith('name ')) await name.set(context, context.activity.text.slice(5));
        await context.sendActivity(`${count} ${await name.get(context, '?')}`);
        await conversationState.saveChanges(context);
        await userState.saveChanges(context);
      });
      await adapter.send('name Ana').assertReply('1 Ana').send('again').assertReply('2 Ana').startTest();
      const keys = await db.query<{ key: string }>("select key from bot_state where key like '%conversations%' or key like '%users%'");
      expect(keys.rows.length).toBeGreaterThanOrEqual(2);
    });
  });

  describe('SqlDirectLineConversations', () => {
    it('numbers activities per conversation and pages by watermark', async () => {
      const store = new SqlDirectLineConversations(db);
      await store.create({ id: 'conv-a', userId: 'u', channelId: 'webchat' });
      await store.create({ id: 'conv-b', userId: 'u', channelId: 'sms' });
      const now = new Date('2026-01-01T00:00:00Z');
      const first = await store.append('conv-a', { type: 'message', text: 'one' }, now);
      await store.append('conv-b', { type: 'message', text: 'other' }, now);
      await store.append('conv-a', { type: 'message', text: 'two' }, now);
      expect(first).toMatchObject({ id: 'conv-a|0000001', timestamp: now.toISOString(), conversation: { id: 'conv-a' } });
      const all = await store.listAfter('conv-a', 0);
      expect(all.activities.map((activity) => activity.text)).toEqual(['one', 'two']);
      expect(all.watermark).toBe('2');
      const rest = await store.listAfter('conv-a', 1);
      expect(rest.activities.map((activity) => activity.text)).toEqual(['two']);
      expect(await store.listAfter('conv-a', 2)).toEqual({ activities: [], watermark: '2' });
      expect(await store.get('conv-b')).toEqual({ id: 'conv-b', userId: 'u', channelId: 'sms', started: false });
    });

    it('starts a conversation once, however many callers race', async () => {
      const store = new SqlDirectLineConversations(db);
      await store.create({ id: 'conv-race', userId: 'u', channelId: 'webchat' });
      const results = await Promise.all(Array.from({ length: 5 }, () => store.markStarted('conv-race')));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('gives concurrent appends distinct, gap-free sequence numbers', async () => {
      const store = new SqlDirectLineConversations(db);
      await store.create({ id: 'conv-busy', userId: 'u', channelId: 'webchat' });
      const ids = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.append('conv-busy', { type: 'message', text: String(i) }, new Date())),
      );
      expect(new Set(ids.map((activity) => activity.id)).size).toBe(20);
      expect((await store.listAfter('conv-busy', 0)).watermark).toBe('20');
    });
  });
});
