import type { ConsoleRole } from '../console/contract/consoleApi.js';
import type { ConsoleAccounts, ConsoleUser } from '../handoff/ports.js';
import type { Database } from './database.js';

/** Console accounts and sessions in `console_users` and `console_sessions`. */
export class SqlConsoleAccounts implements ConsoleAccounts {
  constructor(private readonly db: Database) {}

  async passwordHash(username: string): Promise<string | undefined> {
    const result = await this.db.query<{ password_hash: string }>('select password_hash from console_users where username = $1', [username]);
    return result.rows[0]?.password_hash;
  }

  async addUser(username: string, passwordHash: string, role: ConsoleRole = 'representative'): Promise<boolean> {
    const result = await this.db.query(
      'insert into console_users (username, password_hash, role) values ($1, $2, $3) on conflict (username) do nothing returning username',
      [username, passwordHash, role],
    );
    return result.rows.length > 0;
  }

  async setRole(username: string, role: ConsoleRole): Promise<boolean> {
    return (await this.db.query('update console_users set role = $2 where username = $1', [username, role])).rowCount > 0;
  }

  async users(): Promise<ConsoleUser[]> {
    return (await this.db.query<ConsoleUser>('select username, role from console_users order by username')).rows;
  }

  /** Also clears expired sessions, so the table does not grow without bound. */
  async addSession(tokenHash: string, username: string, ttlSeconds: number): Promise<void> {
    await this.db.query('delete from console_sessions where expires_at <= now()');
    await this.db.query(
      `insert into console_sessions (token_hash, username, expires_at) values ($1, $2, now() + $3 * interval '1 second')`,
      [tokenHash, username, ttlSeconds],
    );
  }

  async sessionUser(tokenHash: string): Promise<ConsoleUser | undefined> {
    const result = await this.db.query<ConsoleUser>(
      `select s.username, u.role from console_sessions s join console_users u on u.username = s.username
       where s.token_hash = $1 and s.expires_at > now()`,
      [tokenHash],
    );
    const row = result.rows[0];
    return row ? { username: row.username, role: row.role } : undefined;
  }

  async removeSession(tokenHash: string): Promise<void> {
    await this.db.query('delete from console_sessions where token_hash = $1', [tokenHash]);
  }
}
