import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KnowledgeError, parseEntry, parseTranslation } from './parseEntry.js';
import type { KnowledgeEntry } from './schema.js';
import { validateEntries, validateTranslations } from './validate.js';
import type { ValidationContext } from './validate.js';

/** Spanish versions are named `<name>.es.md`, beside the English `<name>.md`. */
const SPANISH_SUFFIX = '.es.md';

/** Every `.md` file under `dir` except README.md, the English or the Spanish ones, sorted for stable order. */
function entryFiles(dir: string, spanish = false): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && item.name.endsWith('.md') && item.name !== 'README.md' && item.name.endsWith(SPANISH_SUFFIX) === spanish)
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

/**
 * Reads the Spanish versions (`<name>.es.md`) of `entries`, each joined to its English entry (whose
 * source, dates, related entries and action it shares), and checks them: one per entry, the same
 * figures as the English, known contacts only. Throws one KnowledgeError listing every problem.
 */
export function loadTranslations(dir: string, entries: readonly KnowledgeEntry[], context: ValidationContext): KnowledgeEntry[] {
  const english = new Map(entries.map((entry) => [entry.id, entry]));
  const translations: KnowledgeEntry[] = [];
  const problems: string[] = [];
  for (const path of entryFiles(dir, true)) {
    const file = relative(dir, path);
    const parsed = parseTranslation(file, readFileSync(path, 'utf8'));
    problems.push(...parsed.problems);
    if (!parsed.translation) continue;
    const { id, language, translation: status, title, questions, keywords, shortAnswer, details } = parsed.translation;
    const original = english.get(id);
    if (!original) {
      problems.push(`${file}: id "${id}" is no English entry's id (a Spanish version sits beside its English file, with the same id)`);
      continue;
    }
    translations.push({ ...original, title, questions, keywords, shortAnswer, details, file, translation: { language, status } });
  }
  problems.push(...validateTranslations(entries, translations, context));
  if (problems.length > 0) throw new KnowledgeError(problems);
  return translations;
}
