import { parse as parseYaml } from 'yaml';
import { frontMatterSchema } from './schema.js';
import type { KnowledgeEntry } from './schema.js';

export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
  constructor(readonly problems: string[]) {
    super(`Knowledge base has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Parses one Markdown file with YAML front matter; returns the entry or the problems found. */
export function parseEntry(file: string, text: string): { entry?: KnowledgeEntry; problems: string[] } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { problems: [`${file}: must start with front matter between two "---" lines`] };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    return { problems: [`${file}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    return { problems: result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || 'front matter'} ${issue.message}`) };
  }
  const body = (match[2] ?? '').trim();
  const [shortAnswer = '', ...rest] = body.split(/\r?\n\s*\r?\n/);
  if (!shortAnswer.trim()) return { problems: [`${file}: answer must not be empty (write it below the front matter)`] };
  return { entry: { ...result.data, shortAnswer: shortAnswer.trim(), details: rest.join('\n\n').trim(), file }, problems: [] };
}
