import { isIPv6 } from 'node:net';

export interface ThrottleOptions {
  /** Failures within `windowMs` that block a key. */
  maxFailures: number;
  windowMs: number;
  /** How long a key stays blocked, counted from the failure that blocked it. */
  blockMs: number;
  /** Keys remembered at most; past this, expired keys go first, then the oldest unblocked, then the oldest. */
  maxKeys: number;
  now: () => number;
}

export type SignInAttempt = { blocked: true; retryAfterMs: number } | { blocked: false; succeeded(): void };

/**
 * Counts failed sign-ins per key (a username, an address) in memory: `maxFailures` within
 * `windowMs` block the key for `blockMs`. Nothing is counted while a key is blocked, since
 * blocked attempts are refused before the password is checked.
 */
export class LoginThrottle {
  /** Failure times per key, oldest first; Map order is the order of each key's latest failure. */
  private readonly failures = new Map<string, number[]>();
  private readonly options: ThrottleOptions;

  constructor(options: Partial<ThrottleOptions> = {}) {
    this.options = { maxFailures: 5, windowMs: 60_000, blockMs: 15 * 60_000, maxKeys: 10_000, now: Date.now, ...options };
  }

  /**
   * Starts a sign-in by `username` from `address`. Refused while either is blocked; otherwise
   * counted at once as a failure of both, before the password is checked, so attempts sent all
   * together cannot get past the limit. `succeeded()` clears the user's failures but takes back
   * only this attempt for the address, so one address cannot go on trying many users.
   */
  attempt(username: string, address: string | undefined): SignInAttempt {
    const userKey = usernameKey(username);
    const fromKey = addressKey(address);
    const retryAfterMs = Math.max(this.retryAfterMs(userKey), this.retryAfterMs(fromKey));
    if (retryAfterMs > 0) return { blocked: true, retryAfterMs };
    this.recordFailure(userKey);
    const countedAt = this.recordFailure(fromKey);
    return {
      blocked: false,
      succeeded: () => {
        this.reset(userKey);
        this.withdraw(fromKey, countedAt);
      },
    };
  }

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

/**
 * The throttle key for a client address: IPv4 addresses as they are (IPv4-mapped IPv6 included),
 * IPv6 addresses by their /64, the block one subscriber usually holds.
 */
export function addressKey(address: string | undefined): string {
  const value = address ?? '';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) return `address:${mapped[1]}`;
  if (!isIPv6(value)) return `address:${value}`;
  const [head = '', tail] = value.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `address:${groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16)).join(':')}::/64`;
}

export const usernameKey = (username: string) => `user:${username}`;
