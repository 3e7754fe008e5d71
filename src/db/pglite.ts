import { PGlite } from '@electric-sql/pglite';
import { KeyedSerializer } from '../lib/keyedSerializer.js';
import { lockDataDir } from './dataDirLock.js';
import { copyTemplateIfEmpty } from './firstStartCopy.js';
import { makePrivateDirectory } from './privateDirectory.js';
import { PrivateNodeFS } from './privateNodeFs.js';
import { withTimeout } from './database.js';
import type { Database, QueryResult } from './database.js';

const handles = new WeakMap<Database, PGlite>();

/**
 * Postgres' own start parameters, with a 16 MB buffer pool instead of its default 128 MB: Postgres
 * touches the whole pool as it starts, and this database of small rows fits the smaller one many
 * times over (the files below it stay in the operating system's cache). About 120 MB less memory.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * The embedded default: a WASM build of Postgres storing its files in `dataDir`, or in memory.
 * An in-memory database may start from `template`, a dump of another one (`PGlite.dumpDataDir`);
 * a data directory with no database yet starts as a copy of the `firstStartTemplate` folder when there is one.
 */
export async function openPglite(dataDir: string | undefined, template?: Blob, firstStartTemplate?: string): Promise<Database> {
  if (dataDir) makePrivateDirectory(dataDir);
  const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
  let db: PGlite;
  try {
    if (dataDir && firstStartTemplate) copyTemplateIfEmpty(firstStartTemplate, dataDir);
    db = await PGlite.create({ startParams: START_PARAMS, ...(dataDir ? { fs: new PrivateNodeFS(dataDir) } : { loadDataDir: template }) });
  } catch (error) {
    unlock();
    throw error;
  }
  let closed = false;
  // One process owns the data directory, so an in-process queue is every instance's lock.
  const locks = new KeyedSerializer();
  const query = async <Row>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> => {
    const result = await db.query<Row>(sql, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
  const database: Database = {
    engine: 'pglite',
    query,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <Row>(sql: string, params?: unknown[]) => {
            const result = await tx.query<Row>(sql, params);
            return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
          },
        }),
      ),
    exec: async (sql) => {
      await db.exec(sql);
    },
    listen: async (channel, onPayload) => {
      const stop = await db.listen(channel, onPayload);
      return async () => {
        if (!closed) await stop();
      };
    },
    exclusive: (name, work) => locks.run(name, work),
    ping: async (timeoutMs = 2000) => {
      if (closed) throw new Error('the embedded database is closed');
      await withTimeout(db.query('select 1'), timeoutMs, 'the embedded database');
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await db.close();
      unlock();
    },
  };
  handles.set(database, db);
  return database;
}

/** The files of an open embedded database as one tarball, for `openPglite`'s `template`. */
export async function dumpPglite(database: Database): Promise<Blob> {
  const db = handles.get(database);
  if (!db) throw new Error('not an embedded database');
  return db.dumpDataDir('none');
}

