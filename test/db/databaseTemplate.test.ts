import { cpSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseTemplateAt, isCurrent, writeDatabaseTemplate } from '../../src/db/databaseTemplate.js';
import { copyTemplateIfEmpty } from '../../src/db/firstStartCopy.js';
import { migrations } from '../../src/db/migrations.js';
import { openDatabase } from '../../src/db/open.js';
import { databaseTemplateDir } from '../../src/paths.js';
import { scratchDirectory } from '../fixtures/scratchDirectories.js';

/** Every file under `dir` with its permission bits. */
function modes(dir: string): number[] {
  return readdirSync(dir, { recursive: true }).map((name) => statSync(join(dir, String(name))).mode & 0o777);
}

describe('the database template a first start copies (dist/database-template, written by the build)', () => {
  it('is current after the build, and a second write leaves it alone', async () => {
    const template = databaseTemplateAt(databaseTemplateDir);
    expect(isCurrent(template)).toBe(true);
    expect(await writeDatabaseTemplate(template)).toBe(false);
  });

  it('is not current when made from other migrations or another PGlite release', () => {
    const copy = join(scratchDirectory('template-'), 'database-template');
    cpSync(databaseTemplateDir, copy, { recursive: true });
    writeFileSync(`${copy}.fingerprint`, 'made from older migrations');
    expect(isCurrent(databaseTemplateAt(copy))).toBe(false);
  });

  it('gives an empty data directory a migrated, private database that keeps its rows from start to start', async () => {
    const dataDir = join(scratchDirectory('first-start-'), 'db');
    const first = await openDatabase({ dataDir, firstStartTemplate: databaseTemplateDir });
    try {
      const applied = await first.query<{ id: string }>('select id from schema_migrations order by id');
      expect(applied.rows.map((row) => row.id)).toEqual(migrations.map((migration) => migration.id));
      await first.query("insert into sms_opt_outs (channel_id, address) values ('sms', 'kept')");
    } finally {
      await first.close();
    }
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(modes(dataDir).filter((mode) => mode & 0o077)).toEqual([]);
    expect(readdirSync(join(dataDir, '..')).filter((name) => name.includes('first-start'))).toEqual([]);

    const again = await openDatabase({ dataDir, firstStartTemplate: databaseTemplateDir });
    try {
      expect((await again.query('select 1 from sms_opt_outs where address = $1', ['kept'])).rows).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it('is copied only into an empty data directory, never over files already there', () => {
    const holding = join(scratchDirectory('not-empty-'), 'db');
    mkdirSync(holding, { recursive: true });
    writeFileSync(join(holding, 'notes.txt'), 'someone else’s file');
    expect(copyTemplateIfEmpty(databaseTemplateDir, holding)).toBe(false);
    expect(readdirSync(holding)).toEqual(['notes.txt']);

    const empty = join(scratchDirectory('empty-'), 'db');
    mkdirSync(empty, { recursive: true });
    expect(copyTemplateIfEmpty(databaseTemplateDir, empty)).toBe(true);
    expect(readdirSync(empty).sort()).toEqual(readdirSync(databaseTemplateDir).sort());
});
});
