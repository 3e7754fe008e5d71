import { FailureLimiter } from './failureLimiter.js';

export interface SlowdownOptions {
  /** Failures for a username within `windowMs` that cost no wait; each one past them doubles it. */
  freeFailures: number;
  windowMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** Attempts for one username in line at once, the one being checked included; more are turned away. */
  maxInLine: number;
  /** Usernames whose failures are remembered at most. */
  maxKeys: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export type SlowdownLimits = Omit<SlowdownOptions, 'maxKeys' | 'now' | 'sleep'>;

export const DEFAULT_SLOWDOWN: SlowdownLimits = {
  freeFailures: 5,
  windowMs: 15 * 60_000,
  firstDelayMs: 1_000,
  maxDelayMs: 10_000,
  // Five in line at 10 s each keep the longest wait under a minute, within common proxy timeouts.
  maxInLine: 5,
};

type DelaySchedule = Pick<SlowdownOptions, 'freeFailures' | 'firstDelayMs' | 'maxDelayMs'>;

/** The wait before a username's password is checked: none for its first free failures, then doubling up to the cap. */
export function slowdownDelayMs(failures: number, schedule: DelaySchedule): number {
  const past = failures - schedule.freeFailures;
  if (past < 0) return 0;
  return Math.min(schedule.maxDelayMs, schedule.firstDelayMs * 2 ** past);
}

/** The attempts for one username that are waiting or being checked; `done` settles when the last of them ends. */
interface Line {
  done: Promise<void>;
  size: number;
}

/**
 * Slows sign-ins for a username that keeps failing, without ever locking it out: attempts for one
 * username are checked one at a time, each after a wait that grows with the username's recent
 * failures, so many addresses together guess no faster than one per wait. A success clears them.
 */
export class UsernameSlowdown {
  private readonly failures: FailureLimiter;
  private readonly lines = new Map<string, Line>();

  constructor(private readonly options: SlowdownOptions) {
    const { windowMs, maxKeys, now } = options;
    this.failures = new FailureLimiter({ maxFailures: Infinity, windowMs, blockMs: 0, maxKeys, now });
  }

  /** The wait the username's next attempt gets, from its failures so far. */
  delayMs(username: string): number {
    return slowdownDelayMs(this.failures.recentFailures(username), this.options);
  }

  /** When the username's line is full, about how long it takes to clear; 0 when there is room. */
  lineFullRetryAfterMs(username: string): number {
    const size = this.lines.get(username)?.size ?? 0;
    return size < this.options.maxInLine ? 0 : Math.max(1_000, size * this.delayMs(username));
  }

  /**
   * Waits for the username's turn and then its delay, and runs `check`: a result clears the
   * username's failures, `undefined` adds one. The line is joined before this first yields.
   */
  async inTurn<T>(username: string, check: () => Promise<T | undefined>): Promise<T | undefined> {
    const line = this.lines.get(username) ?? { done: Promise.resolve(), size: 0 };
    const previous = line.done;
    let leave = () => {};
    line.done = new Promise<void>((resolve) => (leave = resolve));
    line.size += 1;
    this.lines.set(username, line);
    try {
      await previous;
      const delayMs = this.delayMs(username);
      if (delayMs > 0) await this.options.sleep(delayMs);
      const result = await check();
      if (result === undefined) this.failures.recordFailure(username);
      else this.failures.reset(username);
      return result;
    } finally {
      line.size -= 1;
      if (line.size === 0) this.lines.delete(username);
      leave();
    }
  }
}
