import type { Config } from '../config.js';
import type { ConsoleAuth } from './consoleAuth.js';

/**
 * Creates the console account named by CONSOLE_ADMIN_USER/PASSWORD unless it already exists; an
 * existing account keeps its password. True when the account was created.
 */
export async function bootstrapConsoleAdmin(auth: ConsoleAuth, config: Pick<Config, 'CONSOLE_ADMIN_USER' | 'CONSOLE_ADMIN_PASSWORD'>): Promise<boolean> {
  if (!config.CONSOLE_ADMIN_USER || !config.CONSOLE_ADMIN_PASSWORD) return false;
  return auth.ensureAdmin(config.CONSOLE_ADMIN_USER, config.CONSOLE_ADMIN_PASSWORD);
}
