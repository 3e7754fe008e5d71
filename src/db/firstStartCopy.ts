import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivateDirectory } from './privateDirectory.js';

/**
 * A first start: an empty data directory becomes a copy of the template (copied beside it and moved
 * into place, so that a start cut short leaves it empty rather than half a database). A directory
 * holding anything is left as it is. True when copied.
 */
export function copyTemplateIfEmpty(templateDir: string, dataDir: string): boolean {
  if (readdirSync(dataDir).length > 0 || !existsSync(join(templateDir, 'PG_VERSION'))) return false;
  const staging = mkdtempSync(`${dataDir}-first-start-`);
  try {
    cpSync(templateDir, staging, { recursive: true });
    rmdirSync(dataDir);
    renameSync(staging, dataDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  makePrivateDirectory(dataDir);
  return true;
}
