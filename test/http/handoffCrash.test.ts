import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient, readable } from '../../src/cli/directLineClient.js';
import { createPostgresDatabase, postgresUrl } from '../fixtures/databases.js';
import { TOLD_CASE_NUMBER, walkToConfirmation } from '../fixtures/priorityOneIntake.js';
import { spawnServer } from '../fixtures/serverProcess.js';
import type { ServerProcess } from '../fixtures/serverProcess.js';
import { scratchDirectory } from '../fixtures/scratchDirectories.js';

const CONSOLE = { CONSOLE_ADMIN_USER: 'crash-admin', CONSOLE_ADMIN_PASSWORD: 'a long console password' };

async function killed(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  expect((await server.exited).signal).toBe('SIGKILL');
}

async function stopped(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}

/** Case numbers as the console API lists them. */
async function consoleCaseNumbers(baseUrl: string): Promise<string[]> {
  const login = await fetch(`${baseUrl}/api/console/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: CONSOLE.CONSOLE_ADMIN_USER, password: CONSOLE.CONSOLE_ADMIN_PASSWORD }),
  });
  expect(login.status).toBe(204);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const response = await fetch(`${baseUrl}/api/console/cases`, { headers: { cookie } });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { cases: { caseNumber: string }[] };
  return body.cases.map((found) => found.caseNumber);
}

describe('a Priority One case when the server is killed (SIGKILL) right after the taxpayer confirms', () => {
  it('embedded database, killed as the confirmation arrives: the case is there once after restart, and a second Submit adds none', async () => {
    const dataDir = scratchDirectory('assistant-case-kill-');
    const env = { DATA_DIR: dataDir, ...CONSOLE };
    const first = await spawnServer(env);
    const client = await DirectLineClient.start(first.url);
    await walkToConfirmation(client);
    const confirmation = (await client.ask('Submit')).map(readable).join('\n');
    await killed(first);
    const told = TOLD_CASE_NUMBER.exec(confirmation)?.[1];
    expect(told).toBeDefined();

    const second = await spawnServer({ ...env, PORT: new URL(first.url).port });
    try {
      await client.ask('Submit');
      expect(await consoleCaseNumbers(second.url)).toEqual([told]);
    } finally {
      await stopped(second);
    }
  });

  describe.skipIf(!postgresUrl)('PostgreSQL, killed at a chosen point of the hand-off', () => {
    let database: { url: string; drop(): Promise<void> };
    let watcher: pg.Client;
    beforeAll(async () => {
      database = await createPostgresDatabase(postgresUrl ?? '');
      watcher = new pg.Client({ connectionString: database.url });
      await watcher.connect();
    });
    afterAll(async () => {
      await watcher?.end();
      await database?.drop();
    });

    const casesOf = async (conversationId: string) =>
      (await watcher.query<{ case_number: string }>('select case_number from handoff_cases where conversation_id = $1', [conversationId])).rows.map((row) => row.case_number);
    /** Everything the channel holds for the taxpayer to read that names a case number. */
    const toldNumbers = async (conversationId: string) =>
      (await watcher.query<{ text: string }>("select activity->>'text' as text from dl_activities where conversation_id = $1 and activity->>'text' ~ 'case number'", [conversationId])).rows.map(
        (row) => TOLD_CASE_NUMBER.exec(row.text)?.[1],
      );
    /** Server connections stuck at `wait`, for the kill to land while they are. */
    const waitFor = async (condition: string) => {
      for (let tries = 0; tries < 300; tries += 1) {
        const found = await watcher.query(`select pid from pg_stat_activity where pid <> pg_backend_pid() and datname = current_database() and ${condition}`);
        if (found.rows.length > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no server connection reached: ${condition}`);
    };
    const terminate = (condition: string) =>
      watcher.query(`select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and datname = current_database() and ${condition}`);

    /** Restarts, and the taxpayer (or the page, retrying) sends Submit again. */
    async function restartAndResubmit(first: ServerProcess, client: DirectLineClient): Promise<string | undefined> {
      const second = await spawnServer({ DATABASE_URL: database.url, PORT: new URL(first.url).port });
      try {
        const replies = (await client.ask('Submit')).map(readable).join('\n');
        return TOLD_CASE_NUMBER.exec(replies)?.[1];
      } finally {
        await stopped(second);
      }
    }

    it('before the case commits: nothing was written or told, and Submit after the restart makes exactly one case', async () => {
      const first = await spawnServer({ DATABASE_URL: database.url });
      const client = await DirectLineClient.start(first.url);
      await walkToConfirmation(client);

      const lock = new pg.Client({ connectionString: database.url });
      await lock.connect();
      await lock.query('begin');
      await lock.query('lock table handoff_cases in access exclusive mode');
      const submitting = client.send('Submit').catch((error: unknown) => error);
      await waitFor("wait_event_type = 'Lock'");
      await killed(first);
      await terminate("wait_event_type = 'Lock'");
      await lock.query('rollback');
      await lock.end();
      expect(await submitting).toBeInstanceOf(Error);

      expect(await casesOf(client.conversationId)).toEqual([]);
      expect(await toldNumbers(client.conversationId)).toEqual([]);

      const told = await restartAndResubmit(first, client);
      expect(told).toBeDefined();
      expect(await casesOf(client.conversationId)).toEqual([told]);
      expect(await toldNumbers(client.conversationId)).toEqual([told]);
    });

    it('after the case commits but before the taxpayer is told: the case is there once, and Submit after the restart tells its number', async () => {
      const first = await spawnServer({ DATABASE_URL: database.url });
      const client = await DirectLineClient.start(first.url);
      await walkToConfirmation(client);

      // Holds every reply the channel would show once the conversation has a case.
      await watcher.query(`
        create or replace function hold_replies_after_case() returns trigger language plpgsql as $$
        begin
          if exists (select 1 from handoff_cases where conversation_id = new.conversation_id) then perform pg_sleep(60); end if;
          return new;
        end $$;
        create trigger hold_replies_after_case before insert on dl_activities for each row execute function hold_replies_after_case();`);
      try {
        const submitting = client.send('Submit').catch((error: unknown) => error);
        await waitFor("wait_event = 'PgSleep'");
        await killed(first);
        await terminate("wait_event = 'PgSleep'");
        expect(await submitting).toBeInstanceOf(Error);
      } finally {
        await watcher.query('drop trigger hold_replies_after_case on dl_activities; drop function hold_replies_after_case()');
      }

      const committed = await casesOf(client.conversationId);
      expect(committed).toHaveLength(1);
      expect(await toldNumbers(client.conversationId)).toEqual([]);

      const told = await restartAndResubmit(first, client);
      expect(told).toBe(committed[0]);
      expect(await casesOf(client.conversationId)).toEqual(committed);
      expect(await toldNumbers(client.conversationId)).toEqual([told]);
    });
  });
});
