import { loadOutOfScope } from '../../src/kb/outOfScope.js';
import { KnowledgeSearch, defaultTuning, spanishTuning } from '../../src/kb/search.js';
import { knowledgeDir } from '../../src/paths.js';
import type { SearchResult } from '../../src/kb/search.js';
import type { KnowledgeEntry } from '../../src/kb/schema.js';
import { spanishText } from '../../src/kb/spanishText.js';
import { englishText } from '../../src/kb/textAnalysis.js';
import type { Candidate, Language } from './candidate.js';
import type { QuestionRow } from './questionSets.js';
import type { Decision, RankedEntry } from './scoring.js';

export const analysisFor = (language: Language) => (language === 'es' ? spanishText : englishText);

/** Each entry with the questions of `paraphrases` that it answers added to its sample questions. */
export function withParaphrases(entries: readonly KnowledgeEntry[], paraphrases: readonly QuestionRow[]): KnowledgeEntry[] {
  return entries.map((entry) => ({ ...entry, questions: [...entry.questions, ...paraphrases.filter((row) => row.entry === entry.id).map((row) => row.q)] }));
}

/** The ranking inside a search result: the answer or the two offered first, then the rest. */
export function rankingOf(result: SearchResult): RankedEntry[] {
  const scored =
    result.kind === 'answer' ? [result.best, ...result.runnersUp] : result.kind === 'ambiguous' ? [...result.candidates, ...result.runnersUp] : result.nearMisses;
  return scored.map((entry) => ({ id: entry.entry.id, score: entry.confidence }));
}

export function decisionOf(result: SearchResult): Decision {
  if (result.kind === 'answer') return { kind: 'answer', id: result.best.entry.id };
  if (result.kind === 'ambiguous') return { kind: 'ambiguous', ids: [result.candidates[0].entry.id, result.candidates[1].entry.id] };
  return { kind: 'none' };
}

/** The search as the assistant runs it (the language's tuning and out-of-scope questions): its own ranking and decision (answer, "did you mean", fallback). */
export const knowledgeSearch = (paraphrasesAsQuestions: boolean): Candidate => ({
  name: paraphrasesAsQuestions ? 'KnowledgeSearch, paraphrases as sample questions' : 'KnowledgeSearch',
  build(language, entries, paraphrases) {
    const search = new KnowledgeSearch(
      paraphrasesAsQuestions ? withParaphrases(entries, paraphrases) : entries,
      language === 'es' ? spanishTuning : defaultTuning,
      analysisFor(language),
      loadOutOfScope(knowledgeDir, language),
    );
    return {
      rank(question) {
        const result = search.search(question);
        return { ranking: rankingOf(result), decision: decisionOf(result) };
      },
    };
  },
});

/** The search's ranking and confidences only (its top 16, none held back by its threshold), to be decided by a threshold or blended. */
export const knowledgeSearchScores: Candidate = {
  name: 'KnowledgeSearch scores',
  build(language, entries) {
    const search = new KnowledgeSearch(entries, { ...defaultTuning, answerThreshold: 0 }, analysisFor(language), loadOutOfScope(knowledgeDir, language));
    return { rank: (question) => ({ ranking: rankingOf(search.search(question)) }) };
  },
};
