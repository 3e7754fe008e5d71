import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BilingualKnowledge } from '../../../src/kb/bilingualKnowledge.js';
import { checkKnowledge, readCheckedKnowledge, writeKnowledgeSnapshot } from '../../../src/kb/knowledgeSnapshot.js';
import { knowledgeDir } from '../../../src/paths.js';
import { scratchDirectory } from '../../fixtures/scratchDirectories.js';

/** A copy of the project's knowledge folder and a snapshot of it, in a scratch folder. */
function copiedKnowledge() {
  const root = scratchDirectory('knowledge-snapshot-');
  const dir = join(root, 'knowledge');
  cpSync(knowledgeDir, dir, { recursive: true });
  const snapshot = join(root, 'dist', 'knowledge.json');
  writeKnowledgeSnapshot(dir, snapshot);
  return { dir, snapshot };
}

/** Rewrites the snapshot's first English title, keeping its fingerprint: a read that shows it came from the snapshot. */
function markSnapshot(snapshot: string): void {
  const written = JSON.parse(readFileSync(snapshot, 'utf8')) as { english: { title: string }[] };
  written.english[0]!.title = 'Read from the snapshot';
  writeFileSync(snapshot, JSON.stringify(written));
}

describe('the knowledge snapshot the build writes', () => {
  it('holds the same checked entries as the folder, in both languages', () => {
    const { dir, snapshot } = copiedKnowledge();
    const fromFolder = checkKnowledge(dir);
    expect(fromFolder.english.length).toBeGreaterThan(50);
    expect(fromFolder.spanish).toHaveLength(fromFolder.english.length);
    expect(fromFolder.outOfScope.english.length).toBeGreaterThan(100);
    expect(fromFolder.outOfScope.spanish.length).toBeGreaterThan(100);
    expect(readCheckedKnowledge(dir, snapshot)).toEqual(fromFolder);
  });

  it('is what a start reads while the folder is unchanged', () => {
    const { dir, snapshot } = copiedKnowledge();
    markSnapshot(snapshot);
    expect(readCheckedKnowledge(dir, snapshot).english[0]?.title).toBe('Read from the snapshot');
    const knowledge = BilingualKnowledge.load(dir, snapshot);
    expect(knowledge.entry(readCheckedKnowledge(dir, snapshot).english[0]!.id)?.title).toBe('Read from the snapshot');
  });

  it('is ignored once any entry is edited, so the edit is what taxpayers get', () => {
    const { dir, snapshot } = copiedKnowledge();
    markSnapshot(snapshot);
    const first = checkKnowledge(dir).english[0]!;
    const file = join(dir, first.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(first.shortAnswer, `${first.shortAnswer} Edited after the build.`));
    const read = readCheckedKnowledge(dir, snapshot);
    expect(read.english[0]?.title).toBe(first.title);
    expect(read.english[0]?.shortAnswer).toMatch(/Edited after the build\.$/);
  });

  it('is ignored when unreadable, and an edit that breaks an entry is still refused', () => {
    const { dir, snapshot } = copiedKnowledge();
    writeFileSync(snapshot, '{"version": 1, "fingerprint": ');
    expect(readCheckedKnowledge(dir, snapshot)).toEqual(checkKnowledge(dir));
    const first = checkKnowledge(dir).english[0]!;
    writeFileSync(join(dir, first.file), readFileSync(join(dir, first.file), 'utf8').replace(/^title: .*$/m, 'title:'));
    expect(() => readCheckedKnowledge(dir, snapshot)).toThrow(/title/);
  });
});
