import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../src/cli/directLineClient.js';
import { spawnServer } from '../fixtures/serverProcess.js';

/** Every folder and file under `dir` with its permission bits. */
function modes(dir: string): { path: string; mode: number; folder: boolean }[] {
  const stat = lstatSync(dir);
  const here = { path: dir, mode: stat.mode & 0o777, folder: stat.isDirectory() };
  return stat.isDirectory() ? [here, ...readdirSync(dir).flatMap((entry) => modes(join(dir, entry)))] : [here];
}

const root = mkdtempSync(join(tmpdir(), 'drs-private-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the data directory is readable by the server\'s account only', () => {
  it('created 0700 with 0600 files, and a loose directory from before is tightened at start-up, even under umask 0', { timeout: 60_000 }, async () => {
    const dataDir = join(root, 'data');
    // A directory as an earlier version left it: world-readable folders and files.
    mkdirSync(join(dataDir, 'db', 'base'), { recursive: true });
    writeFileSync(join(dataDir, 'db', 'base', 'old-table'), 'cases');
    chmodSync(join(dataDir, 'db', 'base', 'old-table'), 0o666);
    for (const folder of [dataDir, join(dataDir, 'db'), join(dataDir, 'db', 'base')]) chmodSync(folder, 0o755);
    rmSync(join(dataDir, 'db'), { recursive: true });
    mkdirSync(join(dataDir, 'old'), { mode: 0o777 });
    writeFileSync(join(dataDir, 'old', 'notes'), 'x', { mode: 0o666 });
    chmodSync(join(dataDir, 'old', 'notes'), 0o666);
    chmodSync(join(dataDir, 'old'), 0o777);

    const previous = process.umask(0);
    let server;
    try {
      server = await spawnServer({ DATA_DIR: dataDir });
    } finally {
      process.umask(previous);
    }
    try {
      // Conversations, a case's worth of writes.
      const client = await DirectLineClient.start(server.url);
      await client.ask('what is the R859 notice?');
      const entries = modes(dataDir);
      expect(entries.length).toBeGreaterThan(100);
      const open = entries.filter((entry) => (entry.folder ? entry.mode !== 0o700 : (entry.mode & 0o077) !== 0));
      expect(open.map((entry) => `${entry.path.slice(root.length)} ${entry.mode.toString(8)}`)).toEqual([]);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
