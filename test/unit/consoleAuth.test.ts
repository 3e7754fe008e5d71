import { describe, expect, it } from 'vitest';
import { ConsoleAuth, tokenHash } from '../../src/console/consoleAuth.js';
import type { ConsoleAccounts } from '../../src/console/consoleAuth.js';
import { readCookie } from '../../src/console/consoleRoutes.js';
import { LoginThrottle } from '../../src/console/loginThrottle.js';
import { UNMATCHABLE_HASH, hashPassword, verifyPassword } from '../../src/console/passwords.js';

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
  it('blocks a key after five failures within 15 minutes, until the oldest one ages out', () => {
    let now = 0;
    const throttle = new LoginThrottle({ now: () => now });
    for (let i = 0; i < 5; i += 1) {
      expect(throttle.retryAfterMs('admin\n::1')).toBe(0);
      throttle.recordFailure('admin\n::1');
      now += 60_000;
    }
    expect(throttle.retryAfterMs('admin\n::1')).toBe(10 * 60_000);
    expect(throttle.retryAfterMs('admin\n10.0.0.2')).toBe(0);
    now = 15 * 60_000 + 1;
    expect(throttle.retryAfterMs('admin\n::1')).toBe(0);
    throttle.reset('admin\n::1');
    now += 60_000;
    throttle.recordFailure('admin\n::1');
    expect(throttle.retryAfterMs('admin\n::1')).toBe(0);
  });

  it('remembers a bounded number of keys', () => {
    const throttle = new LoginThrottle({ maxKeys: 3, maxFailures: 1 });
    for (const key of ['a', 'b', 'c', 'd']) throttle.recordFailure(key);
    expect(throttle.retryAfterMs('a')).toBe(0);
    expect(throttle.retryAfterMs('d')).toBeGreaterThan(0);
  });
});
