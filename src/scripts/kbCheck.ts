import { KnowledgeError } from '../kb/parseEntry.js';
import { loadProjectKnowledge } from '../kb/knowledgeBase.js';

/** `npm run kb:check`: validates every knowledge entry and prints a one-line summary. */
try {
  const entries = loadProjectKnowledge();
  const questions = entries.reduce((sum, entry) => sum + entry.questions.length, 0);
  const sources = new Set(entries.map((entry) => entry.source.document));
  process.stdout.write(`knowledge ok: ${entries.length} entries, ${questions} sample questions, ${sources.size} source documents\n`);
} catch (error) {
  process.stderr.write(`${error instanceof KnowledgeError ? error.message : String(error)}\n`);
  process.exit(1);
}
