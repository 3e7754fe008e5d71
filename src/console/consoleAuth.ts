import { createHash, randomBytes } from 'node:crypto';
import type { ConsoleAccounts, ConsoleUser } from '../handoff/ports.js';
import { DEFAULT_SCRYPT_COST, hashPassword, unmatchableHash, verifyPassword } from './passwords.js';
import type { ScryptCost } from './passwords.js';

export const SESSION_TTL_SECONDS = 8 * 60 * 60;

/** What is stored for a session token: its SHA-256, never the token itself. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** 32 random bytes in base64url are 43 characters; anything else is not one of ours. */
const looksLikeToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** Console sign-in: scrypt passwords, random session tokens that expire after eight hours. */
export class ConsoleAuth {
  private readonly unmatchable: string;

  /** `cost`: the scrypt cost of new passwords (lower only in tests). */
  constructor(
    private readonly accounts: ConsoleAccounts,
    private readonly cost: ScryptCost = DEFAULT_SCRYPT_COST,
  ) {
    this.unmatchable = unmatchableHash(cost);
  }

  /** Creates the account, a supervisor, when it does not exist; an existing account keeps its password and becomes a supervisor. */
  async ensureAdmin(username: string, password: string): Promise<boolean> {
    const added = await this.accounts.addUser(username, await hashPassword(password, this.cost), 'supervisor');
    if (!added) await this.accounts.setRole(username, 'supervisor');
    return added;
  }

  /** A new session token for the right password, otherwise undefined. */
  async login(username: string, password: string): Promise<string | undefined> {
    const stored = await this.accounts.passwordHash(username);
    // An unknown user costs the same scrypt as a wrong password, so timing does not tell them apart.
    const matches = await verifyPassword(password, stored ?? this.unmatchable);
    if (!stored || !matches) return undefined;
    const token = randomBytes(32).toString('base64url');
    await this.accounts.addSession(tokenHash(token), username, SESSION_TTL_SECONDS);
    return token;
  }

  async sessionUser(token: string): Promise<ConsoleUser | undefined> {
    return looksLikeToken(token) ? this.accounts.sessionUser(tokenHash(token)) : undefined;
  }

  /** Every account and its role (for supervisors). */
  users(): Promise<ConsoleUser[]> {
    return this.accounts.users();
  }

  async logout(token: string): Promise<void> {
    if (looksLikeToken(token)) await this.accounts.removeSession(tokenHash(token));
  }
}
