import { setTimeout as realSleep } from 'node:timers/promises';
import { addressKey } from '../http/clientAddress.js';
import { FailureLimiter } from './failureLimiter.js';
import type { FailureLimits } from './failureLimiter.js';
import { DEFAULT_SLOWDOWN, UsernameSlowdown } from './usernameSlowdown.js';
import type { SlowdownLimits } from './usernameSlowdown.js';

/** Limits for addresses and username-and-address pairs, and the username slowdown under `slowdown`. */
export interface LoginThrottleOptions extends FailureLimits {
  slowdown: Partial<SlowdownLimits>;
  sleep: (ms: number) => Promise<void>;
}

export type SignInOutcome<T> =
  /** The address, or this username from this address, failed too often: 429. */
  | { kind: 'blocked'; retryAfterMs: number }
  /** Too many attempts for this username are already in line; nothing was counted: 503. */
  | { kind: 'busy'; retryAfterMs: number }
  /** The password was checked: the check's result, `undefined` when it failed. */
  | { kind: 'checked'; result: T | undefined };

/**
 * Sign-in limits, per instance. An address, and a username from one address, are blocked for
 * `blockMs` after `maxFailures` within `windowMs`. A username alone is never blocked, only slowed
 * (see UsernameSlowdown), so failures from elsewhere cannot lock its representative out.
 */
export class LoginThrottle {
  private readonly blocks: FailureLimiter;
  private readonly slowdown: UsernameSlowdown;

  constructor(options: Partial<LoginThrottleOptions> = {}) {
    const { slowdown, sleep = realSleep, ...limits } = options;
    const blockLimits = { maxFailures: 5, windowMs: 60_000, blockMs: 15 * 60_000, maxKeys: 10_000, now: Date.now, ...limits };
    this.blocks = new FailureLimiter(blockLimits);
    const { maxKeys, now } = blockLimits;
    this.slowdown = new UsernameSlowdown({ ...DEFAULT_SLOWDOWN, ...slowdown, maxKeys, now, sleep });
  }

  /**
   * One sign-in by `username` from `address`; `check` tests the password (`undefined` when wrong).
   * Refused while the address or the pair is blocked, or while the username's line is full.
   * Otherwise counted at once as a failure of both, before the check, so attempts sent all together
   * cannot get past the limit; then checked in the username's turn, after its delay. A success
   * clears the pair and the username but takes back only this attempt for the address, so one
   * address cannot go on trying many users.
   */
  async signIn<T>(username: string, address: string | undefined, check: () => Promise<T | undefined>): Promise<SignInOutcome<T>> {
    const retryAfterMs = this.retryAfterMs(username, address);
    if (retryAfterMs > 0) return { kind: 'blocked', retryAfterMs };
    const busyMs = this.slowdown.lineFullRetryAfterMs(username);
    if (busyMs > 0) return { kind: 'busy', retryAfterMs: busyMs };
    const pair = pairKey(username, address);
    const fromKey = addressKey(address);
    this.blocks.recordFailure(pair);
    const countedAt = this.blocks.recordFailure(fromKey);
    const result = await this.slowdown.inTurn(username, check);
    if (result !== undefined) {
      this.blocks.reset(pair);
      this.blocks.withdraw(fromKey, countedAt);
    }
    return { kind: 'checked', result };
  }

  /** Milliseconds until this username may be tried from this address; 0 when it may now. */
  retryAfterMs(username: string, address: string | undefined): number {
    return Math.max(this.blocks.retryAfterMs(pairKey(username, address)), this.blocks.retryAfterMs(addressKey(address)));
  }

  /** The wait the username's next attempt would get. */
  delayMs(username: string): number {
    return this.slowdown.delayMs(username);
  }
}

export const usernameKey = (username: string) => `user:${username}`;

export const pairKey = (username: string, address: string | undefined) => `${addressKey(address)} ${usernameKey(username)}`;
