import { describe, expect, it } from 'vitest';
import { ConsoleAuth, tokenHash } from '../../src/console/consoleAuth.js';
import type { ConsoleAccounts } from '../../src/console/consoleAuth.js';
import type { Request } from 'restify';
import { readCookie } from '../../src/console/consoleRoutes.js';
import { LoginThrottle, addressKey } from '../../src/console/loginThrottle.js';
import { UNMATCHABLE_HASH, hashPassword, verifyPassword } from '../../src/console/passwords.js';
import { sameOriginGuard } from '../../src/console/sameOrigin.js';

const PASSWORD = 'correct horse battery staple';

describe('console passwords', () => {
  it('stores scrypt$N$r$p$salt$hash with a random 16-byte salt, never the password', async () => {
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(Buffer.from(first.split('$')[4]!, 'base64')).toHaveLength(16);
    expect(first).not.toEqual(second);
    for (const hash of [first, second]) {
      expect(hash).not.toContain(PASSWORD);
      expect(hash).not.toContain(Buffer.from(PASSWORD).toString('base64'));
      expect(hash).not.toContain(Buffer.from(PASSWORD).toString('hex'));
    }
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('has a stand-in hash for unknown users that costs a full check and matches nothing', async () => {
    expect(UNMATCHABLE_HASH.split('$').slice(0, 4)).toEqual((await hashPassword(PASSWORD)).split('$').slice(0, 4));
    expect(await verifyPassword('', UNMATCHABLE_HASH)).toBe(false);
    expect(await verifyPassword(PASSWORD, UNMATCHABLE_HASH)).toBe(false);
  });

  it('refuses hashes it cannot read instead of throwing', async () => {
    const [scheme, , r, p, salt, key] = (await hashPassword(PASSWORD)).split('$');
    for (const broken of ['', 'plain', `bcrypt$32768$${r}$${p}$${salt}$${key}`, `${scheme}$1000$${r}$${p}$${salt}$${key}`, `${scheme}$1073741824$${r}$${p}$${salt}$${key}`, `${scheme}$32768$${r}$${p}$${salt}$`]) {
      expect(await verifyPassword(PASSWORD, broken)).toBe(false);
    }
  });
});

class MemoryAccounts implements ConsoleAccounts {
  users = new Map<string, string>();
  sessions = new Map<string, string>();
  lookups = 0;
  async passwordHash(username: string) {
    return this.users.get(username);
  }
  async addUser(username: string, passwordHash: string) {
    if (this.users.has(username)) return false;
    this.users.set(username, passwordHash);
    return true;
  }
  async addSession(hash: string, username: string) {
    this.sessions.set(hash, username);
  }
  async sessionUser(hash: string) {
    this.lookups += 1;
    return this.sessions.get(hash);
  }
  async removeSession(hash: string) {
    this.sessions.delete(hash);
  }
}

describe('ConsoleAuth', () => {
  it('issues a 32-byte token and keeps only its SHA-256', async () => {
    const accounts = new MemoryAccounts();
    const auth = new ConsoleAuth(accounts);
    await auth.ensureAdmin('admin', PASSWORD);
    const token = await auth.login('admin', PASSWORD);
    expect(Buffer.from(token!, 'base64url')).toHaveLength(32);
    expect([...accounts.sessions.keys()]).toEqual([tokenHash(token!)]);
    expect(tokenHash(token!)).toMatch(/^[0-9a-f]{64}$/);
    expect(await auth.sessionUser(token!)).toBe('admin');
    await auth.logout(token!);
    expect(await auth.sessionUser(token!)).toBeUndefined();
  });

  it('refuses a wrong password and an unknown user alike, and keeps an existing password', async () => {
    const auth = new ConsoleAuth(new MemoryAccounts());
    expect(await auth.ensureAdmin('admin', PASSWORD)).toBe(true);
    expect(await auth.ensureAdmin('admin', 'a different password')).toBe(false);
    expect(await auth.login('admin', 'a different password')).toBeUndefined();
    expect(await auth.login('nobody', PASSWORD)).toBeUndefined();
    expect(await auth.login('admin', PASSWORD)).toEqual(expect.any(String));
  });

  it('does not look up values that cannot be tokens', async () => {
    const accounts = new MemoryAccounts();
    const auth = new ConsoleAuth(accounts);
    for (const value of ['', 'short', 'x'.repeat(44), `${'a'.repeat(42)}=`]) expect(await auth.sessionUser(value)).toBeUndefined();
    expect(accounts.lookups).toBe(0);
  });
});

describe('readCookie', () => {
  it('finds one cookie among several', () => {
    expect(readCookie('a=1; drs_console=abc_-; b=2', 'drs_console')).toBe('abc_-');
    expect(readCookie('drs_console=', 'drs_console')).toBe('');
    expect(readCookie('xdrs_console=1; other', 'drs_console')).toBeUndefined();
    expect(readCookie(undefined, 'drs_console')).toBeUndefined();
  });
});

describe('LoginThrottle', () => {
  const MINUTE = 60_000;
  const clock = () => {
    const time = { now: 0 };
    return { time, throttle: new LoginThrottle({ now: () => time.now }) };
  };
  const fail = (throttle: LoginThrottle, username: string, address: string) => {
    const attempt = throttle.attempt(username, address);
    expect(attempt.blocked).toBe(false);
  };
  const waitFor = (throttle: LoginThrottle, username: string, address: string) => {
    const attempt = throttle.attempt(username, address);
    return attempt.blocked ? attempt.retryAfterMs : 0;
  };

  it('blocks a key for 15 minutes after five failures within a minute', () => {
    const { time, throttle } = clock();
    for (let i = 0; i < 5; i += 1) {
      expect(throttle.retryAfterMs('k')).toBe(0);
      throttle.recordFailure('k');
      time.now += 14_000;
    }
    // The fifth failure came at 56 s: blocked until 56 s + 15 min.
    expect(throttle.retryAfterMs('k')).toBe(56_000 + 15 * MINUTE - time.now);
    expect(throttle.retryAfterMs('other')).toBe(0);
    time.now = 56_000 + 15 * MINUTE - 1;
    expect(throttle.retryAfterMs('k')).toBe(1);
    time.now += 1;
    expect(throttle.retryAfterMs('k')).toBe(0);
    // The old failures are long out of the window: one more does not block again.
    throttle.recordFailure('k');
    expect(throttle.retryAfterMs('k')).toBe(0);
  });

  it('does not block five failures spread over more than a minute', () => {
    const { time, throttle } = clock();
    for (let i = 0; i < 20; i += 1) {
      throttle.recordFailure('k');
      time.now += 15_000;
    }
    expect(throttle.retryAfterMs('k')).toBe(0);
    // Four in the last minute; a fifth 59.999 s after the first of them blocks.
    time.now -= 15_000;
    time.now += 14_999;
    throttle.recordFailure('k');
    expect(throttle.retryAfterMs('k')).toBe(15 * MINUTE);
  });

  it('counts a username across addresses, and an address across usernames', () => {
    const { throttle } = clock();
    for (let i = 1; i <= 5; i += 1) fail(throttle, 'admin', `10.0.0.${i}`);
    expect(waitFor(throttle, 'admin', '10.0.0.9')).toBe(15 * MINUTE);
    expect(waitFor(throttle, 'someone', '10.0.0.9')).toBe(0);

    const { throttle: other } = clock();
    for (let i = 1; i <= 5; i += 1) fail(other, `user${i}`, '10.0.0.1');
    expect(waitFor(other, 'user6', '10.0.0.1')).toBe(15 * MINUTE);
    expect(waitFor(other, 'user6', '10.0.0.2')).toBe(0);
  });

  it('counts an attempt before the password is checked, so attempts sent together stop at the limit', () => {
    const { throttle } = clock();
    const started = Array.from({ length: 8 }, () => throttle.attempt('admin', '10.0.0.1'));
    expect(started.map((attempt) => attempt.blocked)).toEqual([false, false, false, false, false, true, true, true]);
  });

  it('on success clears the user\'s failures but takes back only that attempt for the address', () => {
    const { throttle } = clock();
    for (let i = 0; i < 4; i += 1) fail(throttle, 'admin', '10.0.0.1');
    const right = throttle.attempt('admin', '10.0.0.1');
    if (right.blocked) throw new Error('should not be blocked');
    right.succeeded();
    // The user starts afresh: four failures from elsewhere do not block it.
    for (let i = 0; i < 4; i += 1) fail(throttle, 'admin', '10.0.0.2');
    expect(waitFor(throttle, 'admin', '10.0.0.3')).toBe(0);
    // The address keeps its four failures: one more, for any user, blocks it.
    fail(throttle, 'another', '10.0.0.1');
    expect(waitFor(throttle, 'third', '10.0.0.1')).toBe(15 * MINUTE);
  });

  it('lifts a block that only a succeeding attempt started', () => {
    const { throttle } = clock();
    for (let i = 0; i < 4; i += 1) fail(throttle, `user${i}`, '10.0.0.1');
    const right = throttle.attempt('admin', '10.0.0.1');
    // While it is being checked, the address counts as blocked...
    expect(waitFor(throttle, 'other', '10.0.0.1')).toBe(15 * MINUTE);
    if (right.blocked) throw new Error('should not be blocked');
    right.succeeded();
    // ...and once it succeeded, it does not.
    expect(waitFor(throttle, 'other', '10.0.0.1')).toBe(0);
  });

  it('remembers a bounded number of keys, forgetting unblocked ones before blocked ones', () => {
    const throttle = new LoginThrottle({ maxKeys: 3, maxFailures: 1 });
    for (const key of ['a', 'b', 'c', 'd']) throttle.recordFailure(key);
    expect(throttle.retryAfterMs('a')).toBe(0);
    expect(throttle.retryAfterMs('d')).toBeGreaterThan(0);

    const mixed = new LoginThrottle({ maxKeys: 3, maxFailures: 2 });
    for (const key of ['blocked', 'blocked', 'x', 'y', 'z']) mixed.recordFailure(key);
    expect(mixed.retryAfterMs('blocked')).toBeGreaterThan(0);
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

describe('sameOriginGuard', () => {
  const request = (headers: Record<string, string>) => ({ header: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;
  const allows = (own: string[], headers: Record<string, string>) => {
    try {
      sameOriginGuard(() => own)(request(headers));
      return true;
    } catch (error) {
      expect(error).toMatchObject({ code: 'Forbidden', status: 403, message: 'Cross-site requests are refused.' });
      return false;
    }
  };

  it('lets requests without Origin or Sec-Fetch-Site through (curl, scripts)', () => {
    expect(allows([], {})).toBe(true);
    expect(allows([], { host: 'console.example.gov' })).toBe(true);
    expect(allows([], { 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(allows([], { 'sec-fetch-site': 'none' })).toBe(true);
  });

  it('refuses Sec-Fetch-Site cross-site and same-site whatever the Origin says', () => {
    expect(allows(['http://127.0.0.1:3978'], { 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(allows(['http://127.0.0.1:3978'], { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:3978' })).toBe(false);
  });

  it('compares origins by scheme, host and port, normalized', () => {
    const own = ['https://Console.Example.gov/some/path'];
    expect(allows(own, { origin: 'https://console.example.gov' })).toBe(true);
    expect(allows(own, { origin: 'https://console.example.gov:443' })).toBe(true);
    expect(allows(own, { origin: 'https://console.example.gov:8443' })).toBe(false);
    expect(allows(own, { origin: 'http://console.example.gov' })).toBe(false);
    expect(allows(own, { origin: 'https://console.example.gov.evil.example' })).toBe(false);
    expect(allows(own, { origin: 'null' })).toBe(false);
    expect(allows(own, { origin: 'not a url' })).toBe(false);
  });

  it('also accepts the Host the request was sent to: over https always, over http only for an http site', () => {
    const host = { host: '10.0.0.5:3978' };
    expect(allows([], { ...host, origin: 'http://10.0.0.5:3978' })).toBe(true);
    expect(allows([], { ...host, origin: 'https://10.0.0.5:3978' })).toBe(true);
    expect(allows([], { ...host, origin: 'http://10.0.0.5:8080' })).toBe(false);
    expect(allows(['http://127.0.0.1:3978'], { ...host, origin: 'http://10.0.0.5:3978' })).toBe(true);
    expect(allows(['https://console.example.gov'], { host: 'console.example.gov', origin: 'https://console.example.gov' })).toBe(true);
    expect(allows(['https://console.example.gov'], { ...host, origin: 'http://10.0.0.5:3978' })).toBe(false);
    expect(allows(['https://console.example.gov'], { ...host, origin: 'https://10.0.0.5:3978' })).toBe(true);
    expect(allows([], { origin: 'http://10.0.0.5:3978' })).toBe(false);
  });
});
