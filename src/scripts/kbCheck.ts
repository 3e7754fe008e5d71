import { parseArgs } from 'node:util';
import { KnowledgeError } from '../kb/parseEntry.js';
import { loadProjectKnowledge } from '../kb/knowledgeBase.js';
import { knowledgeDir } from '../paths.js';

/** `npm run kb:check [-- --dir knowledge]`: validates every knowledge entry and prints a summary. */
const { values } = parseArgs({ options: { dir: { type: 'string' } } });
try {
  const entries = loadProjectKnowledge(values.dir ?? knowledgeDir);
  const questions = entries.reduce((sum, entry) => sum + entry.questions.length, 0);
  const sources = new Set(entries.map((entry) => entry.source.document));
  process.stdout.write(`knowledge ok: ${entries.length} entries, ${questions} sample questions, ${sources.size} source documents\n`);
} catch (error) {
  process.stderr.write(`${error instanceof KnowledgeError ? error.message : String(error)}\n`);
  process.exit(1);
}
