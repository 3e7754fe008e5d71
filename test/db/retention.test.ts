import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { CASE_EXPIRED, EXPIRED, purgeExpired, startRetentionJob } from '../../src/db/sqlRetention.js';
import { RecentRows, SqlStateStorage } from '../../src/db/sqlStateStorage.js';
import type { RetentionCounts } from '../../src/db/sqlRetention.js';
import { createLogger } from '../../src/lib/log.js';
import { DAY_MS, retentionCutoff } from '../../src/privacy/retentionPolicy.js';
import { describeEachEngine } from '../fixtures/databases.js';

const NOW = new Date('2030-06-01T12:00:00Z');
const DAYS = 90;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const OLD = daysAgo(91);
const RECENT = daysAgo(89);
const ANCIENT = daysAgo(400);
const clock = () => NOW;

describe('retentionCutoff', () => {
  it('is now minus the retention period', () => {
    expect(retentionCutoff(NOW, 90)).toEqual(new Date('2030-03-03T12:00:00Z'));
    expect(retentionCutoff(NOW, 1)).toEqual(new Date('2030-05-31T12:00:00Z'));
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s days', (days) => {
    expect(() => retentionCutoff(NOW, days)).toThrow(RangeError);
  });
});

describeEachEngine('retention', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await engine.open();
    await db.query("insert into console_users (username, password_hash) values ('sam', 'x')");
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    await db.query('truncate conversation_log, dl_conversations, dl_activities, bot_state, kb_gaps, console_sessions, handoff_cases cascade');
  });

  const at = (date: Date) => date.toISOString();
  const count = async (sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params)).rows[0]?.n ?? -1;

  /** A Direct Line conversation with activities at the given times, a log line and conversation state for each. */
  async function conversation(createdAt: Date, activityTimes: Date[], channelId = 'webchat'): Promise<string> {
    const id = randomUUID().replace(/-/g, '');
    await db.query('insert into dl_conversations (id, user_id, channel_id, last_seq, created_at) values ($1, $2, $3, $4, $5)', [id, 'u', channelId, activityTimes.length, at(createdAt)]);
    for (const [index, time] of activityTimes.entries()) {
      await db.query('insert into dl_activities (conversation_id, seq, activity, created_at) values ($1, $2, $3, $4)', [id, index + 1, JSON.stringify({ type: 'message', text: 'what I typed' }), at(time)]);
      await db.query("insert into conversation_log (conversation_id, direction, text, created_at) values ($1, 'in', 'what I typed', $2)", [id, at(time)]);
    }
    await db.query("insert into bot_state (key, etag, data, updated_at) values ($1, 'e', '{}', $2)", [`${channelId}/conversations/${id}/`, at(activityTimes.at(-1) ?? createdAt)]);
    return id;
  }

  /** A case with one message, note, audit entry and e-mail record. */
  async function handoffCase(options: { status: string; conversationId: string; createdAt: Date; updatedAt: Date; closedAt?: Date }): Promise<string> {
    const id = randomUUID();
    await db.query(
      `insert into handoff_cases (id, case_number, submission_key, kind, status, channel_id, conversation_id, conversation_ref, summary, transcript, created_at, updated_at, closed_at, claimed_by)
       values ($1, $2, $3, 'priorityOne', $4, 'webchat', $5, '{}', '{}', '[]', $6, $7, $8, case when $4 = 'active' then 'sam' end)`,
      [id, `P1-${id.slice(0, 6).toUpperCase()}`, id, options.status, options.conversationId, at(options.createdAt), at(options.updatedAt), options.closedAt ? at(options.closedAt) : null],
    );
    await db.query("insert into handoff_messages (case_id, sender, text, created_at) values ($1, 'taxpayer', 'help', $2)", [id, at(options.createdAt)]);
    await db.query("insert into case_notes (case_id, author, text, created_at) values ($1, 'sam', 'note', $2)", [id, at(options.createdAt)]);
    await db.query("insert into case_audit (case_id, actor, action, at) values ($1, 'sam', 'claim', $2)", [id, at(options.createdAt)]);
    await db.query('insert into case_notifications (case_id, sent_at) values ($1, $2)', [id, at(options.createdAt)]);
    return id;
  }

  const caseRows = async (id: string) => ({
    cases: await count('handoff_cases where id = $1', [id]),
    messages: await count('handoff_messages where case_id = $1', [id]),
    notes: await count('case_notes where case_id = $1', [id]),
    audit: await count('case_audit where case_id = $1', [id]),
    notifications: await count('case_notifications where case_id = $1', [id]),
  });

  const conversationRows = async (id: string) => ({
    conversation: await count('dl_conversations where id = $1', [id]),
    activities: await count('dl_activities where conversation_id = $1', [id]),
    log: await count('conversation_log where conversation_id = $1', [id]),
    state: await count("bot_state where key like '%/conversations/' || $1 || '/'", [id]),
  });

  const purge = () => purgeExpired(db, retentionCutoff(NOW, DAYS), NOW);

  it('removes conversations, logs, state and knowledge gaps older than the period and keeps newer ones', async () => {
    const old = await conversation(ANCIENT, [ANCIENT, OLD]);
    const recent = await conversation(RECENT, [RECENT]);
    const stillTalking = await conversation(ANCIENT, [ANCIENT, RECENT]);
    await db.query("insert into bot_state (key, etag, data, updated_at) values ('webchat/users/old-user/', 'e', '{}', $1), ('webchat/users/new-user/', 'e', '{}', $2)", [at(OLD), at(RECENT)]);
    await db.query("insert into kb_gaps (question, normalized, channel_id, created_at) values ('old question', 'old', 'webchat', $1), ('new question', 'new', 'webchat', $2)", [at(OLD), at(RECENT)]);

    const deleted = await purge();

    expect(await conversationRows(old)).toEqual({ conversation: 0, activities: 0, log: 0, state: 0 });
    expect(await conversationRows(recent)).toEqual({ conversation: 1, activities: 1, log: 1, state: 1 });
    // Its old line goes; the conversation, with something said since the cutoff, stays.
    expect(await conversationRows(stillTalking)).toEqual({ conversation: 1, activities: 1, log: 1, state: 1 });
    expect((await db.query<{ key: string }>("select key from bot_state where key like '%/users/%'")).rows.map((row) => row.key)).toEqual(['webchat/users/new-user/']);
    expect((await db.query<{ question: string }>('select question from kb_gaps')).rows.map((row) => row.question)).toEqual(['new question']);
    expect(deleted).toMatchObject({ conversationLog: 3, dlActivities: 3, dlConversations: 1, botState: 2, kbGaps: 1, cases: 0 });
  });

  it('removes expired console sessions only', async () => {
    await db.query("insert into console_sessions (token_hash, username, expires_at) values ('gone', 'sam', $1), ('live', 'sam', $2)", [at(new Date(NOW.getTime() - 1000)), at(new Date(NOW.getTime() + 60_000))]);
    expect((await purge()).consoleSessions).toBe(1);
    expect((await db.query<{ token_hash: string }>('select token_hash from console_sessions')).rows).toEqual([{ token_hash: 'live' }]);
  });

  it('never removes an open case, however old, nor the conversation it is about', async () => {
    const queuedConversation = await conversation(ANCIENT, [ANCIENT]);
    const activeConversation = await conversation(ANCIENT, [ANCIENT]);
    const queued = await handoffCase({ status: 'queued', conversationId: queuedConversation, createdAt: ANCIENT, updatedAt: ANCIENT });
    const active = await handoffCase({ status: 'active', conversationId: activeConversation, createdAt: ANCIENT, updatedAt: ANCIENT });

    expect(await purge()).toMatchObject({ cases: 0, conversationLog: 0, dlActivities: 0, dlConversations: 0, botState: 0 });
    for (const id of [queued, active]) expect(await caseRows(id)).toEqual({ cases: 1, messages: 1, notes: 1, audit: 1, notifications: 1 });
    for (const id of [queuedConversation, activeConversation]) expect(await conversationRows(id)).toEqual({ conversation: 1, activities: 1, log: 1, state: 1 });
  });

  it('removes closed and failed cases past the period with their messages, notes, history and e-mail record', async () => {
    const closedLongAgo = await handoffCase({ status: 'closed', conversationId: await conversation(ANCIENT, [ANCIENT]), createdAt: ANCIENT, updatedAt: OLD, closedAt: OLD });
    const failedLongAgo = await handoffCase({ status: 'failed', conversationId: await conversation(ANCIENT, [ANCIENT]), createdAt: ANCIENT, updatedAt: OLD });
    const oldButClosedRecently = await handoffCase({ status: 'closed', conversationId: 'elsewhere', createdAt: ANCIENT, updatedAt: RECENT, closedAt: RECENT });

    const deleted = await purge();

    expect(await caseRows(closedLongAgo)).toEqual({ cases: 0, messages: 0, notes: 0, audit: 0, notifications: 0 });
    expect(await caseRows(failedLongAgo)).toEqual({ cases: 0, messages: 0, notes: 0, audit: 0, notifications: 0 });
    expect(await caseRows(oldButClosedRecently)).toEqual({ cases: 1, messages: 1, notes: 1, audit: 1, notifications: 1 });
    expect(deleted).toMatchObject({ cases: 2, caseMessages: 2, caseNotes: 2, caseAudit: 2, caseNotifications: 2, dlConversations: 2 });
  });

  it('finds what it removes through an index on every table', async () => {
    const index: Record<keyof typeof EXPIRED | 'handoff_cases', string> = {
      conversation_log: 'conversation_log_created',
      dl_activities: 'dl_activities_created',
      dl_conversations: 'dl_conversations_created',
      bot_state: 'bot_state_updated',
      kb_gaps: 'kb_gaps_created',
      console_sessions: 'console_sessions_expires',
      handoff_cases: 'handoff_cases_ended',
    };
    const queries = [
      ...Object.entries(EXPIRED).map(([table, condition]) => ({ table, sql: `select ctid from ${table} where ${condition} limit 1000` })),
      { table: 'handoff_cases', sql: `select id from handoff_cases where ${CASE_EXPIRED} limit 1000` },
    ];
    for (const { table, sql } of queries) {
      const plan = await db.transaction(async (tx) => {
        await tx.query('set local enable_seqscan = off');
        return JSON.stringify((await tx.query(`explain (format json) ${sql}`, [at(OLD)])).rows);
      });
      expect(plan, table).toContain(`"Index Name":"${index[table as keyof typeof index]}"`);
    }
  });

  it('works through more rows than one batch', async () => {
    await db.query("insert into kb_gaps (question, normalized, channel_id, created_at) select 'q', 'q', 'webchat', $1 from generate_series(1, 2500)", [at(OLD)]);
    expect((await purge()).kbGaps).toBe(2500);
    expect(await count('kb_gaps')).toBe(0);
  });

  it('runs at start and then on its timer, logging counts and never contents, until stopped', async () => {
    const lines: string[] = [];
    const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
    await conversation(ANCIENT, [OLD]);
    const purgeLines = () =>
      lines.map((line) => JSON.parse(line) as { msg: string; level: number; deleted?: RetentionCounts; cutoff?: string }).filter((line) => line.msg === 'retention purge');
    const job = startRetentionJob({ db, days: DAYS, logger, clock, intervalMs: 25 });
    try {
      await expect.poll(() => count('conversation_log'), { timeout: 5000 }).toBe(0);
      await expect.poll(() => purgeLines().length, { timeout: 5000 }).toBeGreaterThanOrEqual(1);
      // A row that ages out later is removed by a later pass, without being asked.
      await db.query("insert into kb_gaps (question, normalized, channel_id, created_at) values ('later question', 'later', 'webchat', $1)", [at(OLD)]);
      await expect.poll(() => count('kb_gaps'), { timeout: 5000 }).toBe(0);
    } finally {
      await job.stop();
    }
    expect(await job.runOnce()).toBeUndefined();

    const purges = purgeLines();
    expect(purges.length).toBeGreaterThanOrEqual(2);
    expect(purges[0]).toMatchObject({ level: 30, cutoff: retentionCutoff(NOW, DAYS).toISOString(), deleted: { conversationLog: 1, dlActivities: 1, dlConversations: 1, botState: 1, kbGaps: 0 } });
    expect(purges.slice(1).some((purge) => purge.deleted?.kbGaps === 1)).toBe(true);
    expect(lines.join('')).not.toMatch(/what I typed|later question/);
  });

  it('makes the state storage forget what it remembered once state rows are purged', async () => {
    const id = await conversation(ANCIENT, [OLD]);
    const key = `webchat/conversations/${id}/`;
    const recent = new RecentRows(100, 60_000);
    const storage = new SqlStateStorage(db, recent);
    expect(await storage.read([key])).toHaveProperty(key);
    const job = startRetentionJob({ db, days: DAYS, logger: createLogger('silent'), clock, intervalMs: 60_000, afterStatePurged: () => recent.clear() });
    try {
      await expect.poll(() => count('bot_state where key = $1', [key]), { timeout: 5000 }).toBe(0);
    } finally {
      await job.stop();
    }
    expect(await storage.read([key])).toEqual({});
  });

  it('logs a failure without stopping', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const broken: Database = { ...db, query: () => Promise.reject(new Error('connection to postgres://user:pw@db refused')), transaction: () => Promise.reject(new Error('down')) };
    const job = startRetentionJob({ db: broken, days: DAYS, logger, clock, intervalMs: 60_000 });
    expect(await job.runOnce()).toBeUndefined();
    await job.stop();
    expect(lines.join('')).toMatch(/retention purge failed/);
    expect(lines.join('')).not.toContain('pw@db');
  });
});
