import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/**
 * Makes `dir` readable by this account only: created 0700, its folders tightened to 0700 and its
 * files to 0600 (a data directory from before is fixed at start-up), and the process umask set
 * so that whatever the database writes from now on is born private. The umask is the process's:
 * only the main thread may set it (`filesBornPrivate`), so a worker thread relies on it being set.
 */
export function makePrivateDirectory(dir: string): void {
  if (isMainThread) filesBornPrivate();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  tighten(dir);
}

/** From now on, files and folders this process creates are its account's alone. */
export function filesBornPrivate(): void {
  process.umask(0o077);
}

const vanished = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Entries that vanish during the walk are skipped: the database thread may be moving a first-start copy into place. */
function tighten(path: string): void {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) {
      if ((stat.mode & 0o777) !== 0o700) chmodSync(path, 0o700);
      for (const entry of readdirSync(path)) tighten(join(path, entry));
    } else if ((stat.mode & 0o077) !== 0) {
      chmodSync(path, stat.mode & 0o700);
    }
  } catch (error) {
    if (!vanished(error)) throw error;
  }
}
