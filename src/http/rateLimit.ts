export interface RateLimiterOptions {
  windowMs: number;
  /** Keys remembered at most; past this the least recently used goes (its count is forgotten). */
  maxKeys: number;
  now: () => number;
}

/** One count to take: `key` may have at most `limit` in any window. */
export interface Charge {
  key: string;
  limit: number;
}

/** Refused: `key` is the charge that waits longest. */
export type Taken = { allowed: true; at: number } | { allowed: false; retryAfterMs: number; key: string };

interface Counts {
  /** Index of the window `current` counts (time / windowMs, rounded down). */
  window: number;
  previous: number;
  current: number;
}

/**
 * Sliding-window counters in memory: a key's rate is this window's count plus the previous
 * window's weighted by how much of it still overlaps the last `windowMs`. Two numbers per key,
 * at most `maxKeys` keys; refused requests are not counted.
 */
export class RateLimiter {
  private readonly counts = new Map<string, Counts>();
  private readonly options: RateLimiterOptions;

  constructor(options: Partial<RateLimiterOptions> = {}) {
    this.options = { windowMs: 60_000, maxKeys: 50_000, now: Date.now, ...options };
  }

  /** Counts one request against every charge, or against none if any of them is at its limit. */
  take(charges: readonly Charge[]): Taken {
    const now = this.options.now();
    this.forgetStale(now);
    const counted = charges.map(({ key, limit }) => ({ key, limit, counts: this.countsOf(key, now) }));
    let refused: { key: string; retryAfterMs: number } | undefined;
    for (const { key, limit, counts } of counted) {
      const retryAfterMs = this.waitMs(counts, limit, now);
      if (retryAfterMs > (refused?.retryAfterMs ?? 0)) refused = { key, retryAfterMs };
    }
    if (refused) return { allowed: false, ...refused };
    for (const { key, counts } of counted) this.remember(key, { ...counts, current: counts.current + 1 });
    return { allowed: true, at: now };
  }

  /** Takes back one count made at `at` (a request that turned out not to count). */
  refund(key: string, at: number): void {
    const counts = this.counts.get(key);
    if (!counts) return;
    const window = Math.floor(at / this.options.windowMs);
    if (window === counts.window) counts.current = Math.max(0, counts.current - 1);
    else if (window === counts.window - 1) counts.previous = Math.max(0, counts.previous - 1);
  }

  get size(): number {
    return this.counts.size;
  }

  /** The key's counts as of `now`, its windows moved on if time has passed. */
  private countsOf(key: string, now: number): Counts {
    const window = Math.floor(now / this.options.windowMs);
    const counts = this.counts.get(key);
    if (!counts || counts.window < window - 1) return { window, previous: 0, current: 0 };
    if (counts.window === window - 1) return { window, previous: counts.current, current: 0 };
    return counts;
  }

  /** 0 if one more request fits under `limit` now; otherwise how long until one does. Whole numbers only, so exact. */
  private waitMs({ window, previous, current }: Counts, limit: number, now: number): number {
    const { windowMs } = this.options;
    const elapsed = now - window * windowMs;
    // One more fits at `elapsed` into a window when previous × (windowMs − elapsed) / windowMs + current + 1 ≤ limit.
    const room = limit - current - 1;
    if (room >= 0 && previous * (windowMs - elapsed) <= room * windowMs) return 0;
    // Later in this window, as the previous one slides out ...
    if (room >= 0) return Math.ceil((windowMs * (previous - room)) / previous) - elapsed;
    // ... or in the next, once enough of this window's count has slid out.
    const nextRoom = limit - 1;
    const into = current > nextRoom ? Math.ceil((windowMs * (current - nextRoom)) / current) : 0;
    return windowMs - elapsed + into;
  }

  private remember(key: string, counts: Counts): void {
    // Re-inserted so the map stays in least-recently-used order.
    this.counts.delete(key);
    this.counts.set(key, counts);
    if (this.counts.size > this.options.maxKeys) this.counts.delete(this.counts.keys().next().value!);
  }

  /** Drops keys untouched for two windows (they count nothing), oldest first. */
  private forgetStale(now: number): void {
    const window = Math.floor(now / this.options.windowMs);
    for (const [key, counts] of this.counts) {
      if (counts.window >= window - 1) return;
      this.counts.delete(key);
    }
  }
}
