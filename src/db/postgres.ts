import pg from 'pg';
import { withTimeout } from './database.js';
import { PostgresListener } from './postgresListener.js';
import { PostgresLocks } from './postgresLocks.js';
import type { Database, QueryResult, Queryable } from './database.js';

/** The scale-out path: a Postgres server shared by every instance. */
export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const run = async <Row>(client: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]): Promise<QueryResult<Row>> => {
    const result = await client.query(sql, params);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  };
  await withTimeout(pool.query('select 1'), 5000, 'the Postgres server');
  const listener = new PostgresListener(connectionString);
  const locks = new PostgresLocks(connectionString);
  return {
    engine: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const tx: Queryable = { query: (sql, params) => run(client, sql, params) };
        const result = await work(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    listen: (channel, onPayload) => listener.listen(channel, onPayload),
    exclusive: (name, work) => locks.exclusive(name, work),
    ping: async (timeoutMs = 2000) => {
      await withTimeout(pool.query('select 1'), timeoutMs, 'the Postgres server');
    },
    close: async () => {
      await listener.close();
      await locks.close();
      await pool.end();
    },
  };
}
