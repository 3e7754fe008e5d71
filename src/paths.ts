import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (holding package.json), whether running from src/ or the built dist/. */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const pageAssetsDir = join(projectRoot, 'src', 'channels', 'page');
export const knowledgeDir = join(projectRoot, 'knowledge');
/** The stock Web Chat bundle, copied from its npm release by `npm run webchat:update` (see source.json there). */
export const webChatVendorDir = join(projectRoot, 'vendor', 'botframework-webchat');
export const webChatBundle = join(webChatVendorDir, 'webchat.js');
/** Brotli and gzip copies of the page's scripts and style sheets, written by `npm run build`. */
export const compressedPageAssetsDir = join(projectRoot, 'dist', 'page-assets');
/** The migrated embedded database a data directory's first start copies (`npm run build` writes it). */
export const databaseTemplateDir = join(projectRoot, 'dist', 'database-template');
/** The embedded database's worker thread, as `npm run build` writes it beside the server. */
export const pgliteWorkerScript = join(projectRoot, 'dist', 'pglite-worker.mjs');
/** The checked knowledge entries, written by `npm run build` (see src/kb/knowledgeSnapshot.ts). */
export const knowledgeSnapshotFile = join(projectRoot, 'dist', 'knowledge.json');
