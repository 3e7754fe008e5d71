import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from './parseEntry.js';

/**
 * Questions the assistant must not answer (other offices, other states, private debts, small
 * talk), as people type them: the search gives the honest fallback to a question closer to these
 * than to any entry. One file per language beside the entries; a folder without one has none.
 */
export const OUT_OF_SCOPE_FILES = { en: 'out-of-scope.yml', es: 'out-of-scope.es.yml' } as const;

const outOfScopeSchema = z.strictObject({
  questions: z.array(z.string().trim().min(1, 'a question must not be empty')).min(1, 'needs at least one question'),
});

/** The out-of-scope questions of one language; throws a KnowledgeError naming the file's problems. */
export function loadOutOfScope(dir: string, language: keyof typeof OUT_OF_SCOPE_FILES): string[] {
  const file = OUT_OF_SCOPE_FILES[language];
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new KnowledgeError([`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
  const result = outOfScopeSchema.safeParse(data);
  if (!result.success) throw new KnowledgeError(result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || 'file'} ${issue.message}`));
  return result.data.questions;
}
