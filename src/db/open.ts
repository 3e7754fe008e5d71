import type { Database } from './database.js';
import { migrate } from './migrate.js';

export interface DatabaseOptions {
  /** A Postgres server; when absent the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Where the embedded database keeps its files; absent means in memory. */
  dataDir?: string | undefined;
  /** In memory only: a dump of a migrated embedded database to start from (see `dumpPglite`). */
  template?: Blob | undefined;
  /** A data directory without a database yet copies this migrated one, when it is there, instead of creating it (see databaseTemplate.ts). */
  firstStartTemplate?: string | undefined;
  /**
   * The embedded database on a worker thread of its own, so its work runs beside the turns (the
   * server's choice): the built worker script (`pgliteWorkerScript` in paths.ts).
   */
  embeddedWorkerScript?: string | undefined;
}

async function openEmbedded({ dataDir, template, firstStartTemplate, embeddedWorkerScript }: DatabaseOptions): Promise<Database> {
  // The server's thread does not load PGlite: its worker thread does.
  if (!embeddedWorkerScript) return (await import('./pglite.js')).openPglite(dataDir, template, firstStartTemplate);
  return (await import('./pgliteWorkerDatabase.js')).openPgliteInWorker(embeddedWorkerScript, dataDir, template, firstStartTemplate);
}

/** Opens the configured engine and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  // The Postgres driver loads only when a server is configured (about 75 ms of start-up otherwise).
  const db = options.databaseUrl ? await (await import('./postgres.js')).openPostgres(options.databaseUrl) : await openEmbedded(options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
