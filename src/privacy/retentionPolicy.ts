/**
 * How long records are kept: what a conversation left behind is removed RETENTION_DAYS after it
 * was last touched. Open cases (queued or with a representative) are kept whatever their age,
 * with their conversation; a case is removed, with its messages, notes, history and e-mail
 * record, RETENTION_DAYS after it was closed or failed.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** How often the purge runs (and once at start-up). */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/** Cases in these states are never purged. */
export const OPEN_CASE_STATUSES = ['queued', 'active'] as const;

/** Records last touched before this instant are due for removal. */
export function retentionCutoff(now: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`retention must be a whole number of days, at least 1 (got ${days})`);
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  if (Number.isNaN(cutoff.getTime())) throw new RangeError('the clock gave an invalid date');
  return cutoff;
}
