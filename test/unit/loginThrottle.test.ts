import { describe, expect, it } from 'vitest';
import { FailureLimiter } from '../../src/console/failureLimiter.js';
import { addressKey } from '../../src/http/clientAddress.js';
import { LoginThrottle } from '../../src/console/loginThrottle.js';
import type { SignInOutcome } from '../../src/console/loginThrottle.js';

const MINUTE = 60_000;
const limits = { maxFailures: 5, windowMs: MINUTE, blockMs: 15 * MINUTE, maxKeys: 10_000 };

describe('FailureLimiter', () => {
  const clock = () => {
    const time = { now: 0 };
    return { time, limiter: new FailureLimiter({ ...limits, now: () => time.now }) };
  };

  it('blocks a key for 15 minutes after five failures within a minute', () => {
    const { time, limiter } = clock();
    for (let i = 0; i < 5; i += 1) {
      expect(limiter.retryAfterMs('k')).toBe(0);
      limiter.recordFailure('k');
      time.now += 14_000;
    }
    // The fifth failure came at 56 s: blocked until 56 s + 15 min.
    expect(limiter.retryAfterMs('k')).toBe(56_000 + 15 * MINUTE - time.now);
    expect(limiter.retryAfterMs('other')).toBe(0);
    time.now = 56_000 + 15 * MINUTE - 1;
    expect(limiter.retryAfterMs('k')).toBe(1);
    time.now += 1;
    expect(limiter.retryAfterMs('k')).toBe(0);
    // The old failures are long out of the window: one more does not block again.
    limiter.recordFailure('k');
    expect(limiter.retryAfterMs('k')).toBe(0);
  });

  it('does not block five failures spread over more than a minute', () => {
    const { time, limiter } = clock();
    for (let i = 0; i < 20; i += 1) {
      limiter.recordFailure('k');
      time.now += 15_000;
    }
    expect(limiter.retryAfterMs('k')).toBe(0);
    expect(limiter.recentFailures('k')).toBe(3);
    // Four in the last minute; a fifth 59.999 s after the first of them blocks.
    time.now -= 15_000;
    time.now += 14_999;
    limiter.recordFailure('k');
    expect(limiter.retryAfterMs('k')).toBe(15 * MINUTE);
  });

  it('remembers a bounded number of keys, forgetting unblocked ones before blocked ones', () => {
    const limiter = new FailureLimiter({ ...limits, maxKeys: 3, maxFailures: 1, now: Date.now });
    for (const key of ['a', 'b', 'c', 'd']) limiter.recordFailure(key);
    expect(limiter.retryAfterMs('a')).toBe(0);
    expect(limiter.retryAfterMs('d')).toBeGreaterThan(0);

    const mixed = new FailureLimiter({ ...limits, maxKeys: 3, maxFailures: 2, now: Date.now });
    for (const key of ['blocked', 'blocked', 'x', 'y', 'z']) mixed.recordFailure(key);
    expect(mixed.retryAfterMs('blocked')).toBeGreaterThan(0);
  });
});

