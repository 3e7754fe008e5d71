import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { KeyedSerializer } from '../lib/keyedSerializer.js';

/** First half of the two-key advisory locks taken here (migrations use a one-key lock). */
const LOCK_SPACE = 3_978_002;
const RETRY_MS = 20;

/**
 * Named locks shared by every instance on one Postgres database. Within this process, holders of
 * one name queue in order; across processes, each holds a session-level advisory lock on one
 * connection kept for all of them (so locks cost no pool connections), taken with
 * `pg_try_advisory_lock` and retried until free. A process that dies loses its session and so
 * its locks; if the session drops while a lock is held, that lock is gone early (the holder runs on).
 */
export class PostgresLocks {
  private readonly local = new KeyedSerializer();
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private closed = false;
  /** Queries on the one session go one at a time (pg no longer queues them itself). */
  private queries: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly connectionString: string,
    private readonly waitMs = 20_000,
  ) {}

  exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
    return this.local.run(name, async () => {
      const session = await this.acquire(name);
      try {
        return await work();
      } finally {
        await this.release(session, name);
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async acquire(name: string): Promise<pg.Client> {
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      const session = await this.session();
      const result = await this.inTurn(() => session.query<{ locked: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as locked', [LOCK_SPACE, name]));
      if (result.rows[0]?.locked) return session;
      if (Date.now() >= deadline) throw new Error(`the lock "${name}" was not free within ${this.waitMs} ms`);
      await sleep(RETRY_MS);
    }
  }

  /** A failed unlock ends the session, so the lock cannot outlive its turn. */
  private async release(session: pg.Client, name: string): Promise<void> {
    if (session !== this.client) return;
    try {
      await this.inTurn(() => session.query('select pg_advisory_unlock($1, hashtext($2))', [LOCK_SPACE, name]));
    } catch {
      this.lost(session);
      await session.end().catch(() => undefined);
    }
  }

  private inTurn<T>(query: () => Promise<T>): Promise<T> {
    const result = this.queries.then(query, query);
    this.queries = result.catch(() => undefined);
    return result;
  }

  private session(): Promise<pg.Client> {
    if (this.closed) return Promise.reject(new Error('the database is closed'));
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5000 });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    if (this.closed) {
      await client.end();
      throw new Error('the database is closed');
    }
    this.client = client;
    return client;
  }

  private lost(client: pg.Client): void {
    if (this.client === client) this.client = undefined;
  }
}
