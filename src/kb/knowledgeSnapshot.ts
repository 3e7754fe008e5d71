import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { loadProjectKnowledge, loadProjectTranslations } from './knowledgeBase.js';
import { loadOutOfScope } from './outOfScope.js';
import type { KnowledgeEntry } from './schema.js';

/**
 * The knowledge folder as checked entries, kept by `npm run build` so a start reads one JSON file
 * instead of parsing and checking every entry (about a quarter of a second). It is used only while
 * every file of the folder is as it was then: an edited entry is read from its file again.
 */
export interface CheckedKnowledge {
  english: KnowledgeEntry[];
  spanish: KnowledgeEntry[];
  /** Questions the assistant must not answer, per language (src/kb/outOfScope.ts). */
  outOfScope: { english: string[]; spanish: string[] };
}

const SNAPSHOT_VERSION = 2;

/** What every file of the knowledge folder holds, names included. */
export function knowledgeFingerprint(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => join(item.parentPath, item.name))
    .sort();
  for (const file of files) hash.update(`${relative(dir, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** Parses and checks the folder (as `npm run kb:check` does); throws a KnowledgeError listing every problem. */
export function checkKnowledge(dir: string): CheckedKnowledge {
  const english = loadProjectKnowledge(dir);
  return { english, spanish: loadProjectTranslations(dir, english), outOfScope: { english: loadOutOfScope(dir, 'en'), spanish: loadOutOfScope(dir, 'es') } };
}

export function writeKnowledgeSnapshot(dir: string, file: string): void {
  const snapshot = { version: SNAPSHOT_VERSION, fingerprint: knowledgeFingerprint(dir), ...checkKnowledge(dir) };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(snapshot));
}

const snapshotShape = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  fingerprint: z.string(),
  english: z.array(z.looseObject({ id: z.string() })).min(1),
  spanish: z.array(z.looseObject({ id: z.string() })),
  outOfScope: z.object({ english: z.array(z.string()), spanish: z.array(z.string()) }),
});

/** The checked entries: from the snapshot when it matches the folder, else from the folder itself. */
export function readCheckedKnowledge(dir: string, snapshotFile: string): CheckedKnowledge {
  if (existsSync(snapshotFile)) {
    try {
      const snapshot = snapshotShape.parse(JSON.parse(readFileSync(snapshotFile, 'utf8')));
      if (snapshot.fingerprint === knowledgeFingerprint(dir)) {
        // Written by writeKnowledgeSnapshot from entries that passed every check.
        return {
          english: snapshot.english as unknown as KnowledgeEntry[],
          spanish: snapshot.spanish as unknown as KnowledgeEntry[],
          outOfScope: snapshot.outOfScope,
        };
      }
    } catch {
      // An unreadable or older snapshot: the folder is read instead.
    }
  }
  return checkKnowledge(dir);
}
