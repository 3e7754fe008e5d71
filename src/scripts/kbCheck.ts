import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { KnowledgeError } from '../kb/parseEntry.js';
import { loadProjectKnowledge, loadProjectTranslations } from '../kb/knowledgeBase.js';
import { loadOutOfScope } from '../kb/outOfScope.js';
import { unlabelledPriorityOneContacts } from '../kb/priorityOneLabels.js';
import { PLAIN_LANGUAGE_GRADE, entryReadingGrades, hardToReadEntries } from '../kb/readingGrade.js';
import { PLAIN_SPANISH_READING_EASE, spanishReadingEase } from '../kb/spanishReadingEase.js';
import { knowledgeDir, projectRoot } from '../paths.js';

/** The assistant's own TypeScript (its fixed texts live there), relative to the project. */
function assistantSources(): { path: string; text: string }[] {
  return ['dialogs', 'src']
    .flatMap((folder) => readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' }).map((name) => join(projectRoot, folder, name)))
    .filter((path) => path.endsWith('.ts') && !path.includes(`${join('src', 'console', 'page')}`))
    .map((path) => ({ path: relative(projectRoot, path), text: readFileSync(path, 'utf8') }));
}

/**
 * `npm run kb:check [-- --dir knowledge]`: validates every knowledge entry and its reading grade, the out-of-scope questions, its
 * Spanish version (present, the same figures, plain), and the assistant's fixed texts' Priority One
 * contacts, and prints a summary.
 */
const { values } = parseArgs({ options: { dir: { type: 'string' } } });
try {
  const unlabelled = unlabelledPriorityOneContacts(assistantSources());
  if (unlabelled.length) throw new KnowledgeError(unlabelled);
  const entries = loadProjectKnowledge(values.dir ?? knowledgeDir);
  const graded = entryReadingGrades(entries);
  const hardToRead = hardToReadEntries(graded);
  if (hardToRead.length) throw new KnowledgeError(hardToRead);
  const translations = loadProjectTranslations(values.dir ?? knowledgeDir, entries);
  const eases = translations.map((entry) => ({ entry, ease: spanishReadingEase(`${entry.shortAnswer}\n\n${entry.details}`) }));
  const hardSpanish = eases.filter(({ ease }) => ease < PLAIN_SPANISH_READING_EASE).map(({ entry, ease }) => `${entry.file}: reads at ${ease.toFixed(1)} on the INFLESZ scale, below ${PLAIN_SPANISH_READING_EASE}: shorter sentences and shorter words`);
  if (hardSpanish.length) throw new KnowledgeError(hardSpanish);
  const outOfScope = { en: loadOutOfScope(values.dir ?? knowledgeDir, 'en'), es: loadOutOfScope(values.dir ?? knowledgeDir, 'es') };
  const pending = translations.filter((entry) => entry.translation?.status === 'pending-review').length;
  const grades = graded.map(({ grade }) => grade).sort((a, b) => a - b);
  const questions = entries.reduce((sum, entry) => sum + entry.questions.length, 0);
  const sources = new Set(entries.map((entry) => entry.source.document));
  process.stdout.write(`knowledge ok: ${entries.length} entries, ${questions} sample questions, ${sources.size} source documents, reading grade ${grades[Math.floor(grades.length / 2)]?.toFixed(1)} median and ${grades.at(-1)?.toFixed(1)} at most (limit ${PLAIN_LANGUAGE_GRADE}); ${translations.length} Spanish versions with the same figures, ${pending} awaiting DRS review, reading ease ${Math.min(...eases.map(({ ease }) => ease)).toFixed(1)} at least (limit ${PLAIN_SPANISH_READING_EASE}); ${outOfScope.en.length} out-of-scope questions in English and ${outOfScope.es.length} in Spanish\n`);
} catch (error) {
  process.stderr.write(`${error instanceof KnowledgeError ? error.message : String(error)}\n`);
  process.exit(1);
}