describe('LoginThrottle', () => {
  /** A throttle on a frozen clock whose sleeps return at once and are written down. */
  const throttled = () => {
    const slept: number[] = [];
    const throttle = new LoginThrottle({ now: () => 0, sleep: async (ms) => void slept.push(ms) });
    return { slept, throttle };
  };
  const signIn = (throttle: LoginThrottle, username: string, address: string, right = false) =>
    throttle.signIn(username, address, async () => (right ? 'token' : undefined));
  const fail = async (throttle: LoginThrottle, username: string, address: string) =>
    expect(await signIn(throttle, username, address)).toEqual({ kind: 'checked', result: undefined });
  const waitFor = async (throttle: LoginThrottle, username: string, address: string) => {
    const outcome = await signIn(throttle, username, address);
    return outcome.kind === 'blocked' ? outcome.retryAfterMs : 0;
  };

  it('blocks a username from one address after five failures, not the username from elsewhere', async () => {
    const { throttle } = throttled();
    for (let i = 0; i < 5; i += 1) await fail(throttle, 'admin', '10.0.0.1');
    expect(await signIn(throttle, 'admin', '10.0.0.1', true)).toEqual({ kind: 'blocked', retryAfterMs: 15 * MINUTE });
    expect(await signIn(throttle, 'admin', '10.0.0.2', true)).toEqual({ kind: 'checked', result: 'token' });
  });

  it('never blocks a username for failures from many addresses: it slows it, and the right password gets in', async () => {
    const { slept, throttle } = throttled();
    for (let i = 1; i <= 20; i += 1) await fail(throttle, 'admin', `10.0.0.${i}`);
    expect(throttle.retryAfterMs('admin', '10.0.1.1')).toBe(0);
    expect(await signIn(throttle, 'admin', '10.0.1.1', true)).toEqual({ kind: 'checked', result: 'token' });
    // Failures 6 to 20 and the success waited, doubling from 1 s up to 10 s.
    expect(slept).toEqual([1_000, 2_000, 4_000, 8_000, ...Array<number>(12).fill(10_000)]);
    // The success cleared the username's failures: the next attempt does not wait.
    expect(throttle.delayMs('admin')).toBe(0);
  });

  it('blocks an address after five failures for different usernames', async () => {
    const { throttle } = throttled();
    for (let i = 1; i <= 5; i += 1) await fail(throttle, `user${i}`, '10.0.0.1');
    expect(await waitFor(throttle, 'user6', '10.0.0.1')).toBe(15 * MINUTE);
    expect(await waitFor(throttle, 'user6', '10.0.0.2')).toBe(0);
  });

  it('counts an attempt before the password is checked, so attempts sent together stop at the limit', async () => {
    const { throttle } = throttled();
    const started = Array.from({ length: 8 }, () => signIn(throttle, 'admin', '10.0.0.1'));
    expect((await Promise.all(started)).map((outcome) => outcome.kind)).toEqual([...Array<string>(5).fill('checked'), 'blocked', 'blocked', 'blocked']);
  });

  it('on success clears the pair\'s failures but takes back only that attempt for the address', async () => {
    const { throttle } = throttled();
    for (let i = 0; i < 4; i += 1) await fail(throttle, 'admin', '10.0.0.1');
    expect(await signIn(throttle, 'admin', '10.0.0.1', true)).toMatchObject({ kind: 'checked', result: 'token' });
    // The address keeps its four failures: one more, for any user, blocks it.
    await fail(throttle, 'another', '10.0.0.1');
    expect(await waitFor(throttle, 'third', '10.0.0.1')).toBe(15 * MINUTE);
  });

  it('lifts an address block that only a succeeding attempt started', async () => {
    const { throttle } = throttled();
    for (let i = 0; i < 4; i += 1) await fail(throttle, `user${i}`, '10.0.0.1');
    let finish = (_token: string) => {};
    const right = throttle.signIn('admin', '10.0.0.1', () => new Promise<string | undefined>((resolve) => (finish = resolve)));
    // While it is being checked, the address counts as blocked...
    expect(throttle.retryAfterMs('other', '10.0.0.1')).toBe(15 * MINUTE);
    await new Promise((resolve) => setImmediate(resolve));
    finish('token');
    expect(await right).toEqual<SignInOutcome<string>>({ kind: 'checked', result: 'token' });
    // ...and once it succeeded, it does not.
    expect(throttle.retryAfterMs('other', '10.0.0.1')).toBe(0);
  });

  it('groups addresses: IPv4 as is, IPv4-mapped IPv6 as IPv4, IPv6 by /64', () => {
    expect(addressKey('203.0.113.7')).toBe('address:203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('address:203.0.113.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('address:2001:db8:1:2::/64');
    expect(addressKey('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('address:2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('address:2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('address:0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('address:fe80:0:0:0::/64');
    expect(addressKey(undefined)).toBe('address:');
  });
});
