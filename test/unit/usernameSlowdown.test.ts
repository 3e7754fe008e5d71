import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/console/loginThrottle.js';
import { DEFAULT_SLOWDOWN, UsernameSlowdown, slowdownDelayMs } from '../../src/console/usernameSlowdown.js';
import type { SlowdownLimits } from '../../src/console/usernameSlowdown.js';

const MINUTE = 60_000;
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A slowdown whose sleeps wait until the test lets them end. */
const controlled = (options: Partial<SlowdownLimits> = {}) => {
  const time = { now: 0 };
  const sleeping: { ms: number; wake: () => void }[] = [];
  const slowdown = new UsernameSlowdown({
    ...DEFAULT_SLOWDOWN,
    ...options,
    maxKeys: 100,
    now: () => time.now,
    sleep: (ms) => new Promise<void>((wake) => sleeping.push({ ms, wake })),
  });
  return { time, sleeping, slowdown };
};

describe('slowdownDelayMs', () => {
  it('waits nothing for the first five failures, then doubles from 1 s up to 10 s', () => {
    const delays = Array.from({ length: 12 }, (_, failures) => slowdownDelayMs(failures, DEFAULT_SLOWDOWN));
    expect(delays).toEqual([0, 0, 0, 0, 0, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000]);
    expect(slowdownDelayMs(1_000, DEFAULT_SLOWDOWN)).toBe(10_000);
    expect(slowdownDelayMs(6, { freeFailures: 1, firstDelayMs: 5, maxDelayMs: 50 })).toBe(50);
  });
});

describe('UsernameSlowdown', () => {
  it('counts failures per username within 15 minutes; a success clears them', async () => {
    const time = { now: 0 };
    const slowdown = new UsernameSlowdown({ ...DEFAULT_SLOWDOWN, maxKeys: 100, now: () => time.now, sleep: async () => {} });
    const fail = () => slowdown.inTurn('admin', async () => undefined);
    for (let i = 0; i < 6; i += 1) await fail();
    expect(slowdown.delayMs('admin')).toBe(2_000);
    expect(slowdown.delayMs('other')).toBe(0);
    time.now += 15 * MINUTE - 1;
    expect(slowdown.delayMs('admin')).toBe(2_000);
    time.now += 1;
    expect(slowdown.delayMs('admin')).toBe(0);
    for (let i = 0; i < 8; i += 1) await fail();
    expect(slowdown.delayMs('admin')).toBe(8_000);
    expect(await slowdown.inTurn('admin', async () => 'token')).toBe('token');
    expect(slowdown.delayMs('admin')).toBe(0);
  });

  it('checks one attempt per username at a time, in order, each after the delay its turn finds', async () => {
    const { sleeping, slowdown } = controlled({ freeFailures: 1 });
    await slowdown.inTurn('admin', async () => undefined);
    const checked: string[] = [];
    const attempt = (name: string, result?: string) => slowdown.inTurn('admin', async () => (checked.push(name), result));
    const first = attempt('first');
    const second = attempt('second');
    const third = attempt('third', 'token');
    const elsewhere = slowdown.inTurn('someone', async () => (checked.push('someone'), 'token'));
    await settle();
    // Another username is not held up; for this one, only the first attempt is sleeping.
    expect(checked).toEqual(['someone']);
    expect(sleeping.map((sleep) => sleep.ms)).toEqual([1_000]);
    sleeping[0]!.wake();
    await settle();
    expect(checked).toEqual(['someone', 'first']);
    // The second's turn finds one more failure, so it waits twice as long.
    expect(sleeping.map((sleep) => sleep.ms)).toEqual([1_000, 2_000]);
    sleeping[1]!.wake();
    await settle();
    expect(sleeping.map((sleep) => sleep.ms)).toEqual([1_000, 2_000, 4_000]);
    sleeping[2]!.wake();
    expect(await Promise.all([first, second, third, elsewhere])).toEqual([undefined, undefined, 'token', 'token']);
    expect(checked).toEqual(['someone', 'first', 'second', 'third']);
  });

  it('lets the next attempt in when a check throws', async () => {
    const { slowdown } = controlled();
    const broken = slowdown.inTurn('admin', async () => Promise.reject(new Error('database down')));
    const next = slowdown.inTurn('admin', async () => 'token');
    await expect(broken).rejects.toThrow('database down');
    expect(await next).toBe('token');
  });

  it('reports a full line once five attempts for a username are in it', async () => {
    const { sleeping, slowdown } = controlled({ freeFailures: 0 });
    const inLine = Array.from({ length: 5 }, () => slowdown.inTurn('admin', async () => undefined));
    expect(slowdown.lineFullRetryAfterMs('admin')).toBe(5 * 1_000);
    expect(slowdown.lineFullRetryAfterMs('someone')).toBe(0);
    await settle();
    sleeping[0]!.wake();
    await settle();
    expect(slowdown.lineFullRetryAfterMs('admin')).toBe(0);
    for (let i = 1; i < 5; i += 1) {
      await settle();
      sleeping[i]!.wake();
    }
    await Promise.all(inLine);
  });
});

describe('LoginThrottle line overflow', () => {
  it('answers busy past five attempts in line for one username, and counts nothing for them', async () => {
    const sleeping: (() => void)[] = [];
    const throttle = new LoginThrottle({ now: () => 0, slowdown: { freeFailures: 0 }, sleep: () => new Promise<void>((wake) => sleeping.push(wake)) });
    const inLine = Array.from({ length: 5 }, (_, i) => throttle.signIn('admin', `10.0.0.${i + 1}`, async () => undefined));
    for (let i = 0; i < 5; i += 1) {
      expect(await throttle.signIn('admin', '10.0.1.1', async () => 'token')).toEqual({ kind: 'busy', retryAfterMs: 5_000 });
    }
    // Five refusals cost the address nothing: it is not blocked.
    expect(throttle.retryAfterMs('admin', '10.0.1.1')).toBe(0);
    for (let i = 0; i < 5; i += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      sleeping[i]!();
    }
    expect((await Promise.all(inLine)).map((outcome) => outcome.kind)).toEqual(Array<string>(5).fill('checked'));
  });
});
