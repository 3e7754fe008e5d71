import { loadProjectKnowledge, loadProjectTranslations } from './knowledgeBase.js';
import { isSpanish } from './languageOf.js';
import { KnowledgeSearch } from './search.js';
import { spanishText } from './spanishText.js';

/**
 * The knowledge base in English and Spanish: English by default (`search`, `entry`), and the
 * Spanish versions for a question written in Spanish.
 */
export class BilingualKnowledge {
  readonly spanish: { answerer: KnowledgeSearch; isSpanish(text: string): boolean };

  constructor(
    private readonly english: KnowledgeSearch,
    spanish: KnowledgeSearch,
  ) {
    this.spanish = { answerer: spanish, isSpanish };
  }

  /** The project's knowledge folder, both languages, checked as `npm run kb:check` checks it. */
  static load(dir: string): BilingualKnowledge {
    const entries = loadProjectKnowledge(dir);
    return new BilingualKnowledge(new KnowledgeSearch(entries), new KnowledgeSearch(loadProjectTranslations(dir, entries), undefined, spanishText));
  }

  search(question: string): ReturnType<KnowledgeSearch['search']> {
    return this.english.search(question);
  }

  entry(id: string): ReturnType<KnowledgeSearch['entry']> {
    return this.english.entry(id);
  }
}
