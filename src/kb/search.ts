import Fuse from 'fuse.js';
import { canonicalText, plainWords, tokenize } from './normalize.js';
import type { KnowledgeEntry } from './schema.js';
import { withoutRemovedNumbers } from './withoutRemovedNumbers.js';

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

export const defaultTuning: SearchTuning = { answerThreshold: 0.6, ambiguityMargin: 0.02, candidates: 16, clearMatch: 0.8 };

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

/**
 * An entry as fuse.js sees it: its title, and its sample questions and keywords in one field,
 * as search tokens padded with spaces so that matches are whole words.
 */
interface SearchDoc {
  entry: KnowledgeEntry;
  title: string;
  questions: string;
}

const asTokens = (text: string) => ` ${tokenize(text).join(' ')} `;

/** A question matching an entry on one word only must be mostly that word. */
const SINGLE_WORD_COVERAGE = 0.8;

/** How close (fuse.js score) a misspelling must be to a known word to be read as it. */
const TYPO_SCORE = 0.25;

/** A word the knowledge base never uses counts this much of the rarest word's weight. */
const UNKNOWN_WORD_WEIGHT = 0.6;

/** A keyword is a weaker sign than a whole sample question saying the same. */
const KEYWORD_WEIGHT = 0.85;

const FIELDS = [
  { name: 'title', weight: 2 },
  { name: 'questions', weight: 1 },
] as const;

/**
 * Knowledge search, built once at start-up. A question is normalised (synonyms, stop words,
 * stems), its misspelt words are corrected with fuse.js against the words the knowledge base
 * uses, fuse.js finds the candidate entries whose titles, sample questions or keywords share its
 * words, and each candidate's confidence decides between an answer, "did you mean" and "not sure".
 */
export class KnowledgeSearch {
  private readonly fuse: Fuse<SearchDoc>;
  /** Search tokens the entries use, and the plain words they use, for spelling correction. */
  private readonly vocabulary: Vocabulary;
  private readonly wordVocabulary: Vocabulary;
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
    const docs: SearchDoc[] = entries.map((entry) => ({
      entry,
      title: asTokens(entry.title),
      questions: [...entry.questions, ...entry.keywords].map(asTokens).join(' '),
    }));
    this.fuse = new Fuse(docs, {
      keys: FIELDS.map((field) => ({ ...field })),
      useExtendedSearch: true,
      includeScore: true,
      ignoreLocation: true,
    });
    for (const entry of entries) {
      const text = [entry.title, ...entry.questions, ...entry.keywords, entry.shortAnswer, entry.details].join(' \n ');
      this.entryTokens.set(entry.id, new Set(tokenize(text)));
      const units = [
        ...[entry.title, ...entry.questions].map((unit) => ({ tokens: new Set(tokenize(unit)), weight: 1 })),
        ...entry.keywords.map((unit) => ({ tokens: new Set(tokenize(unit)), weight: KEYWORD_WEIGHT })),
      ];
      this.entryUnits.set(entry.id, units.filter((unit) => unit.tokens.size > 0));
    }
    const documentFrequency = new Map<string, number>();
    for (const tokens of this.entryTokens.values()) {
      for (const token of tokens) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    }
    for (const [token, df] of documentFrequency) this.idf.set(token, Math.log(1 + entries.length / df));
    this.maxIdf = Math.log(1 + entries.length);
    this.vocabulary = new Vocabulary(new Set(documentFrequency.keys()));
    const words = entries.flatMap((entry) => {
      const text = [entry.title, ...entry.questions, ...entry.keywords, entry.shortAnswer, entry.details].join(' ');
      return [...plainWords(text).split(/[^\p{L}\p{N}]+/u), ...canonicalText(text).split(' ')];
    });
    this.wordVocabulary = new Vocabulary(new Set(words.filter(Boolean)));
  }

  entry(id: string): KnowledgeEntry | undefined {
    return this.byId.get(id);
  }

  search(question: string): SearchResult {
    const tokens = this.correct(tokenize(this.correctSpelling(withoutRemovedNumbers(question))));
    if (tokens.length === 0) return { kind: 'none', nearMisses: [] };
    const confidence = this.confidence(tokens);
    // fuse.js extended search ranks the entries sharing any of the words, as whole words
    // ('" word "' | ...); every entry is then scored, fuse.js's rank breaking ties.
    const anyWord = [...new Set(tokens)].map((token) => `'" ${token} "`).join(' | ');
    const fuseRank = new Map(this.fuse.search(anyWord).map((hit, rank) => [hit.item.entry.id, rank]));
    const ranked = this.entries
      .map((entry) => ({ entry, ...confidence(entry), rank: fuseRank.get(entry.id) ?? Number.MAX_SAFE_INTEGER }))
      .filter((scored) => scored.confidence > 0)
      .sort((a, b) => b.confidence - a.confidence || a.rank - b.rank)
      .slice(0, this.tuning.candidates)
      .map(({ rank: _rank, ...scored }) => scored);
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
      .map((word) => this.wordVocabulary.closest(word))
      .join(' ');
  }

  /** Misspelt search tokens become the closest token the knowledge base uses. */
  private correct(tokens: string[]): string[] {
    return tokens.map((token) => this.vocabulary.closest(token));
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
 * Words the knowledge base uses, for spelling correction with fuse.js: one small index per first
 * letter, since a misspelling is read only as a word with the same first letter.
 */
class Vocabulary {
  private readonly byLetter = new Map<string, Fuse<string>>();

  constructor(private readonly words: Set<string>) {
    const groups = new Map<string, string[]>();
    for (const word of words) groups.set(word[0] ?? '', [...(groups.get(word[0] ?? '') ?? []), word]);
    for (const [letter, group] of groups) this.byLetter.set(letter, new Fuse(group, { threshold: 0.3, includeScore: true, ignoreLocation: true }));
  }

  /** The known word a misspelling stands for (close, nearly the same length); other words as they are. */
  closest(word: string): string {
    if (this.words.has(word) || word.length < 5 || /\d/.test(word)) return word;
    const [closest] = (this.byLetter.get(word[0] ?? '')?.search(word, { limit: 5 }) ?? []).filter(
      (hit) => (hit.score ?? 1) <= TYPO_SCORE && Math.abs(hit.item.length - word.length) <= 2,
    );
    return closest ? closest.item : word;
  }
}
