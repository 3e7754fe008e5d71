import { checkKnowledge, readCheckedKnowledge } from './knowledgeSnapshot.js';
import { SpanishVocabulary, isSpanish } from './languageOf.js';
import { KnowledgeSearch, defaultTuning, spanishTuning } from './search.js';
import type { KnowledgeEntry } from './schema.js';
import type { ScoredEntry, SearchResult } from './search.js';
import { spanishText } from './spanishText.js';
import { englishText } from './textAnalysis.js';

/**
 * The knowledge base in English and Spanish: English by default (`search`, `entry`), and the
 * Spanish versions for a question written in Spanish. The Spanish index is built with the first
 * Spanish question (about 0.35 s), not at start-up.
 */
export class BilingualKnowledge {
  readonly spanish: { readonly answerer: SpanishAnswerer; readonly isSpanish: (text: string) => boolean };

  constructor(
    private readonly english: KnowledgeSearch,
    spanish: KnowledgeSearch | readonly KnowledgeEntry[],
    spanishOutOfScope: readonly string[] = [],
  ) {
    let index = spanish instanceof KnowledgeSearch ? spanish : undefined;
    const build = () => (index ??= new KnowledgeSearch(spanish as readonly KnowledgeEntry[], spanishTuning, spanishText, spanishOutOfScope));
    const spanishEntries = spanish instanceof KnowledgeSearch ? spanish.entries : spanish;
    // Built with the first message read (about 35 ms), not at start-up.
    let vocabulary: SpanishVocabulary | undefined;
    const writtenInSpanish = (text: string) => isSpanish(text, (vocabulary ??= new SpanishVocabulary(english.entries.flatMap(entryTexts), spanishEntries.flatMap(entryTexts))));
    const answerer: SpanishAnswerer = {
      search: (question) => searchSpanishThenEnglish(build(), english, question, writtenInSpanish),
      entry: (id) => build().entry(id),
    };
    this.spanish = { answerer, isSpanish: writtenInSpanish };
  }

  /**
   * The project's knowledge folder, both languages, checked as `npm run kb:check` checks it; from
   * the build's `snapshotFile` while the folder is as the build found it.
   */
  static load(dir: string, snapshotFile?: string): BilingualKnowledge {
    const { english, spanish, outOfScope } = snapshotFile ? readCheckedKnowledge(dir, snapshotFile) : checkKnowledge(dir);
    return new BilingualKnowledge(new KnowledgeSearch(english, defaultTuning, englishText, outOfScope.english), spanish, outOfScope.spanish);
  }

  search(question: string): ReturnType<KnowledgeSearch['search']> {
    return this.english.search(question);
  }

  entry(id: string): ReturnType<KnowledgeSearch['entry']> {
    return this.english.entry(id);
  }
}

/** The Spanish versions, found by a search in Spanish or, for a question not written in Spanish, in English. */
export type SpanishAnswerer = Pick<KnowledgeSearch, 'search' | 'entry'>;

/**
 * A Spanish conversation's question: the Spanish index first; when it finds no answer and the
 * question is not itself Spanish ("what is the R859 notice", "payment plan"), the English index,
 * its answer given in its Spanish version (same id).
 */
function searchSpanishThenEnglish(spanish: KnowledgeSearch, english: KnowledgeSearch, question: string, writtenInSpanish: (text: string) => boolean): SearchResult {
  const result = spanish.search(question);
  if (result.kind === 'answer' || writtenInSpanish(question)) return result;
  const found = english.search(question);
  if (found.kind !== 'answer') return result;
  const inSpanish = (scored: ScoredEntry): ScoredEntry => ({ ...scored, entry: spanish.entry(scored.entry.id) ?? scored.entry });
  const { closeRunnerUp, compared } = found;
  return {
    kind: 'answer',
    best: inSpanish(found.best),
    runnersUp: found.runnersUp.map(inSpanish),
    ...(closeRunnerUp ? { closeRunnerUp: inSpanish(closeRunnerUp) } : {}),
    ...(compared ? { compared: inSpanish(compared) } : {}),
  };
}

/** Everything an entry says, for its language's vocabulary. */
const entryTexts = (entry: KnowledgeEntry): string[] => [entry.title, ...entry.questions, ...entry.keywords, entry.shortAnswer, entry.details];
