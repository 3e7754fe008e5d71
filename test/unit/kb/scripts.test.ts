import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SqlKnowledgeLog } from '../../../src/db/sqlKnowledgeLog.js';
import { openDatabase } from '../../../src/db/open.js';
import { seededDataDir } from '../../fixtures/dataDirs.js';
import { scratchDirectory } from '../../fixtures/scratchDirectories.js';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const run = (script: string, args: string[] = [], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
  });

describe('npm run kb:check', () => {
  it('passes on the project knowledge and says how much it checked', () => {
    const result = run('src/scripts/kbCheck.ts');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^knowledge ok: \d+ entries, \d+ sample questions, \d+ source documents, reading grade [\d.]+ median and [\d.]+ at most \(limit 8\)/);
  });

  it('fails with the file and field of a broken entry', () => {
    const dir = scratchDirectory('kb-check-');
    cpSync(join(projectRoot, 'knowledge'), dir, { recursive: true });
    writeFileSync(join(dir, 'notices', 'r859-notice.md'), '---\nid: r859-notice\ntitle: R859\n---\n');
    const result = run('src/scripts/kbCheck.ts', ['--dir', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/notices\/r859-notice\.md: questions/);
    expect(result.stderr).toMatch(/notices\/r859-notice\.md: source is required/);
  });
});

describe('npm run kb:gaps', () => {
  it('lists unanswered questions, most frequent first, with their near misses', async () => {
    const dataDir = seededDataDir('kb-gaps-');
    const db = await openDatabase({ dataDir: join(dataDir, 'db') });
    const log = new SqlKnowledgeLog(db);
    const near = [{ id: 'bank-levy', title: 'Bank levy', confidence: 0.41 }];
    await log.recordGap('Can DRS take my boat?', near, 'webchat');
    await log.recordGap('can drs take my boat', near, 'sms');
    await log.recordGap('Is there a sales tax holiday?', [], 'webchat');
    await log.recordFeedback('bank-levy', false, 'webchat');
    await db.close();

    const result = run('src/scripts/kbGaps.ts', [], { DATA_DIR: dataDir });
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^\s+2×\s+can drs take my boat$/);
    expect(lines[1]).toMatch(/closest: bank-levy \(0\.41\)/);
    expect(lines[2]).toMatch(/^\s+1×\s+Is there a sales tax holiday\?$/);
    expect(result.stdout).toMatch(/did not help[\s\S]*1×\s+bank-levy/);
  });
});
