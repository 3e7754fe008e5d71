import type { Config } from '../config.js';
import { SqlConsoleAccounts } from '../db/sqlConsoleAccounts.js';
import type { Database } from '../db/database.js';
import { ConsoleAuth } from './consoleAuth.js';

export const consoleAuthFor = (db: Database) => new ConsoleAuth(new SqlConsoleAccounts(db));

/**
 * Creates the console account named by CONSOLE_ADMIN_USER/PASSWORD unless it already exists; an
 * existing account keeps its password. True when the account was created.
 */
export async function bootstrapConsoleAdmin(db: Database, config: Pick<Config, 'CONSOLE_ADMIN_USER' | 'CONSOLE_ADMIN_PASSWORD'>): Promise<boolean> {
  if (!config.CONSOLE_ADMIN_USER || !config.CONSOLE_ADMIN_PASSWORD) return false;
  return consoleAuthFor(db).ensureAdmin(config.CONSOLE_ADMIN_USER, config.CONSOLE_ADMIN_PASSWORD);
}
