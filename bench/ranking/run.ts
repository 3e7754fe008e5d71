import { parseArgs } from 'node:util';
import { loadProjectKnowledge, loadProjectTranslations } from '../../src/kb/knowledgeBase.js';
import type { KnowledgeEntry } from '../../src/kb/schema.js';
import { knowledgeDir } from '../../src/paths.js';
import type { Candidate, Language } from './candidate.js';
import { candidates } from './candidates.js';
import { folds, readQuestionSet } from './questionSets.js';
import type { QuestionRow } from './questionSets.js';
import { formatScores, score, thresholdFor } from './scoring.js';
import type { RankedQuestion } from './scoring.js';
import { analysisFor } from './knowledgeSearchCandidate.js';

/**
 * `npx tsx bench/ranking/run.ts [--language en|es] [--only name,...] [--folds 5] [--held-out]`:
 * scores rankers on the question sets of test/eval, without a server. Each candidate is measured
 * trained on the entries alone (tested on the whole tuning set) and, cross-validated, on the
 * entries plus k−1 folds of the tuning questions (tested on the remaining fold). A ranker that
 * does not decide for itself answers at the lowest threshold giving as many honest fallbacks
 * on the tuning set as the current search gives there. `--held-out` then measures the held-out set
 * once, with the thresholds the tuning set chose (never tune on it).
 */
const { values } = parseArgs({
  options: {
    language: { type: 'string', default: 'en' },
    only: { type: 'string' },
    folds: { type: 'string', default: '5' },
    'held-out': { type: 'boolean', default: false },
    'fallback-share': { type: 'string' },
  },
});
const language: Language = values.language === 'es' ? 'es' : 'en';
const k = Number(values.folds);
const englishEntries = loadProjectKnowledge(knowledgeDir);
const entries = language === 'es' ? loadProjectTranslations(knowledgeDir, englishEntries) : englishEntries;
const tuning = readQuestionSet(language === 'es' ? 'es-tuning' : 'tuning');
const heldOut = values['held-out'] ? readQuestionSet(language === 'es' ? 'es-held-out' : 'held-out') : [];
const chosen = values.only ? candidates.filter((candidate) => values.only?.split(',').some((name) => candidate.name.includes(name))) : candidates;

const elsewhere = (question: string) => analysisFor(language).aboutAnotherTaxOffice(question);

async function rankAll(candidate: Candidate, trainedOn: readonly KnowledgeEntry[], paraphrases: readonly QuestionRow[], rows: readonly QuestionRow[]) {
  const ranker = await candidate.build(language, trainedOn, paraphrases);
  await ranker.prepare?.(rows.map((row) => row.q));
  return rows.map((row): RankedQuestion => ({ row, ...ranker.rank(row.q), elsewhere: elsewhere(row.q) }));
}

async function crossValidated(candidate: Candidate): Promise<RankedQuestion[]> {
  const parts = folds(tuning, k);
  const ranked: RankedQuestion[] = [];
  for (const [index, testFold] of parts.entries()) {
    const training = parts.filter((_, other) => other !== index).flat();
    ranked.push(...(await rankAll(candidate, entries, training, testFold)));
  }
  return ranked;
}

const header = ['candidate', 'trained on', 'threshold', 'top-1', 'right', 'wrong', 'did you mean (right one offered)', 'honest fallback'];
const lines: string[][] = [];
/** The honest-fallback shares to answer at: given, or the current search's own on the tuning set. */
let fallbackShares = values['fallback-share']?.split(',').map(Number);
for (const candidate of chosen) {
  try {
    await candidate.build(language, entries.slice(0, 2), []);
  } catch (error) {
    process.stderr.write(`${candidate.name} skipped: ${String(error)}\n`);
    continue;
  }
  for (const withParaphrases of [false, true]) {
    const started = performance.now();
    const tuned = withParaphrases ? await crossValidated(candidate) : await rankAll(candidate, entries, [], tuning);
    const ownDecision = tuned.every((question) => question.decision);
    if (ownDecision && fallbackShares === undefined) {
      const baseline = score(tuned, 0);
      fallbackShares = [baseline.fallback / baseline.outOfScope];
    }
    const thresholds = ownDecision ? [0] : (fallbackShares ?? [0.95]).map((share) => thresholdFor(tuned, share));
    const trainedOn = withParaphrases ? `entries + tuning, ${k}-fold CV` : 'entries';
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const shown = (threshold: number) => (ownDecision ? 'own' : threshold.toFixed(3));
    for (const threshold of thresholds) lines.push([candidate.name, `${trainedOn} (${seconds} s)`, shown(threshold), ...formatScores(score(tuned, threshold))]);
    if (heldOut.length > 0) {
      const measured = await rankAll(candidate, entries, withParaphrases ? tuning : [], heldOut);
      const heldOutTrainedOn = withParaphrases ? 'entries + all tuning' : 'entries';
      for (const threshold of thresholds) lines.push([candidate.name, `${heldOutTrainedOn}: HELD-OUT`, shown(threshold), ...formatScores(score(measured, threshold))]);
    }
    process.stderr.write(`${candidate.name} (${trainedOn}) done in ${seconds} s\n`);
  }
}

const table = [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
process.stdout.write(`${language === 'es' ? 'Spanish' : 'English'}: ${tuning.length} tuning questions${heldOut.length ? `, ${heldOut.length} held-out` : ''}\n\n${table}\n`);
