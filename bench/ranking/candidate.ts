import type { KnowledgeEntry } from '../../src/kb/schema.js';
import type { QuestionRow } from './questionSets.js';
import type { Decision, RankedEntry } from './scoring.js';

export type Language = 'en' | 'es';

/** A trained (or built) ranker: entries best first for a question, and optionally its own decision. */
export interface Ranker {
  /** For a ranker that answers asynchronously: works out the answers to these questions ahead of `rank`. */
  prepare?(questions: readonly string[]): Promise<void>;
  rank(question: string): { ranking: RankedEntry[]; decision?: Decision };
}

/** A way of ranking entries, built from the entries and, for cross-validation, tuning questions (in scope with their entry, or out of scope). */
export interface Candidate {
  name: string;
  build(language: Language, entries: readonly KnowledgeEntry[], paraphrases: readonly QuestionRow[]): Ranker | Promise<Ranker>;
}
