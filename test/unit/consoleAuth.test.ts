import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleAuth, tokenHash } from '../../src/console/consoleAuth.js';
import type { Database } from '../../src/db/database.js';
import { SqlConsoleAccounts } from '../../src/db/sqlConsoleAccounts.js';
import { openTestDatabase } from '../fixtures/databases.js';
import { TEST_SCRYPT_COST } from '../fixtures/testServer.js';
import type { Request } from 'restify';
import { readCookie } from '../../src/console/consoleRoutes.js';
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

/** The real SQL accounts on a test database, counting session lookups. */
class CountedAccounts extends SqlConsoleAccounts {
  lookups = 0;
  override async sessionUser(hash: string) {
    this.lookups += 1;
    return super.sessionUser(hash);
  }
}

let db: Database;

const storedSessions = async () => (await db.query<{ token_hash: string }>('select token_hash from console_sessions')).rows.map((row) => row.token_hash);
const roleOf = async (username: string) => (await db.query<{ role: string }>('select role from console_users where username = $1', [username])).rows[0]?.role;

describe('ConsoleAuth', () => {
  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(async () => {
    await db.close();
  });

  it('issues a 32-byte token and keeps only its SHA-256', async () => {
    const auth = new ConsoleAuth(new SqlConsoleAccounts(db), TEST_SCRYPT_COST);
    await auth.ensureAdmin('admin', PASSWORD);
    const token = await auth.login('admin', PASSWORD);
    expect(Buffer.from(token!, 'base64url')).toHaveLength(32);
    expect(await storedSessions()).toEqual([tokenHash(token!)]);
    expect(tokenHash(token!)).toMatch(/^[0-9a-f]{64}$/);
    expect(await auth.sessionUser(token!)).toEqual({ username: 'admin', role: 'supervisor' });
    await auth.logout(token!);
    expect(await auth.sessionUser(token!)).toBeUndefined();
  });

  it('refuses a wrong password and an unknown user alike, and keeps an existing password', async () => {
    const auth = new ConsoleAuth(new SqlConsoleAccounts(db), TEST_SCRYPT_COST);
    expect(await auth.ensureAdmin('admin', PASSWORD)).toBe(true);
    expect(await auth.ensureAdmin('admin', 'a different password')).toBe(false);
    expect(await auth.login('admin', 'a different password')).toBeUndefined();
    expect(await auth.login('nobody', PASSWORD)).toBeUndefined();
    expect(await auth.login('admin', PASSWORD)).toEqual(expect.any(String));
  });

  it('does not look up values that cannot be tokens', async () => {
    const accounts = new CountedAccounts(db);
    const auth = new ConsoleAuth(accounts, TEST_SCRYPT_COST);
    for (const value of ['', 'short', 'x'.repeat(44), `${'a'.repeat(42)}=`]) expect(await auth.sessionUser(value)).toBeUndefined();
    expect(accounts.lookups).toBe(0);
  });

  it('makes the bootstrap admin a supervisor, also when the account was a representative before', async () => {
    const accounts = new SqlConsoleAccounts(db);
    expect(await accounts.addUser('pat', 'scrypt$1$1$1$a$b')).toBe(true);
    expect(await roleOf('pat')).toBe('representative');
    const auth = new ConsoleAuth(accounts, TEST_SCRYPT_COST);
    expect(await auth.ensureAdmin('pat', PASSWORD)).toBe(false);
    expect(await roleOf('pat')).toBe('supervisor');
    expect(await accounts.addUser('sam', 'scrypt$1$1$1$a$b', 'supervisor')).toBe(true);
    expect(await auth.users()).toEqual([{ username: 'pat', role: 'supervisor' }, { username: 'sam', role: 'supervisor' }]);
    expect(await accounts.setRole('sam', 'representative')).toBe(true);
    expect(await accounts.setRole('nobody', 'supervisor')).toBe(false);
    await expect(db.query("update console_users set role = 'admin' where username = 'sam'")).rejects.toThrow();
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
