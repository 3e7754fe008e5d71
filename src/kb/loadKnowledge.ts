import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KnowledgeError, parseEntry } from './parseEntry.js';
import type { KnowledgeEntry } from './schema.js';
import { validateEntries } from './validate.js';
import type { ValidationContext } from './validate.js';

/** Every `.md` file under `dir` except README.md, sorted for stable order. */
function entryFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && item.name.endsWith('.md') && item.name !== 'README.md')
    .map((item) => join(item.parentPath, item.name))
    .sort();
}

/** Reads and validates the knowledge folder; throws one KnowledgeError listing every problem. */
export function loadKnowledge(dir: string, context: ValidationContext): KnowledgeEntry[] {
  const entries: KnowledgeEntry[] = [];
  const problems: string[] = [];
  for (const path of entryFiles(dir)) {
    const parsed = parseEntry(relative(dir, path), readFileSync(path, 'utf8'));
    problems.push(...parsed.problems);
    if (parsed.entry) entries.push(parsed.entry);
  }
  if (entries.length === 0 && problems.length === 0) problems.push(`${dir}: no knowledge entries found`);
  problems.push(...validateEntries(entries, context));
  if (problems.length > 0) throw new KnowledgeError(problems);
  return entries;
}
