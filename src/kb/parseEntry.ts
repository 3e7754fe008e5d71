import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { frontMatterSchema, translationSchema } from './schema.js';
import type { KnowledgeEntry, TranslationFrontMatter } from './schema.js';

export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
  constructor(readonly problems: string[]) {
    super(`Knowledge base has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

type Parsed<T> = { data?: T; shortAnswer: string; details: string; problems: string[] };

/** A Markdown file's YAML front matter, checked by `schema`, and its body: the short answer, then the details. */
function parseMarkdown<T>(file: string, text: string, schema: z.ZodType<T>): Parsed<T> {
  const failed = (problems: string[]): Parsed<T> => ({ shortAnswer: '', details: '', problems });
  const match = FRONT_MATTER.exec(text);
  if (!match) return failed([`${file}: must start with front matter between two "---" lines`]);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    return failed([`${file}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) return failed(result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || 'front matter'} ${issue.message}`));
  const body = (match[2] ?? '').trim();
  const [shortAnswer = '', ...rest] = body.split(/\r?\n\s*\r?\n/);
  if (!shortAnswer.trim()) return failed([`${file}: answer must not be empty (write it below the front matter)`]);
  return { data: result.data, shortAnswer: shortAnswer.trim(), details: rest.join('\n\n').trim(), problems: [] };
}

/** Parses one Markdown file with YAML front matter; returns the entry or the problems found. */
export function parseEntry(file: string, text: string): { entry?: KnowledgeEntry; problems: string[] } {
  const { data, shortAnswer, details, problems } = parseMarkdown(file, text, frontMatterSchema);
  return data ? { entry: { ...data, shortAnswer, details, file }, problems } : { problems };
}

/** Parses an entry's Spanish version (`<name>.es.md`); the caller joins it to its English entry. */
export function parseTranslation(file: string, text: string): { translation?: TranslationFrontMatter & { shortAnswer: string; details: string; file: string }; problems: string[] } {
  const { data, shortAnswer, details, problems } = parseMarkdown(file, text, translationSchema);
  return data ? { translation: { ...data, shortAnswer, details, file }, problems } : { problems };
}
