import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from '../../src/db/dataDirLock.js';
import { openPglite } from '../../src/db/pglite.js';
import { seededDataDir } from '../fixtures/dataDirs.js';
import { scratchDirectory } from '../fixtures/scratchDirectories.js';

describe('embedded database lock', () => {
  it('lets one process at a time open the embedded database', async () => {
    const dir = join(seededDataDir('lock-'), 'db');
    const db = await openPglite(dir);
    await expect(openPglite(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(openPglite(dir)).rejects.toThrow(/in use by process \d+/);
    await db.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const again = await openPglite(dir);
    await again.close();
  });

  it('takes over a lock left by a process that died (kill -9)', () => {
    const dir = join(scratchDirectory('lock-'), 'db');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(`${dir}.lock`, dead.stdout.toString());
    const release = lockDataDir(dir);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
