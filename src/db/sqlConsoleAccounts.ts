import type { ConsoleAccounts } from '../handoff/ports.js';
import type { Database } from './database.js';

/** Console accounts and sessions in `console_users` and `console_sessions`. */
export class SqlConsoleAccounts implements ConsoleAccounts {
  constructor(private readonly db: Database) {}

  async passwordHash(username: string): Promise<string | undefined> {
    const result = await this.db.query<{ password_hash: string }>('select password_hash from console_users where username = $1', [username]);
    return result.rows[0]?.password_hash;
  }

  async addUser(username: string, passwordHash: string): Promise<boolean> {
    const result = await this.db.query(
      'insert into console_users (username, password_hash) values ($1, $2) on conflict (username) do nothing returning username',
      [username, passwordHash],
    );
    return result.rows.length > 0;
  }

  /** Also clears expired sessions, so the table does not grow without bound. */
  async addSession(tokenHash: string, username: string, ttlSeconds: number): Promise<void> {
    await this.db.query('delete from console_sessions where expires_at <= now()');
    await this.db.query(
      `insert into console_sessions (token_hash, username, expires_at) values ($1, $2, now() + $3 * interval '1 second')`,
      [tokenHash, username, ttlSeconds],
    );
  }

  async sessionUser(tokenHash: string): Promise<string | undefined> {
    const result = await this.db.query<{ username: string }>(
      'select username from console_sessions where token_hash = $1 and expires_at > now()',
      [tokenHash],
    );
    return result.rows[0]?.username;
  }

  async removeSession(tokenHash: string): Promise<void> {
    await this.db.query('delete from console_sessions where token_hash = $1', [tokenHash]);
  }
}
