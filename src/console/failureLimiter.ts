export interface FailureLimits {
  /** Failures within `windowMs` that block a key (`Infinity`: never blocks, only counts). */
  maxFailures: number;
  windowMs: number;
  /** How long a key stays blocked, counted from the failure that blocked it. */
  blockMs: number;
  /** Keys remembered at most; past this, expired keys go first, then the oldest unblocked, then the oldest. */
  maxKeys: number;
  now: () => number;
}

/**
 * Counts failed sign-ins per key in memory: `maxFailures` within `windowMs` block the key for
 * `blockMs`. Nothing is counted while a key is blocked, since blocked attempts are refused
 * before the password is checked.
 */
export class FailureLimiter {
  /** Failure times per key, oldest first; Map order is the order of each key's latest failure. */
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: FailureLimits) {}

  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfterMs(key: string): number {
    return Math.max(0, this.blockedUntil(this.relevant(key)) - this.options.now());
  }

  /** Counts a failure now; returns its time, for `withdraw`. */
  recordFailure(key: string): number {
    const at = this.options.now();
    const kept = this.relevant(key);
    this.failures.delete(key);
    this.failures.set(key, [...kept, at]);
    if (this.failures.size > this.options.maxKeys) this.shrink();
    return at;
  }

  /** Takes back one failure recorded at `at` (an attempt counted before checking that then succeeded), and any block it started. */
  withdraw(key: string, at: number): void {
    const times = this.failures.get(key);
    const index = times?.lastIndexOf(at) ?? -1;
    if (!times || index < 0) return;
    times.splice(index, 1);
    if (times.length === 0) this.failures.delete(key);
  }

  /** Failures within the last `windowMs`. */
  recentFailures(key: string): number {
    const since = this.options.now() - this.options.windowMs;
    return this.relevant(key).filter((at) => at > since).length;
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  /** Failures that can still matter: ones in a block that has not ended, or in the window. */
  private relevant(key: string): number[] {
    const since = this.options.now() - this.options.windowMs - this.options.blockMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  /** The end of the latest block: `blockMs` after a failure that made `maxFailures` within the window. */
  private blockedUntil(times: readonly number[]): number {
    const { maxFailures, windowMs, blockMs } = this.options;
    for (let last = times.length - 1; last >= maxFailures - 1; last -= 1) {
      if (times[last]! - times[last - maxFailures + 1]! < windowMs) return times[last]! + blockMs;
    }
    return 0;
  }

  private shrink(): void {
    const { maxKeys, now } = this.options;
    for (const key of [...this.failures.keys()]) {
      if (this.relevant(key).length === 0) this.failures.delete(key);
    }
    // Forgetting a blocked key would lift its block, so unblocked keys go first.
    for (const key of [...this.failures.keys()]) {
      if (this.failures.size <= maxKeys) return;
      if (this.blockedUntil(this.failures.get(key)!) <= now()) this.failures.delete(key);
    }
    for (const key of this.failures.keys()) {
      if (this.failures.size <= maxKeys) return;
      this.failures.delete(key);
    }
  }
}
