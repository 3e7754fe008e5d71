import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InsightsResponse } from '../../src/console/contract/insights.js';
import { hashPassword } from '../../src/console/passwords.js';
import type { Database } from '../../src/db/database.js';
import type { CaseSummary } from '../../src/handoff/caseSummary.js';
import { ConsoleClient } from '../fixtures/consoleClient.js';
import { describeEachEngine } from '../fixtures/databases.js';
import { TEST_SCRYPT_COST, startTestServer } from '../fixtures/testServer.js';
import type { TestServer } from '../fixtures/testServer.js';

const SUPERVISOR = { username: 'sup-insights', password: 'console-password-2024' };
const REP = { username: 'rep-insights', password: 'another-console-password' };
/** Wednesday, November 25, 2026, 3 p.m. in Connecticut. */
const NOW = new Date('2026-11-25T20:00:00Z');

const summary = { kind: 'general', contact: { name: 'Pat Doe', email: 'pat@example.com' }, description: 'Question about a notice.' } as unknown as CaseSummary;

describeEachEngine('supervisors’ insights API', (engine) => {
  let db: Database;
  let server: TestServer;
  let supervisor: ConsoleClient;

  /** A case made as the assistant makes one, then moved to the given times and state. */
  async function seedCase(conversationId: string, times: { created: string; claimed?: string; closed?: string; status: 'queued' | 'active' | 'closed' | 'failed' }) {
    const { handoffCase } = await server.app.stores.cases.create({
      submissionKey: randomUUID(),
      channelId: 'webchat',
      conversationId,
      conversationRef: { serviceUrl: 'http://127.0.0.1', conversation: { id: conversationId } },
      summary,
      transcript: [],
      notify: false,
    });
    await db.query('update handoff_cases set created_at = $2, claimed_at = $3, closed_at = $4, status = $5, claimed_by = $6 where id = $1', [
      handoffCase.id,
      times.created,
      times.claimed ?? null,
      times.closed ?? null,
      times.status,
      times.claimed ? REP.username : null,
    ]);
  }

  beforeAll(async () => {
    db = await engine.open();
    server = await startTestServer({ db, env: { CONSOLE_ADMIN_USER: SUPERVISOR.username, CONSOLE_ADMIN_PASSWORD: SUPERVISOR.password }, overrides: { clock: () => NOW } });
    await db.query('insert into console_users (username, password_hash) values ($1, $2)', [REP.username, await hashPassword(REP.password, TEST_SCRYPT_COST)]);
    supervisor = await ConsoleClient.signIn(server.url, SUPERVISOR.username, SUPERVISOR.password);

    // Conversations: the day is Connecticut's (03:00Z on the 25th is 10 p.m. on the 24th); only the taxpayer's messages count.
    const log = (conversationId: string, direction: 'in' | 'out', at: string) =>
      db.query('insert into conversation_log (conversation_id, direction, text, created_at) values ($1, $2, $3, $4)', [conversationId, direction, 'hello', at]);
    await log('conv-a', 'in', '2026-11-24T14:00:00Z');
    await log('conv-a', 'in', '2026-11-25T14:00:00Z');
    await log('conv-b', 'in', '2026-11-24T14:30:00Z');
    await log('conv-f', 'in', '2026-11-25T03:00:00Z');
    await log('conv-c', 'in', '2026-11-25T15:00:00Z');
    await log('conv-old', 'in', '2026-11-20T15:00:00Z');
    await log('conv-bot-only', 'out', '2026-11-24T15:00:00Z');

    await seedCase('conv-b', { created: '2026-11-24T15:00:00Z', claimed: '2026-11-24T15:10:00Z', closed: '2026-11-24T15:40:00Z', status: 'closed' });
    await seedCase(`conv-${randomUUID()}`, { created: '2026-11-24T16:00:00Z', claimed: '2026-11-24T16:30:00Z', status: 'active' });
    await seedCase(`conv-${randomUUID()}`, { created: '2026-11-25T14:00:00Z', status: 'queued' });
    await seedCase(`conv-${randomUUID()}`, { created: '2026-11-25T14:05:00Z', closed: '2026-11-25T15:00:00Z', status: 'failed' });
    await seedCase(`conv-${randomUUID()}`, { created: '2026-11-25T13:00:00Z', claimed: '2026-11-25T13:02:00Z', closed: '2026-11-25T13:20:00Z', status: 'closed' });
    await seedCase(`conv-${randomUUID()}`, { created: '2026-11-10T13:00:00Z', claimed: '2026-11-10T13:50:00Z', closed: '2026-11-10T14:00:00Z', status: 'closed' });

    const rate = (rating: number, savedCall: boolean | null, at: string) =>
      db.query("insert into satisfaction (id, subject, channel_id, rating, saved_call, created_at) values ($1, 'answer', 'webchat', $2, $3, $4)", [randomUUID(), rating, savedCall, at]);
    await rate(5, true, '2026-11-24T17:00:00Z');
    await rate(3, false, '2026-11-24T18:00:00Z');
    await rate(4, null, '2026-11-25T16:00:00Z');
    await rate(1, false, '2026-11-01T16:00:00Z');

    const feedback = (helpful: boolean, at: string) => db.query("insert into kb_feedback (entry_id, helpful, channel_id, created_at) values ('e', $1, 'webchat', $2)", [helpful, at]);
    await feedback(false, '2026-11-24T17:00:00Z');
    await feedback(false, '2026-11-24T17:05:00Z');
    await feedback(true, '2026-11-24T17:10:00Z');
    await feedback(false, '2026-11-25T17:00:00Z');

    const gap = (question: string, at: string) =>
      db.query("insert into kb_gaps (question, normalized, channel_id, created_at) values ($1, $2, 'webchat', $3)", [question, question.toLowerCase().replace(/\W+/g, ' ').trim(), at]);
    for (const at of ['2026-11-24T17:00:00Z', '2026-11-25T17:00:00Z', '2026-11-25T18:00:00Z']) await gap('How do I pay with bitcoin?', at);
    await gap('Can DRS take my crypto', '2026-11-25T18:30:00Z');
    for (let i = 0; i < 5; i += 1) await gap('What about last year', '2026-11-01T18:30:00Z');
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('gives each figure by Connecticut day and for the period, from the rows stored', async () => {
    const { status, body } = await supervisor.call<InsightsResponse>('GET', '/insights?days=3');
    expect(status).toBe(200);
    expect(body).toMatchObject({ days: 3, from: '2026-11-23', to: '2026-11-25' });
    const quiet = { conversations: 0, resolvedWithoutPerson: 0, handoffs: { queued: 0, claimed: 0, closed: 0, failed: 0 }, waitToClaimMinutes: { median: null, p90: null }, handlingMinutes: { median: null }, satisfaction: { count: 0, averageRating: null, savedCallShare: null }, notHelpful: 0 };
    expect(body.byDay).toEqual([
      { day: '2026-11-23', ...quiet },
      {
        day: '2026-11-24',
        conversations: 3,
        resolvedWithoutPerson: 2,
        handoffs: { queued: 2, claimed: 2, closed: 1, failed: 0 },
        waitToClaimMinutes: { median: 20, p90: 28 },
        handlingMinutes: { median: 30 },
        satisfaction: { count: 2, averageRating: 4, savedCallShare: 0.5 },
        notHelpful: 2,
      },
      {
        day: '2026-11-25',
        conversations: 1,
        resolvedWithoutPerson: 1,
        handoffs: { queued: 3, claimed: 1, closed: 1, failed: 1 },
        waitToClaimMinutes: { median: 2, p90: 2 },
        handlingMinutes: { median: 18 },
        satisfaction: { count: 1, averageRating: 4, savedCallShare: null },
        notHelpful: 1,
      },
    ]);
    // The period's medians are over its cases, not the days' medians.
    expect(body.totals).toEqual({
      conversations: 4,
      resolvedWithoutPerson: 3,
      handoffs: { queued: 5, claimed: 3, closed: 2, failed: 1 },
      waitToClaimMinutes: { median: 10, p90: 26 },
      handlingMinutes: { median: 24 },
      satisfaction: { count: 3, averageRating: 4, savedCallShare: 0.5 },
      notHelpful: 3,
    });
    expect(body.unanswered).toEqual([
      { question: 'How do I pay with bitcoin?', count: 3, lastAsked: '2026-11-25T18:00:00.000Z' },
      { question: 'Can DRS take my crypto', count: 1, lastAsked: '2026-11-25T18:30:00.000Z' },
    ]);
  });

  it('exports the figures by day as CSV', async () => {
    const response = await fetch(`${server.url}/api/console/insights.csv?days=3`, { headers: { cookie: await cookieOf(SUPERVISOR) } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="assistant-insights-2026-11-23-to-2026-11-25.csv"');
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe(
      'day,conversations,resolved_without_person,handoffs_queued,handoffs_claimed,handoffs_closed,handoffs_failed,wait_to_claim_median_minutes,wait_to_claim_p90_minutes,handling_median_minutes,survey_answers,average_rating,saved_a_call_share,answers_not_helpful',
    );
    expect(lines.slice(1)).toEqual(['2026-11-23,0,0,0,0,0,0,,,,0,,,0', '2026-11-24,3,2,2,2,1,0,20,28,30,2,4,0.5,2', '2026-11-25,1,1,3,1,1,1,2,2,18,1,4,,1', '']);
  });

  it('is for supervisors only: 401 without a session, 403 for a representative, JSON and CSV alike', async () => {
    for (const path of ['/api/console/insights', '/api/console/insights.csv']) {
      expect((await fetch(`${server.url}${path}`)).status).toBe(401);
      const rep = await fetch(`${server.url}${path}`, { headers: { cookie: await cookieOf(REP) } });
      expect(rep.status).toBe(403);
      expect(await rep.json()).toMatchObject({ error: { message: 'Only a supervisor may do this.' } });
    }
  });

  it.each(['0', '91', 'seven', '2.5'])('refuses days=%s with a 400 that says why', async (days) => {
    const { status, body } = await supervisor.call<{ error: { message: string } }>('GET', `/insights?days=${days}`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/days/);
  });

  it('defaults to the last 14 days', async () => {
    const { body } = await supervisor.call<InsightsResponse>('GET', '/insights');
    expect(body).toMatchObject({ days: 14, from: '2026-11-12', to: '2026-11-25' });
    expect(body.byDay).toHaveLength(14);
  });

  async function cookieOf(account: { username: string; password: string }): Promise<string> {
    const response = await fetch(`${server.url}/api/console/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) });
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }
});
