import { safeErrorText } from '../lib/safeErrorText.js';
import { startRepeatingJob } from '../lib/repeatingJob.js';
import type { RepeatingJob } from '../lib/repeatingJob.js';
import type { Logger } from '../lib/log.js';
import type { Clock } from '../lib/clock.js';
import { OPEN_CASE_STATUSES, RETENTION_INTERVAL_MS, retentionCutoff } from '../privacy/retentionPolicy.js';
import type { Database } from './database.js';

/** Rows removed by one pass, by what they were. */
export interface RetentionCounts {
  conversationLog: number;
  dlActivities: number;
  dlConversations: number;
  botState: number;
  kbGaps: number;
  consoleSessions: number;
  cases: number;
  caseMessages: number;
  caseNotes: number;
  caseAudit: number;
  caseNotifications: number;
}

const BATCH = 1000;
const OPEN = `(${OPEN_CASE_STATUSES.map((status) => `'${status}'`).join(', ')})`;
/** `<table>.conversation_id` belongs to a conversation whose case is still open. */
const openCaseFor = (column: string) => `exists (select 1 from handoff_cases h where h.conversation_id = ${column} and h.status in ${OPEN})`;

/** What each table lets go, as a condition on $1: the cutoff (for console sessions, now). */
export const EXPIRED = {
  conversation_log: `conversation_log.created_at < $1 and not ${openCaseFor('conversation_log.conversation_id')}`,
  dl_activities: `dl_activities.created_at < $1 and not ${openCaseFor('dl_activities.conversation_id')}`,
  // After its old activities have gone: a conversation with nothing left since the cutoff.
  dl_conversations: `dl_conversations.created_at < $1 and not ${openCaseFor('dl_conversations.id')}
    and not exists (select 1 from dl_activities a where a.conversation_id = dl_conversations.id and a.created_at >= $1)`,
  // Conversation state is keyed "<channel>/conversations/<id>/"; user state "<channel>/users/<id>/".
  bot_state: `bot_state.updated_at < $1 and not exists (select 1 from handoff_cases h
    where h.status in ${OPEN} and bot_state.key = h.channel_id || '/conversations/' || h.conversation_id || '/')`,
  kb_gaps: 'kb_gaps.created_at < $1',
  console_sessions: 'console_sessions.expires_at < $1',
} as const;

export const CASE_EXPIRED = `status in ('closed', 'failed') and updated_at < $1 and coalesce(closed_at, updated_at) < $1`;

/**
 * Removes what is older than the cutoff, a batch at a time (short transactions, and `shouldStop`
 * is honoured between batches). Counts only; nothing removed is read into memory beyond case ids.
 */
export async function purgeExpired(db: Database, cutoff: Date, now: Date, shouldStop: () => boolean = () => false): Promise<RetentionCounts> {
  const purge = async (table: keyof typeof EXPIRED, before = cutoff): Promise<number> => {
    let total = 0;
    while (!shouldStop()) {
      const result = await db.query(`delete from ${table} where ctid in (select ctid from ${table} where ${EXPIRED[table]} limit ${BATCH})`, [before.toISOString()]);
      total += result.rowCount;
      if (result.rowCount < BATCH) break;
    }
    return total;
  };
  const cases = await purgeCases(db, cutoff.toISOString(), shouldStop);
  return {
    conversationLog: await purge('conversation_log'),
    dlActivities: await purge('dl_activities'),
    dlConversations: await purge('dl_conversations'),
    botState: await purge('bot_state'),
    kbGaps: await purge('kb_gaps'),
    consoleSessions: await purge('console_sessions', now),
    ...cases,
  };
}

type CaseCounts = Pick<RetentionCounts, 'cases' | 'caseMessages' | 'caseNotes' | 'caseAudit' | 'caseNotifications'>;

/** Closed and failed cases past the cutoff; their messages, notes, history and e-mail row go with them (on delete cascade). */
async function purgeCases(db: Database, cutoff: string, shouldStop: () => boolean): Promise<CaseCounts> {
  const counts: CaseCounts = { cases: 0, caseMessages: 0, caseNotes: 0, caseAudit: 0, caseNotifications: 0 };
  while (!shouldStop()) {
    const removed = await db.transaction(async (tx) => {
      const ids = (await tx.query<{ id: string }>(`select id from handoff_cases where ${CASE_EXPIRED} limit ${BATCH}`, [cutoff])).rows.map((row) => row.id);
      if (ids.length === 0) return 0;
      const children = await tx.query<{ messages: number; notes: number; audit: number; notifications: number }>(
        `select (select count(*) from handoff_messages where case_id = any($1::uuid[]))::int as messages,
                (select count(*) from case_notes where case_id = any($1::uuid[]))::int as notes,
                (select count(*) from case_audit where case_id = any($1::uuid[]))::int as audit,
                (select count(*) from case_notifications where case_id = any($1::uuid[]))::int as notifications`,
        [ids],
      );
      const deleted = await tx.query(`delete from handoff_cases where id = any($2::uuid[]) and ${CASE_EXPIRED}`, [cutoff, ids]);
      const found = children.rows[0];
      counts.caseMessages += found?.messages ?? 0;
      counts.caseNotes += found?.notes ?? 0;
      counts.caseAudit += found?.audit ?? 0;
      counts.caseNotifications += found?.notifications ?? 0;
      counts.cases += deleted.rowCount;
      return ids.length;
    });
    if (removed < BATCH) break;
  }
  return counts;
}

export interface RetentionJobOptions {
  db: Database;
  /** RETENTION_DAYS. */
  days: number;
  logger: Logger;
  clock?: Clock;
  intervalMs?: number;
  /** Called after a pass removed bot state rows (so memory of them goes too). */
  afterStatePurged?: (() => void) | undefined;
}

/** One purge now (after any running one) gives undefined when it failed (logged) or the job stopped. */
export type RetentionJob = RepeatingJob<RetentionCounts | undefined>;

/** Purges at start and then every `intervalMs` (an unref'd timer). Logs counts, never contents. */
export function startRetentionJob({ db, days, logger, clock = () => new Date(), intervalMs = RETENTION_INTERVAL_MS, afterStatePurged }: RetentionJobOptions): RetentionJob {
  const pass = async (isStopped: () => boolean): Promise<RetentionCounts | undefined> => {
    const started = Date.now();
    try {
      const now = clock();
      const cutoff = retentionCutoff(now, days);
      const deleted = await purgeExpired(db, cutoff, now, isStopped);
      if (deleted.botState > 0) afterStatePurged?.();
      const total = (Object.values(deleted) as number[]).reduce((sum, count) => sum + count, 0);
      logger[total > 0 ? 'info' : 'debug']({ retentionDays: days, cutoff: cutoff.toISOString(), deleted, ms: Date.now() - started }, 'retention purge');
      return deleted;
    } catch (error) {
      logger.error({ error: safeErrorText(error) }, 'retention purge failed');
      return undefined;
    }
  };
  return startRepeatingJob(pass, { intervalMs, runAtStart: true, whenStopped: undefined });
}
