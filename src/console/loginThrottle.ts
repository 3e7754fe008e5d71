export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
  /** Keys remembered at most; past this, expired keys go first, then the oldest. */
  maxKeys: number;
  now: () => number;
}

/** Counts failed sign-ins per key (username and address) in memory; too many in the window blocks the key. */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly options: ThrottleOptions;

  constructor(options: Partial<ThrottleOptions> = {}) {
    this.options = { maxFailures: 5, windowMs: 15 * 60_000, maxKeys: 10_000, now: Date.now, ...options };
  }

  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfterMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.options.maxFailures) return 0;
    const unblockedAt = recent[recent.length - this.options.maxFailures]! + this.options.windowMs;
    return Math.max(1, unblockedAt - this.options.now());
  }

  recordFailure(key: string): void {
    const recent = this.recent(key);
    this.failures.delete(key);
    this.failures.set(key, [...recent, this.options.now()]);
    if (this.failures.size > this.options.maxKeys) this.shrink();
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.options.now() - this.options.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  private shrink(): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key).length === 0) this.failures.delete(key);
    }
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.options.maxKeys) break;
      this.failures.delete(key);
    }
  }
}
