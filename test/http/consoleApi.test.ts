import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bootstrapConsoleAdmin } from '../../src/console/bootstrapAdmin.js';
import { tokenHash } from '../../src/console/consoleAuth.js';
import { consoleAuthFor } from '../../src/compose.js';
import type { CaseStore } from '../../src/handoff/ports.js';
import type { Database } from '../../src/db/database.js';
import type { CaseSummary } from '../../src/handoff/caseSummary.js';
import type { Language } from '../../src/lib/language.js';
import { describeEachEngine } from '../fixtures/databases.js';
import { startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const ADMIN = { username: 'rep-admin', password: 'console-password-2024' };
const ADMIN_ENV = { CONSOLE_ADMIN_USER: ADMIN.username, CONSOLE_ADMIN_PASSWORD: ADMIN.password };

const summary = (overrides: Partial<CaseSummary> = {}): CaseSummary => ({
  kind: 'priorityOne',
  taxpayerType: 'individual',
  collectionActions: ['bankLevy'],
  covidImpact: 'yes',
  eligible: true,
  contact: { name: 'Pat Taxpayer', email: 'pat@example.com' },
  preferredTime: 'Weekday mornings',
  description: 'My bank account was levied after a notice.',
  computed: { noticeKind: 'levy' },
  consentAt: '2025-03-03T14:00:00.000Z',
  ...overrides,
});

const newCase = (store: CaseStore, overrides: Partial<CaseSummary> = {}, language?: Language) =>
  store.create({
    submissionKey: randomUUID(),
    ...(language ? { language } : {}),
    channelId: 'webchat',
    conversationId: `conv-${randomUUID()}`,
    conversationRef: { serviceUrl: 'http://127.0.0.1', conversation: { id: 'c' } },
    summary: summary(overrides),
    transcript: [
      { direction: 'in', text: 'talk to a person', at: '2025-03-03T13:59:00.000Z' },
      { direction: 'out', text: 'Which collection action is it about?', at: '2025-03-03T13:59:01.000Z' },
    ],
    notify: false,
  });

describeEachEngine('representative console API', (engine) => {
  let db: Database;
  let server: TestServer;
  let store: CaseStore;

  beforeAll(async () => {
    db = await engine.open();
    server = await startTestServer({ db, env: ADMIN_ENV });
    store = server.app.stores.cases;
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const login = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/console/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = (path: string, cookie?: string) => fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
  const signIn = async () => {
    const response = await login(ADMIN);
    expect(response.status).toBe(204);
    return response.headers.get('set-cookie')!.split(';')[0]!;
  };

  it('answers 401 without a session cookie, and with a made-up one', async () => {
    const id = randomUUID();
    const made = `drs_console=${randomBytes(32).toString('base64url')}`;
    for (const cookie of [undefined, made, 'drs_console=', 'other=1']) {
      for (const path of ['/api/console/cases', `/api/console/cases/${id}`]) {
        const response = await get(path, cookie);
        expect(response.status).toBe(401);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(await response.json()).toEqual({ error: { code: 'Unauthorized', message: expect.any(String) } });
      }
    }
    const logout = await fetch(`${server.url}/api/console/logout`, { method: 'POST' });
    expect(logout.status).toBe(401);
  });

  it('answers 400 with the reason for a malformed login body', async () => {
    const missing = await login({ username: ADMIN.username });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: { code: 'BadArgument', message: expect.stringMatching(/Invalid login \(password\)/) } });
    const wrongType = await login({ username: 42, password: 'x' });
    expect(await wrongType.json()).toEqual({ error: { code: 'BadArgument', message: expect.stringMatching(/Invalid login \(username\)/) } });
    expect((await login('not json')).status).toBe(400);
  });

  it('answers 401 for a wrong password and for an unknown user, with the same message', async () => {
    for (const body of [{ ...ADMIN, password: 'not-the-password' }, { username: 'nobody', password: ADMIN.password }]) {
      const response = await login(body);
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await response.json()).toEqual({ error: { code: 'Unauthorized', message: 'Wrong username or password.' } });
    }
  });

  it('answers 429 after five failures for one username, even with the right password', async () => {
    const username = 'throttled-rep';
    await bootstrapConsoleAdmin(consoleAuthFor(db), { CONSOLE_ADMIN_USER: username, CONSOLE_ADMIN_PASSWORD: ADMIN.password });
    // Its own server: failures count against the address too, which would block the tests after this one.
    const fresh = await startTestServer({ db });
    try {
      const attempt = (password: string) =>
        fetch(`${fresh.url}/api/console/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      for (let i = 0; i < 5; i += 1) expect((await attempt('wrong-password')).status).toBe(401);
      const blocked = await attempt(ADMIN.password);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await blocked.json()).toEqual({ error: { code: 'TooManyRequests', message: expect.stringMatching(/Try again in 15 minutes/) } });
    } finally {
      await fresh.close();
    }
    expect((await login(ADMIN)).status).toBe(204);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie scoped to the console API', async () => {
    const response = await login(ADMIN);
    expect(response.status).toBe(204);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^drs_console=[A-Za-z0-9_-]{43}; /);
    expect(cookie.split('; ').slice(1)).toEqual(['HttpOnly', 'SameSite=Strict', 'Path=/api/console', 'Max-Age=28800']);
  });

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const secure = await startTestServer({ db, env: { PUBLIC_URL: 'https://assistant.example.gov' } });
    try {
      const address = secure.app.server.address() as { port: number };
      // The server's own URL is PUBLIC_URL, so it is reached on its local port.
      const signedIn = await fetch(`http://127.0.0.1:${address.port}/api/console/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      });
      expect(signedIn.headers.get('set-cookie')).toMatch(/; Secure$/);
    } finally {
      await secure.close();
    }
  });

  it('lists cases with their summary and queue position, filtered by status', async () => {
    const first = (await newCase(store)).handoffCase;
    const second = (await newCase(store, { kind: 'general', eligible: false, collectionActions: [] })).handoffCase;
    const third = (await newCase(store)).handoffCase;
    await store.claim(second.id, 'pat');
    const cookie = await signIn();

    const all = await get('/api/console/cases', cookie);
    expect(all.status).toBe(200);
    expect(all.headers.get('cache-control')).toBe('no-store');
    const { cases } = (await all.json()) as { cases: Record<string, unknown>[] };
    const ours = cases.filter((item) => [first.id, second.id, third.id].includes(item.id as string));
    expect(ours).toEqual([
      { id: first.id, caseNumber: first.caseNumber, kind: 'priorityOne', status: 'queued', channelId: 'webchat', createdAt: first.createdAt, updatedAt: first.updatedAt, summary: summary(), language: 'en', queuePosition: await store.queuePosition(first.id), claimedBy: null, claimedAt: null, closedAt: null, resolution: null, callbackRequestedAt: null, waitingSeconds: expect.any(Number) },
      { id: second.id, caseNumber: second.caseNumber, kind: 'general', status: 'active', channelId: 'webchat', createdAt: second.createdAt, updatedAt: expect.any(String), summary: summary({ kind: 'general', eligible: false, collectionActions: [] }), language: 'en', claimedBy: 'pat', claimedAt: expect.any(String), closedAt: null, resolution: null, callbackRequestedAt: null, waitingSeconds: expect.any(Number) },
      { id: third.id, caseNumber: third.caseNumber, kind: 'priorityOne', status: 'queued', channelId: 'webchat', createdAt: third.createdAt, updatedAt: third.updatedAt, summary: summary(), language: 'en', queuePosition: await store.queuePosition(third.id), claimedBy: null, claimedAt: null, closedAt: null, resolution: null, callbackRequestedAt: null, waitingSeconds: expect.any(Number) },
    ]);
    for (const item of cases) expect(item).not.toHaveProperty('transcript');

    const queued = (await (await get('/api/console/cases?status=queued', cookie)).json()) as { cases: { id: string; status: string; queuePosition: number }[] };
    expect(queued.cases.every((item) => item.status === 'queued')).toBe(true);
    expect(queued.cases.map((item) => item.queuePosition)).toEqual(queued.cases.map((_, index) => index + 1));
    const active = (await (await get('/api/console/cases?status=active', cookie)).json()) as { cases: { id: string }[] };
    expect(active.cases.map((item) => item.id)).toContain(second.id);
    expect(active.cases.map((item) => item.id)).not.toContain(first.id);

    const badFilter = await get('/api/console/cases?status=open', cookie);
    expect(badFilter.status).toBe(400);
    expect(await badFilter.json()).toEqual({ error: { code: 'BadArgument', message: expect.stringMatching(/Invalid case filter \(status\)/) } });
  });

  it('says each case\'s language and narrows the list to one language, keeping queue positions over every language; 400 for an unknown one', async () => {
    const english = (await newCase(store)).handoffCase;
    const spanish = (await newCase(store, {}, 'es')).handoffCase;
    const cookie = await signIn();
    type Listed = { cases: { id: string; language: string; status: string; queuePosition?: number }[] };
    const list = async (query: string) => {
      const response = await get(`/api/console/cases?${query}`, cookie);
      expect(response.status, query).toBe(200);
      return ((await response.json()) as Listed).cases;
    };

    const all = await list('status=queued');
    expect(all.find((item) => item.id === english.id)?.language).toBe('en');
    expect(all.find((item) => item.id === spanish.id)?.language).toBe('es');
    const inSpanish = await list('status=queued&language=es');
    expect(inSpanish.map((item) => item.id)).toContain(spanish.id);
    expect(inSpanish.every((item) => item.language === 'es' && item.status === 'queued')).toBe(true);
    // The Spanish case keeps its place in the whole queue, not among Spanish cases only.
    expect(inSpanish.find((item) => item.id === spanish.id)?.queuePosition).toBe(await store.queuePosition(spanish.id));
    expect(inSpanish.find((item) => item.id === spanish.id)?.queuePosition).toBe(all.find((item) => item.id === spanish.id)?.queuePosition);
    const inEnglish = await list('language=en');
    expect(inEnglish.map((item) => item.id)).toContain(english.id);
    expect(inEnglish.map((item) => item.id)).not.toContain(spanish.id);
    expect(inEnglish.every((item) => item.language === 'en')).toBe(true);

    const detail = (await (await get(`/api/console/cases/${spanish.id}`, cookie)).json()) as { case: { language: string } };
    expect(detail.case.language).toBe('es');

    for (const bad of ['language=fr', 'language=', 'language=ES', 'status=queued&language=spanish', 'language=en&language=es']) {
      const response = await get(`/api/console/cases?${bad}`, cookie);
      expect(response.status, bad).toBe(400);
      expect(await response.json(), bad).toEqual({ error: { code: 'BadArgument', message: expect.stringMatching(/^Invalid case filter \(language\): /) } });
    }
  });

  it('returns one case with its summary, transcript and messages; 404 for an unknown id, 400 for a malformed one', async () => {
    const { handoffCase } = await newCase(store);
    await store.addMessage(handoffCase.id, 'taxpayer', 'Is anyone there?');
    await store.addMessage(handoffCase.id, 'representative', 'Yes, I am reading your case now.');
    const cookie = await signIn();

    const response = await get(`/api/console/cases/${handoffCase.id}`, cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { case: Record<string, unknown>; messages: unknown[] };
    const { conversationRef: _reference, conversationId: _conversation, ...fields } = handoffCase;
    expect(body.case).toEqual({ ...fields, queuePosition: await store.queuePosition(handoffCase.id), waitingSeconds: expect.any(Number) });
    expect(body.case.transcript).toHaveLength(2);
    expect(body.messages).toEqual([
      { id: expect.any(Number), sender: 'taxpayer', author: null, text: 'Is anyone there?', createdAt: expect.any(String), delivery: null, error: null },
      { id: expect.any(Number), sender: 'representative', author: null, text: 'Yes, I am reading your case now.', createdAt: expect.any(String), delivery: null, error: null },
    ]);

    const missing = await get(`/api/console/cases/${randomUUID()}`, cookie);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'NotFound', message: 'There is no case with that id.' } });
    for (const id of ['not-a-uuid', '-'.repeat(36), '1 or 1=1']) {
      const malformed = await get(`/api/console/cases/${encodeURIComponent(id)}`, cookie);
      expect(malformed.status).toBe(400);
      expect(await malformed.json()).toEqual({ error: { code: 'BadArgument', message: expect.stringMatching(/Invalid case id: must be a case id/) } });
    }
  });

  it('logs out: the cookie is cleared and the session no longer works', async () => {
    const cookie = await signIn();
    expect((await get('/api/console/cases', cookie)).status).toBe(200);
    const response = await fetch(`${server.url}/api/console/logout`, { method: 'POST', headers: { cookie } });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/^drs_console=; .*Max-Age=0/);
    expect((await get('/api/console/cases', cookie)).status).toBe(401);
  });

  it('keeps an existing password when the bootstrap runs again with another one', async () => {
    const restarted = await startTestServer({ db, env: { ...ADMIN_ENV, CONSOLE_ADMIN_PASSWORD: 'a-brand-new-password' } });
    try {
      expect(await bootstrapConsoleAdmin(consoleAuthFor(db), { CONSOLE_ADMIN_USER: ADMIN.username, CONSOLE_ADMIN_PASSWORD: 'another-new-password' })).toBe(false);
      expect((await login({ username: ADMIN.username, password: 'a-brand-new-password' })).status).toBe(401);
      expect((await login({ username: ADMIN.username, password: 'another-new-password' })).status).toBe(401);
      expect((await login(ADMIN)).status).toBe(204);
    } finally {
      await restarted.close();
    }
  });

  it('refuses an expired session', async () => {
    const token = randomBytes(32).toString('base64url');
    await db.query(`insert into console_sessions (token_hash, username, expires_at) values ($1, $2, now() - interval '1 minute')`, [tokenHash(token), ADMIN.username]);
    expect((await get('/api/console/cases', `drs_console=${token}`)).status).toBe(401);
    await db.query(`update console_sessions set expires_at = now() + interval '1 minute' where token_hash = $1`, [tokenHash(token)]);
    expect((await get('/api/console/cases', `drs_console=${token}`)).status).toBe(200);
  });
});
