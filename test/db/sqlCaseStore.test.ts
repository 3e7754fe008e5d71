import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { SqlCaseStore } from '../../src/db/sqlCaseStore.js';
import type { CaseSummary } from '../../src/handoff/caseSummary.js';
import type { NewCase } from '../../src/handoff/ports.js';
import { describeEachEngine } from '../fixtures/databases.js';

const summary: CaseSummary = {
  kind: 'general',
  collectionActions: [],
  eligible: false,
  contact: { name: 'Ana Pérez', phone: '860-555-0199' },
  preferredTime: 'Por las mañanas',
  description: 'Recibí un aviso y no lo entiendo.',
  computed: {},
  consentAt: '2026-11-24T15:00:00.000Z',
};

const newCase = (overrides: Partial<NewCase> = {}): NewCase => ({
  submissionKey: randomUUID(),
  channelId: 'webchat',
  conversationId: `conv-${randomUUID()}`,
  conversationRef: { conversation: { id: 'c' } },
  summary,
  transcript: [{ direction: 'in', text: 'Español', at: '2026-11-24T14:59:00.000Z' }],
  notify: false,
  ...overrides,
});

describeEachEngine('the SQL case store', (engine) => {
  let db: Database;
  let store: SqlCaseStore;
  beforeAll(async () => {
    db = await engine.open();
    store = new SqlCaseStore(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('keeps the language a case was made in, through every way a case is read back', async () => {
    const input = newCase({ language: 'es' });
    const { created, handoffCase } = await store.create(input);
    expect(created).toBe(true);
    expect(handoffCase.language).toBe('es');
    expect((await store.get(handoffCase.id))?.language).toBe('es');
    expect((await store.list({ statuses: ['queued'] })).find((listed) => listed.id === handoffCase.id)?.language).toBe('es');
    expect((await store.openCaseFor(handoffCase.conversationId))?.language).toBe('es');
    expect((await store.claim(handoffCase.id, 'sam'))?.language).toBe('es');
    expect((await db.query<{ language: string }>('select language from handoff_cases where id = $1', [handoffCase.id])).rows).toEqual([{ language: 'es' }]);
    // The same submission again finds the case it made, in its language.
    expect(await store.create({ ...input, language: 'en' })).toMatchObject({ created: false, handoffCase: { id: handoffCase.id, language: 'es' } });
  });

  it('makes a case in English when no language is given, and in English when asked', async () => {
    expect((await store.create(newCase())).handoffCase.language).toBe('en');
    expect((await store.create(newCase({ language: 'en' }))).handoffCase.language).toBe('en');
  });

  it('refuses a language the assistant does not speak', async () => {
    const { handoffCase } = await store.create(newCase());
    await expect(db.query("update handoff_cases set language = 'fr' where id = $1", [handoffCase.id])).rejects.toThrow(/check constraint/);
  });
});
