import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { databaseTemplateDir, pgliteWorkerScript } from '../paths.js';

/**
 * The configured database: the PostgreSQL server at DATABASE_URL, else the embedded one in
 * DATA_DIR/db, which a first start copies from the build's migrated template. The server runs the
 * embedded one on a worker thread; a command-line tool, briefly open, in its own thread.
 */
export function openConfiguredDatabase(config: Config, onWorkerThread = false): Promise<Database> {
  return openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: join(config.DATA_DIR, 'db'),
    firstStartTemplate: databaseTemplateDir,
    embeddedWorkerScript: onWorkerThread ? pgliteWorkerScript : undefined,
  });
}
