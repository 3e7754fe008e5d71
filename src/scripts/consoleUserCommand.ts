import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError } from '../config.js';
import type { Config } from '../config.js';
import { CONSOLE_ROLES } from '../console/contract/consoleApi.js';
import type { ConsoleRole } from '../console/contract/consoleApi.js';
import { hashPassword } from '../console/passwords.js';
import { SqlConsoleAccounts } from '../db/sqlConsoleAccounts.js';
import { DataDirInUseError } from '../db/dataDirLock.js';
import type { Database } from '../db/database.js';
import { openConfiguredDatabase } from '../compose/database.js';

/** Where the script writes: standard output and standard error, or a test's buffers. */
export interface ScriptOutput {
  out(text: string): void;
  err(text: string): void;
}

export interface ScriptIo extends ScriptOutput {
  /** The configuration, read only once the arguments are known to be good. */
  config(): Config;
  /** Opens the configured database (DATABASE_URL, else the embedded one in DATA_DIR) unless given. */
  openDatabase?(config: Config): Promise<Database>;
}

/**
 * `npm run console:user -- add NAME [--role supervisor]`, `role NAME ROLE`, `reset NAME`, `remove NAME`
 * and `list`: the console's accounts. A new password is generated, stored as a scrypt hash and
 * printed once, here only. An account is a representative unless made a supervisor.
 */
const USAGE = 'Usage: npm run console:user -- add NAME [--role representative|supervisor] | role NAME representative|supervisor | reset NAME | remove NAME | list';

class UsageError extends Error {}

const nameSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);

const validName = (name: string | undefined): string => {
  if (nameSchema.safeParse(name).success) return name!;
  throw new UsageError(name === undefined
    ? `Name the account. ${USAGE}`
    : `${JSON.stringify(name)} is not a valid account name: use 1–64 letters, digits, dots, underscores or hyphens.`);
};

/** 18 random bytes: 24 base64url characters, 144 bits. */
const newPassword = () => randomBytes(18).toString('base64url');

/** The only place a password is ever written: stdout, once, on its own line. */
const printPassword = (io: ScriptOutput, done: string, password: string) =>
  io.out(`${done} Its password, shown only this once (give it to the representative privately):\n${password}\n`);

const validRole = (role: string | undefined): ConsoleRole => {
  const parsed = z.enum(CONSOLE_ROLES).safeParse(role);
  if (parsed.success) return parsed.data;
  throw new UsageError(`${role === undefined ? 'Name the role' : `${JSON.stringify(role)} is not a role`}: use representative or supervisor. ${USAGE}`);
};

type Command = (db: Database, name: string | undefined, io: ScriptOutput, role: ConsoleRole | undefined) => Promise<void>;

const commands: Record<string, Command> = {
  add: async (db, name, io, role = 'representative') => {
    const username = validName(name);
    const password = newPassword();
    if (!(await new SqlConsoleAccounts(db).addUser(username, await hashPassword(password), role))) {
      throw new UsageError(`The console account "${username}" already exists (use reset for a new password).`);
    }
    printPassword(io, `Created console account "${username}" (${role}).`, password);
  },
  role: async (db, name, io, role) => {
    const username = validName(name);
    if (!(await new SqlConsoleAccounts(db).setRole(username, role!))) throw new UsageError(`There is no console account "${username}".`);
    io.out(`Console account "${username}" is now a ${role}.\n`);
  },
  reset: async (db, name, io) => {
    const username = validName(name);
    const password = newPassword();
    const hash = await hashPassword(password);
    const found = await db.transaction(async (tx) => {
      const updated = await tx.query('update console_users set password_hash = $2 where username = $1', [username, hash]);
      await tx.query('delete from console_sessions where username = $1', [username]);
      return updated.rowCount > 0;
    });
    if (!found) throw new UsageError(`There is no console account "${username}".`);
    printPassword(io, `Reset console account "${username}" and ended its sessions.`, password);
  },
  remove: async (db, name, io) => {
    const username = validName(name);
    const found = await db.transaction(async (tx) => {
      await tx.query('delete from console_sessions where username = $1', [username]);
      return (await tx.query('delete from console_users where username = $1', [username])).rowCount > 0;
    });
    if (!found) throw new UsageError(`There is no console account "${username}".`);
    io.out(`Removed console account "${username}" and ended its sessions.\n`);
  },
  list: async (db, _name, io) => {
    const { rows } = await db.query<{ username: string; role: string; created_at: Date | string }>('select username, role, created_at from console_users order by username');
    if (rows.length === 0) io.out('No console accounts.\n');
    for (const row of rows) io.out(`${row.username}\t${row.role}\tcreated ${new Date(row.created_at).toISOString().slice(0, 16).replace('T', ' ')} UTC\n`);
  },
};

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: { role: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} ${USAGE}`);
  }
}

async function main(args: string[], io: ScriptIo): Promise<void> {
  const { positionals, values } = parse(args);
  const [command = '', name, ...rest] = positionals;
  const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!run) throw new UsageError(command ? `Unknown command "${command}". ${USAGE}` : USAGE);
  const [roleArgument, ...extra] = command === 'role' ? rest : [undefined, ...rest];
  if (extra.length > 0 || (command === 'list' && name !== undefined)) throw new UsageError(`Too many arguments. ${USAGE}`);
  if (values.role !== undefined && command !== 'add') throw new UsageError(`--role goes with add; to change a role: role NAME ROLE. ${USAGE}`);
  if (command !== 'list') validName(name);
  const role = command === 'role' ? validRole(roleArgument) : values.role === undefined ? undefined : validRole(values.role);
  const db = await (io.openDatabase ?? openConfiguredDatabase)(io.config());
  try {
    await run(db, name, io, role);
  } finally {
    await db.close();
  }
}

/** Runs one command; returns the process's exit code. Errors are one line on `err`, never a stack. */
export async function consoleUser(args: string[], io: ScriptIo): Promise<number> {
  try {
    await main(args, io);
    return 0;
  } catch (error) {
    const known = error instanceof UsageError || error instanceof ConfigError || error instanceof DataDirInUseError;
    io.err(`${known ? error.message : `The console accounts could not be read or changed: ${(error as Error).message}`}\n`);
    return 1;
  }
}
