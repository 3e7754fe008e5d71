import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { migrations as allMigrations } from './migrations.js';

/**
 * A migrated embedded database, written by `npm run build` as a data directory's `db` folder, which
 * a first start copies instead of creating its database (Postgres' initdb and every migration:
 * seconds of start-up, and a second WebAssembly instance whose memory the process would keep).
 * Starts still run the migrations, so a template older than the code is brought up to date.
 */
export interface DatabaseTemplate {
  /** The database's folder. */
  dir: string;
  /** What it was made from (the migrations and the PGlite release), to tell whether it is current. */
  fingerprintFile: string;
}

export function databaseTemplateAt(dir: string): DatabaseTemplate {
  return { dir, fingerprintFile: `${dir}.fingerprint` };
}

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (name === '@electric-sql/pglite') return version ?? 'unknown';
  }
  return 'unknown';
}

function fingerprint(): string {
  return createHash('sha256')
    .update(JSON.stringify({ pglite: pgliteVersion(), migrations: allMigrations }))
    .digest('hex');
}

/** True when the template there was made from these migrations and this PGlite. */
export function isCurrent(template: DatabaseTemplate): boolean {
  return existsSync(join(template.dir, 'PG_VERSION')) && existsSync(template.fingerprintFile) && readFileSync(template.fingerprintFile, 'utf8') === fingerprint();
}

/** Writes the template unless the one there is current; true when written. */
export async function writeDatabaseTemplate(template: DatabaseTemplate): Promise<boolean> {
  if (isCurrent(template)) return false;
  // Loaded only here: checking a current template costs no database start. Made beside it and
  // moved into place, so a start never copies half a database.
  const { openDatabase } = await import('./open.js');
  const building = mkdtempSync(`${template.dir}-`);
  await (await openDatabase({ dataDir: building })).close();
  rmSync(template.dir, { recursive: true, force: true });
  renameSync(building, template.dir);
  writeFileSync(template.fingerprintFile, fingerprint());
  return true;
}
