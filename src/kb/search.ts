import Fuse from 'fuse.js';
import { canonicalText, plainWords, tokenize } from './normalize.js';
import type { KnowledgeEntry } from './schema.js';

export interface SearchTuning {
  /** Below this confidence the honest fallback is given. */
  answerThreshold: number;
  /** A runner-up within this distance of the winner makes the answer ambiguous. */
  ambiguityMargin: number;
  /** Candidates considered after the first ranking. */
  candidates: number;
  /** At or above this confidence a near tie is answered (the runner-up is offered beside it). */
  clearMatch: number;
}

export const defaultTuning: SearchTuning = { answerThreshold: 0.6, ambiguityMargin: 0.02, candidates: 8, clearMatch: 0.8 };

export interface ScoredEntry {
  entry: KnowledgeEntry;
  /** 0–1: how well this entry accounts for the question. */
  confidence: number;
  /** 0–1: similarity of the entry's closest title, sample question or keyword to the question. */
  closest: number;
}

export type SearchResult =
  /** `closeRunnerUp`: a second entry that fits nearly as well, worth offering beside the answer. */
  | { kind: 'answer'; best: ScoredEntry; runnersUp: ScoredEntry[]; closeRunnerUp?: ScoredEntry }
  | { kind: 'ambiguous'; candidates: [ScoredEntry, ScoredEntry]; runnersUp: ScoredEntry[] }
  | { kind: 'none'; nearMisses: ScoredEntry[] };

interface SearchDoc {
  entry: KnowledgeEntry;
  title: string;
  questions: string[];
  keywords: string[];
  answer: string;
}

/** A question matching an entry on one word only must be mostly that word. */
const SINGLE_WORD_COVERAGE = 0.8;

/** How close (fuse.js score) a misspelling must be to a known word to be read as it. */
const TYPO_SCORE = 0.25;

/** A word the knowledge base never uses counts this much of the rarest word's weight. */
const UNKNOWN_WORD_WEIGHT = 0.6;

/** A keyword is a weaker sign than a whole sample question saying the same. */
const KEYWORD_WEIGHT = 0.85;

const FIELDS = [
  { name: 'questions', weight: 3 },
  { name: 'title', weight: 2 },
  { name: 'keywords', weight: 2 },
  { name: 'answer', weight: 0.5 },
] as const;

/**
 * Knowledge search, built once: fuse.js token search (typo-tolerant, IDF-weighted) ranks the
 * entries; the confidence of a candidate is the share of the question's (rarity-weighted) words
 * it contains, after correcting misspelt words against the knowledge base's own vocabulary.
 */
export class KnowledgeSearch {
  private readonly fuse: Fuse<SearchDoc>;
  private readonly vocabulary: Fuse<string>;
  private readonly known: Set<string>;
  private readonly knownWords: Set<string>;
  private readonly wordVocabulary: Fuse<string>;
  private readonly idf = new Map<string, number>();
  private readonly maxIdf: number;
  private readonly entryTokens = new Map<string, Set<string>>();
  /** Each entry's title, sample questions and keywords, tokenised one by one (keywords weigh less). */
  private readonly entryUnits = new Map<string, { tokens: Set<string>; weight: number }[]>();
  private readonly byId: Map<string, KnowledgeEntry>;

