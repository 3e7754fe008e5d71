import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { databaseTemplateDir } from '../paths.js';

/**
 * The configured database: the PostgreSQL server at DATABASE_URL, else the embedded one in
 * DATA_DIR/db, which a first start copies from the build's migrated template.
 */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: join(config.DATA_DIR, 'db'), firstStartTemplate: databaseTemplateDir });
}
