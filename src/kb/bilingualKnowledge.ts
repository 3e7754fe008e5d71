import { loadProjectKnowledge, loadProjectTranslations } from './knowledgeBase.js';
import { isSpanish } from './languageOf.js';
import { KnowledgeSearch } from './search.js';
import type { KnowledgeEntry } from './schema.js';
import { spanishText } from './spanishText.js';

/**
 * The knowledge base in English and Spanish: English by default (`search`, `entry`), and the
 * Spanish versions for a question written in Spanish. The Spanish index is built with the first
 * Spanish question (about 0.2 s), not at start-up.
 */
export class BilingualKnowledge {
  readonly spanish: { readonly answerer: KnowledgeSearch; isSpanish(text: string): boolean };

  constructor(
    private readonly english: KnowledgeSearch,
    spanish: KnowledgeSearch | readonly KnowledgeEntry[],
  ) {
    let index = spanish instanceof KnowledgeSearch ? spanish : undefined;
    const build = () => (index ??= new KnowledgeSearch(spanish as readonly KnowledgeEntry[], undefined, spanishText));
    this.spanish = {
      get answerer() {
        return build();
      },
      isSpanish,
    };
  }

  /** The project's knowledge folder, both languages, checked as `npm run kb:check` checks it. */
  static load(dir: string): BilingualKnowledge {
    const entries = loadProjectKnowledge(dir);
    return new BilingualKnowledge(new KnowledgeSearch(entries), loadProjectTranslations(dir, entries));
  }

  search(question: string): ReturnType<KnowledgeSearch['search']> {
    return this.english.search(question);
  }

  entry(id: string): ReturnType<KnowledgeSearch['entry']> {
    return this.english.entry(id);
  }
}
