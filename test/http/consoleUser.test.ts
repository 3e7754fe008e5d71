import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleAuthFor } from '../../src/compose.js';
import { parseConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';
import { consoleUser } from '../../src/scripts/consoleUserCommand.js';
import { seededDataDir } from '../fixtures/dataDirs.js';
import { createPostgresDatabase, postgresUrl } from '../fixtures/databases.js';
import { startTestServer } from '../fixtures/testServer.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Each step starts the script (and a database) a few times. */
const TIMEOUT = 90_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Where the script and the test meet: a data dir for the embedded database, or a Postgres database. */
interface Target {
  env: Record<string, string>;
  /** The database as the script opens it (closing it is the caller's). */
  open(): Promise<Database>;
  drop(): Promise<void>;
}

/**
 * The embedded database in a DATA_DIR, opened once and lent to each command and check (an open
 * takes about a second); the test that starts the script as a process shows it opening DATA_DIR.
 */
const embedded = (): Target => {
  const dataDir = seededDataDir('console-user-');
  let opened: Promise<Database> | undefined;
  return {
    // An empty DATABASE_URL counts as unset and keeps a developer's .env from pointing the script elsewhere.
    env: { DATA_DIR: dataDir, DATABASE_URL: '' },
    open: async () => {
      opened ??= openDatabase({ dataDir: join(dataDir, 'db') });
      return { ...(await opened), close: async () => undefined };
    },
    drop: async () => {
      await (await opened)?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

const postgres = async (): Promise<Target> => {
  const created = await createPostgresDatabase(postgresUrl ?? '');
  return { env: { DATABASE_URL: created.url }, open: () => openDatabase({ databaseUrl: created.url }), drop: () => created.drop() };
};

const engines = [
  { name: 'pglite', target: async () => embedded() },
  { name: 'postgres', target: postgres, skip: !postgresUrl },
];

describe.each(engines)('npm run console:user [$name]', ({ name, target: makeTarget, skip }) => {
  let target: Target;
  const passwords = new Map<string, string>();

  beforeAll(async () => {
    if (!skip) target = await makeTarget();
  });
  afterAll(async () => {
    await target?.drop();
  });

  /** The script as `npm run console:user` runs it, in this process (its output captured). */
  const run = async (...args: string[]): Promise<Run> => {
    const result = { stdout: '', stderr: '' };
    const code = await consoleUser(args, {
      config: () => parseConfig(target.env),
      openDatabase: () => target.open(),
      out: (text) => (result.stdout += text),
      err: (text) => (result.stderr += text),
    });
    return { code, ...result };
  };

  /** The script in a process of its own, as a deployer runs it. */
  const runProcess = (...args: string[]) =>
    new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/scripts/consoleUser.ts', ...args],
        { cwd: projectRoot, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...target.env } },
        (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
      );
    });

  /** The generated password: the last line of the output, and nowhere else in it. */
  const passwordIn = (result: Run) => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const password = lines[1]!;
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(lines[0]).not.toContain(password);
    return password;
  };

  /** Runs `work` with the script's database open in this process (the script must have exited). */
  const withDatabase = async (work: (db: Database) => Promise<void>) => {
    const db = await target.open();
    try {
      await work(db);
    } finally {
      await db.close();
    }
  };

  const expectFailure = (result: Run, message: RegExp) => {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };

  it.skipIf(skip)('adds an account and prints its password once; the password signs in', async () => {
    const added = await run('add', 'alice.rep');
    expect(added.stdout).toMatch(/^Created console account "alice\.rep" \(representative\)\. Its password, shown only this once/);
    const password = passwordIn(added);
    passwords.set('alice.rep', password);

    await withDatabase(async (db) => {
      const hash = (await db.query<{ password_hash: string }>('select password_hash from console_users where username = $1', ['alice.rep'])).rows[0]?.password_hash;
      expect(hash).toMatch(/^scrypt\$/);
      expect(hash).not.toContain(password);
      const server = await startTestServer({ db });
      try {
        const login = (body: unknown) =>
          fetch(`${server.url}/api/console/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        expect((await login({ username: 'alice.rep', password })).status).toBe(204);
        expect((await login({ username: 'alice.rep', password: `${password}x` })).status).toBe(401);
      } finally {
        await server.close();
      }
    });
  }, TIMEOUT);

  it.skipIf(skip)('refuses to add an existing name, a bad name, an unknown command, and extra arguments', async () => {
    expectFailure(await run('add', 'alice.rep'), /^The console account "alice\.rep" already exists/);
    // These are refused before the database is opened, so they can run together.
    const [badName, tooLong, noName, unknown, inherited, none, extra] = await Promise.all([
      run('add', 'bad name'), run('add', 'x'.repeat(65)), run('add'), run('frobnicate', 'alice.rep'), run('toString'), run(), run('add', 'carol', 'extra'),
    ]);
    expectFailure(badName, /^"bad name" is not a valid account name: use 1–64 letters, digits, dots, underscores or hyphens\.$/);
    expectFailure(tooLong, /is not a valid account name/);
    expectFailure(noName, /^Name the account\. Usage: npm run console:user -- add NAME/);
    expectFailure(unknown, /^Unknown command "frobnicate"\. Usage: npm run console:user -- add NAME \[--role representative\|supervisor\] \| role NAME representative\|supervisor \| reset NAME \| remove NAME \| list$/);
    expectFailure(inherited, /^Unknown command "toString"/);
    expectFailure(none, /^Usage: /);
    expectFailure(extra, /^Too many arguments/);
  }, TIMEOUT);

  it.skipIf(skip)('lists names and creation dates, never hashes', async () => {
    passwords.set('bob_2', passwordIn(await run('add', 'bob_2')));
    const listed = await run('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^alice\.rep\trepresentative\tcreated \d{4}-\d\d-\d\d \d\d:\d\d UTC\nbob_2\trepresentative\tcreated \d{4}-\d\d-\d\d \d\d:\d\d UTC\n$/);
    expect(listed.stdout).not.toContain('scrypt');
  }, TIMEOUT);

  it.skipIf(skip)('adds a supervisor with --role, changes a role with role NAME ROLE, and refuses a role that is not one', async () => {
    const added = await run('add', 'sam.sup', '--role', 'supervisor');
    expect(added.stdout).toMatch(/^Created console account "sam\.sup" \(supervisor\)\. /);
    passwordIn(added);
    const roles = async () => {
      let found: Record<string, string> = {};
      await withDatabase(async (db) => {
        found = Object.fromEntries((await db.query<{ username: string; role: string }>('select username, role from console_users')).rows.map((row) => [row.username, row.role]));
      });
      return found;
    };
    expect(await roles()).toMatchObject({ 'sam.sup': 'supervisor', 'alice.rep': 'representative' });
    expect(await run('role', 'sam.sup', 'representative')).toEqual({ code: 0, stdout: 'Console account "sam.sup" is now a representative.\n', stderr: '' });
    expect(await run('role', 'sam.sup', 'supervisor')).toEqual({ code: 0, stdout: 'Console account "sam.sup" is now a supervisor.\n', stderr: '' });
    expect(await roles()).toMatchObject({ 'sam.sup': 'supervisor' });
    const [badRole, noRole, roleOnReset, unknownOption] = await Promise.all([
      run('add', 'carol', '--role', 'admin'), run('role', 'carol'), run('reset', 'carol', '--role', 'supervisor'), run('add', 'carol', '--rule', 'supervisor'),
    ]);
    expectFailure(badRole, /^"admin" is not a role: use representative or supervisor\./);
    expectFailure(noRole, /^Name the role: use representative or supervisor\./);
    expectFailure(roleOnReset, /^--role goes with add/);
    expectFailure(unknownOption, /^Unknown option '--rule'/);
    expectFailure(await run('role', 'nobody', 'supervisor'), /^There is no console account "nobody"\.$/);
    expect(await roles()).not.toHaveProperty('carol');
    expect((await run('remove', 'sam.sup')).code).toBe(0);
  }, TIMEOUT);

  it.skipIf(skip)('resets a password: the old one fails, the new one works, sessions end', async () => {
    const old = passwords.get('alice.rep')!;
    let token: string | undefined;
    await withDatabase(async (db) => {
      token = await consoleAuthFor(db).login('alice.rep', old);
      expect(token).toEqual(expect.any(String));
    });
    const reset = await run('reset', 'alice.rep');
    expect(reset.stdout).toMatch(/^Reset console account "alice\.rep" and ended its sessions\./);
    const password = passwordIn(reset);
    expect(password).not.toBe(old);
    await withDatabase(async (db) => {
      const auth = consoleAuthFor(db);
      expect(await auth.sessionUser(token!)).toBeUndefined();
      expect(await auth.login('alice.rep', old)).toBeUndefined();
      expect(await auth.login('alice.rep', password)).toEqual(expect.any(String));
    });
    expectFailure(await run('reset', 'nobody'), /^There is no console account "nobody"\.$/);
  }, TIMEOUT);

  it.skipIf(skip)('removes an account and its sessions', async () => {
    let token: string | undefined;
    await withDatabase(async (db) => {
      token = await consoleAuthFor(db).login('bob_2', passwords.get('bob_2')!);
      expect(token).toEqual(expect.any(String));
    });
    const removed = await run('remove', 'bob_2');
    expect(removed).toEqual({ code: 0, stdout: 'Removed console account "bob_2" and ended its sessions.\n', stderr: '' });
    await withDatabase(async (db) => {
      const auth = consoleAuthFor(db);
      expect(await auth.sessionUser(token!)).toBeUndefined();
      expect(await auth.login('bob_2', passwords.get('bob_2')!)).toBeUndefined();
    });
    expectFailure(await run('remove', 'bob_2'), /^There is no console account "bob_2"\.$/);
    expect((await run('list')).stdout).not.toContain('bob_2');
  }, TIMEOUT);

  // Only the embedded database has a lock to report.
  if (name === 'pglite') {
    it('says so in one line when a running server holds the embedded database', async () => {
      await withDatabase(async () => {
        expectFailure(await runProcess('list'), new RegExp(`is in use by process ${process.pid}\\. Stop that process first, or use DATABASE_URL\\.$`));
      });
    }, TIMEOUT);
  }
});