  constructor(
    readonly entries: readonly KnowledgeEntry[],
    private readonly tuning: SearchTuning = defaultTuning,
  ) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    const docs = entries.map((entry) => ({
      entry,
      title: entry.title,
      questions: entry.questions,
      keywords: entry.keywords,
      answer: entry.shortAnswer,
    }));
    this.fuse = new Fuse(docs, {
      keys: FIELDS.map((field) => ({ ...field })),
      useTokenSearch: true,
      tokenize,
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.2,
    });
    for (const doc of docs) {
      const text = [doc.title, ...doc.questions, ...doc.keywords, doc.answer, doc.entry.details].join(' \n ');
      this.entryTokens.set(doc.entry.id, new Set(tokenize(text)));
      const units = [
        ...[doc.title, ...doc.questions].map((text) => ({ tokens: new Set(tokenize(text)), weight: 1 })),
        ...doc.keywords.map((text) => ({ tokens: new Set(tokenize(text)), weight: KEYWORD_WEIGHT })),
      ];
      this.entryUnits.set(doc.entry.id, units.filter((unit) => unit.tokens.size > 0));
    }
    const documentFrequency = new Map<string, number>();
    for (const tokens of this.entryTokens.values()) {
      for (const token of tokens) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    }
    for (const [token, df] of documentFrequency) this.idf.set(token, Math.log(1 + entries.length / df));
    this.maxIdf = Math.log(1 + entries.length);
    this.known = new Set(documentFrequency.keys());
    this.vocabulary = new Fuse([...this.known], { threshold: 0.3, includeScore: true, ignoreLocation: true });
    const words = docs.flatMap((doc) => {
      const text = [doc.title, ...doc.questions, ...doc.keywords, doc.answer, doc.entry.details].join(' ');
      return [...plainWords(text).split(/[^\p{L}\p{N}]+/u), ...canonicalText(text).split(' ')];
    });
    this.knownWords = new Set(words.filter(Boolean));
    this.wordVocabulary = new Fuse([...this.knownWords], { threshold: 0.3, includeScore: true, ignoreLocation: true });
  }

  entry(id: string): KnowledgeEntry | undefined {
    return this.byId.get(id);
  }

  search(question: string): SearchResult {
    const tokens = this.correct(tokenize(this.correctSpelling(question)));
    if (tokens.length === 0) return { kind: 'none', nearMisses: [] };
    const confidence = this.confidence(tokens);
    const ranked = this.fuse
      .search(tokens.join(' '), { limit: this.tuning.candidates })
      .map((hit) => ({ entry: hit.item.entry, ...confidence(hit.item.entry), fuseScore: hit.score ?? 1 }))
      // Equal confidence: fuse.js's own ranking decides.
      .sort((a, b) => b.confidence - a.confidence || a.fuseScore - b.fuseScore)
      .map(({ fuseScore: _fuseScore, ...scored }) => scored);
    const [best, second, ...rest] = ranked;
    if (!best || best.confidence < this.tuning.answerThreshold) return { kind: 'none', nearMisses: ranked.slice(0, 3) };
    // A near tie between middling matches is worth asking about; between strong ones, answer the
    // better and let the caller offer the runner-up.
    if (second && best.confidence - second.confidence < this.tuning.ambiguityMargin && best.confidence < this.tuning.clearMatch) {
      return { kind: 'ambiguous', candidates: [best, second], runnersUp: rest };
    }
    const close = second && best.confidence - second.confidence < this.tuning.ambiguityMargin ? { closeRunnerUp: second } : {};
    return { kind: 'answer', best, runnersUp: second ? [second, ...rest] : rest, ...close };
  }

  /**
   * Misspelt words of the question, after known phrases are recognised and before they are
   * recognised again ("prority one" → "priority one" → one canonical word).
   */
  private correctSpelling(question: string): string {
    return canonicalText(question)
      .split(' ')
      .map((word) => closestWord(word, this.knownWords, this.wordVocabulary))
      .join(' ');
  }

  /** Misspelt search tokens become the closest token the knowledge base uses. */
  private correct(tokens: string[]): string[] {
    return tokens.map((token) => closestWord(token, this.known, this.vocabulary));
  }

  /**
   * How well an entry accounts for the question: the share of the question's words (weighted by
   * rarity) found anywhere in the entry, and how closely its nearest title, sample question or
   * keyword matches the question as a whole (cosine over rarity-weighted words).
   */
  private confidence(tokens: string[]): (entry: KnowledgeEntry) => { confidence: number; closest: number } {
    const query = new Set(tokens);
    const weight = (token: string) => this.idf.get(token) ?? UNKNOWN_WORD_WEIGHT * this.maxIdf;
    const queryNorm = Math.sqrt([...query].reduce((sum, token) => sum + weight(token) ** 2, 0));
    const total = [...query].reduce((sum, token) => sum + weight(token), 0);
    return (entry) => {
      const present = this.entryTokens.get(entry.id) ?? new Set<string>();
      const matched = [...query].filter((token) => present.has(token));
      const coverage = matched.reduce((sum, token) => sum + weight(token), 0) / total;
      let closest = 0;
      for (const unit of this.entryUnits.get(entry.id) ?? []) {
        let dot = 0;
        let unitNorm = 0;
        for (const token of unit.tokens) {
          const w = weight(token);
          unitNorm += w * w;
          if (query.has(token)) dot += w * w;
        }
        if (dot > 0) closest = Math.max(closest, (unit.weight * dot) / (queryNorm * Math.sqrt(unitNorm)));
      }
      const score = 0.6 * coverage + 0.4 * closest;
      // One matching word among others the entry does not explain is more likely chance than meaning.
      return { confidence: matched.length < 2 && coverage < SINGLE_WORD_COVERAGE ? score / 2 : score, closest };
    };
  }
}

/**
 * The known word a misspelling stands for: close (fuse.js score), same first letter, nearly the
 * same length. Real words the knowledge base does not use stay as they are.
 */
function closestWord(word: string, known: Set<string>, vocabulary: Fuse<string>): string {
  if (known.has(word) || word.length < 5 || /\d/.test(word)) return word;
  const [closest] = vocabulary
    .search(word, { limit: 5 })
    .filter((hit) => (hit.score ?? 1) <= TYPO_SCORE && hit.item[0] === word[0] && Math.abs(hit.item.length - word.length) <= 2);
  return closest ? closest.item : word;
}
