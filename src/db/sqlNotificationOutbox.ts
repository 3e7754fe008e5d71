import { safeErrorText } from '../lib/safeErrorText.js';
import type { ClaimedNotification, FailureOutcome, NotificationOutbox } from '../handoff/ports.js';
import type { Database } from './database.js';

export const MAX_NOTIFICATION_ATTEMPTS = 20;

export interface OutboxOptions {
  /** How long a claimed notification stays invisible to other instances while it is sent. */
  leaseMs?: number;
  maxAttempts?: number;
  /** The wait after the first failure; it doubles with each further one (1 minute). */
  retryBaseMs?: number;
  /** The longest wait between attempts (an hour). */
  retryMaxMs?: number;
}

/** The case_notifications outbox; safe to share between several server instances. */
export class SqlNotificationOutbox implements NotificationOutbox {
  private readonly leaseSeconds: number;
  private readonly maxAttempts: number;
  private readonly retryBaseSeconds: number;
  private readonly retryMaxSeconds: number;

  constructor(
    private readonly db: Database,
    { leaseMs = 5 * 60_000, maxAttempts = MAX_NOTIFICATION_ATTEMPTS, retryBaseMs = 60_000, retryMaxMs = 60 * 60_000 }: OutboxOptions = {},
  ) {
    this.leaseSeconds = leaseMs / 1000;
    this.maxAttempts = maxAttempts;
    this.retryBaseSeconds = retryBaseMs / 1000;
    this.retryMaxSeconds = retryMaxMs / 1000;
  }

  claimDue(limit: number): Promise<ClaimedNotification[]> {
    return this.db.transaction(async (tx) => {
      const due = await tx.query<{ case_id: string; attempts: number }>(
        `select case_id, attempts from case_notifications
         where sent_at is null and attempts < $2 and next_attempt_at <= now()
         order by next_attempt_at limit $1
         for update skip locked`,
        [limit, this.maxAttempts],
      );
      const ids = due.rows.map((row) => row.case_id);
      if (ids.length === 0) return [];
      await tx.query(`update case_notifications set next_attempt_at = now() + $2::float8 * interval '1 second' where case_id = any($1::uuid[])`, [
        ids,
        this.leaseSeconds,
      ]);
      return due.rows.map((row) => ({ caseId: row.case_id, attempts: row.attempts }));
    });
  }

  async markSent(caseId: string): Promise<void> {
    await this.db.query('update case_notifications set sent_at = now() where case_id = $1 and sent_at is null', [caseId]);
  }

  /** Counts the attempt and backs off 1, 2, 4 … minutes (retryBaseMs), at most an hour (retryMaxMs), until the last attempt. */
  async recordFailure(caseId: string, error: string): Promise<FailureOutcome | undefined> {
    const result = await this.db.query<{ attempts: number; next_attempt_at: string | Date }>(
      `update case_notifications
       set attempts = attempts + 1, last_error = $2,
           next_attempt_at = now() + least(power(2, attempts) * $3::float8, $4::float8) * interval '1 second'
       where case_id = $1 and sent_at is null
       returning attempts, next_attempt_at`,
      [caseId, safeErrorText(error), this.retryBaseSeconds, this.retryMaxSeconds],
    );
    const row = result.rows[0];
    if (!row) return undefined;
    return { attempts: row.attempts, gaveUp: row.attempts >= this.maxAttempts, nextAttemptAt: new Date(row.next_attempt_at).toISOString() };
  }

  async release(caseId: string): Promise<void> {
    await this.db.query('update case_notifications set next_attempt_at = now() where case_id = $1 and sent_at is null', [caseId]);
  }
}
