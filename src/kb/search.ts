import Fuse from 'fuse.js';
import { PhraseSimilarity } from './phraseSimilarity.js';
import type { Phrase } from './phraseSimilarity.js';
import { Vocabulary } from './spelling.js';
import { englishText } from './textAnalysis.js';
import type { TextAnalysis } from './textAnalysis.js';
import type { KnowledgeEntry } from './schema.js';
import { withoutRemovedNumbers } from './withoutRemovedNumbers.js';

export interface SearchTuning {
  /** Below this confidence the honest fallback is given. */
  answerThreshold: number;
  /** A runner-up within this distance of the winner makes the answer ambiguous. */
  ambiguityMargin: number;
  /** Candidates considered after the first ranking. */
  candidates: number;
  /** At or above this word match (every word of the question found) a near tie is answered, the runner-up offered beside it. */
  clearMatch: number;
}

/**
 * Chosen on the tuning questions of test/eval: with questions for other offices and creditors
 * set apart by scope (src/kb/scope.ts), a lower threshold answers more without answering those.
 */
export const defaultTuning: SearchTuning = { answerThreshold: 0.45, ambiguityMargin: 0.02, candidates: 16, clearMatch: 0.8 };

/** Spanish questions match their entries less closely (fewer sample questions): below 0.5, off-topic ones start to get answers. */
export const spanishTuning: SearchTuning = { ...defaultTuning, answerThreshold: 0.5 };

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
  /** `elsewhere`: the question is for another tax office, creditor or public office (src/kb/scope.ts). */
  | { kind: 'none'; nearMisses: ScoredEntry[]; elsewhere?: true };

/**
 * An entry as fuse.js sees it: its title, and its sample questions and keywords in one field,
 * as search tokens padded with spaces so that matches are whole words.
 */
interface SearchDoc {
  entry: KnowledgeEntry;
  title: string;
  questions: string;
}

const padded = (tokens: readonly string[]) => ` ${tokens.join(' ')} `;

/** A text's search tokens, remembered while the index is built (titles and questions are read several times). */
function memoizedTokenize(analysis: TextAnalysis): (text: string) => string[] {
  const seen = new Map<string, string[]>();
  return (text) => {
    let tokens = seen.get(text);
    if (!tokens) seen.set(text, (tokens = analysis.canonicalTokens(analysis.canonicalText(text))));
    return tokens;
  };
}

/** A question matching an entry on one word only must be mostly that word. */
const SINGLE_WORD_COVERAGE = 0.8;

/** An entry matching by chance (one word among others it does not explain) keeps this share of its fit. */
const BY_CHANCE_FACTOR = 0.5;

/** A word the knowledge base never uses counts this much of the rarest word's weight. */
const UNKNOWN_WORD_WEIGHT = 0.6;

/** A keyword is a weaker sign than a whole sample question saying the same. */
const KEYWORD_WEIGHT = 0.85;

/** Confidence is this share word match (coverage and closest phrase), the rest phrase similarity. */
const WORD_SHARE = 0.5;

/** Phrase similarity runs lower than word match for the same fit (cosine over many features): scaled to meet it. */
const PHRASE_SCALE = 2;

/** A token used by at least this share of an entry's title and sample questions defines the entry. */
const DEFINING_SHARE = 0.6;

/** An entry loses this factor of its fit for each defining token the question lacks ("OIC" is not "Priority One OIC"). */
const UNASKED_FACTOR = 0.9;

/**
 * Tokens naming a program that sits over the general topics (Priority One, for collection made hard
 * by COVID-19): an entry titled with one is about that program, which a question names by it or by the pandemic.
 */
const PROGRAM_NAME = 'Priority One';
const PROGRAM_NAMED_BY = 'Priority One COVID-19';

/** An entry about a program the question does not name loses this factor of its fit. */
const UNASKED_PROGRAM_FACTOR = 0.85;

const FIELDS = [
  { name: 'title', weight: 2 },
  { name: 'questions', weight: 1 },
] as const;

/**
 * Knowledge search, built once at start-up. A question is normalised (synonyms, stop words,
 * stems) and its misspelt words corrected against the words the knowledge base uses. Each entry's
 * fit is half word match (the share of the question's rarity-weighted words the entry uses, and
 * its closest title, sample question or keyword) and half phrase similarity (TF-IDF over words,
 * word pairs and letter pieces); an entry about a program or topic the question does not name
 * loses some. fuse.js breaks ties. The fit decides between an answer, "did you mean" and "not
 * sure"; a question plainly for another tax office is always "not sure".
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
  private readonly phrases: PhraseSimilarity;
  /** Per entry, the tokens most of its title and sample questions use: what the entry is about. */
  private readonly definingTokens = new Map<string, string[]>();
  private readonly programTokens: string[];
  private readonly programNamedBy: string[];

  constructor(
    readonly entries: readonly KnowledgeEntry[],
    private readonly tuning: SearchTuning = defaultTuning,
    private readonly analysis: TextAnalysis = englishText,
  ) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    const tokensOf = memoizedTokenize(analysis);
    this.programTokens = tokensOf(PROGRAM_NAME);
    this.programNamedBy = tokensOf(PROGRAM_NAMED_BY);
    const docs: SearchDoc[] = entries.map((entry) => ({
      entry,
      title: padded(tokensOf(entry.title)),
      questions: [...entry.questions, ...entry.keywords].map((unit) => padded(tokensOf(unit))).join(' '),
    }));
    this.fuse = new Fuse(docs, {
      keys: FIELDS.map((field) => ({ ...field })),
      useExtendedSearch: true,
      includeScore: true,
      ignoreLocation: true,
    });
    const allPhrases: Phrase[] = [];
    const words: string[] = [];
    for (const entry of entries) {
      const text = [entry.title, ...entry.questions, ...entry.keywords, entry.shortAnswer, entry.details].join(' \n ');
      const canonical = this.analysis.canonicalText(text);
      this.entryTokens.set(entry.id, new Set(this.analysis.canonicalTokens(canonical)));
      words.push(...this.analysis.plainWords(text).split(/[^\p{L}\p{N}]+/u), ...canonical.split(' '));
      const entryPhrases = [
        ...[entry.title, ...entry.questions].map((unit) => ({ entryId: entry.id, tokens: tokensOf(unit), weight: 1 })),
        ...entry.keywords.map((unit) => ({ entryId: entry.id, tokens: tokensOf(unit), weight: KEYWORD_WEIGHT })),
      ];
      allPhrases.push(...entryPhrases);
      const units = entryPhrases.map((phrase) => ({ tokens: new Set(phrase.tokens), weight: phrase.weight }));
      this.entryUnits.set(entry.id, units.filter((unit) => unit.tokens.size > 0));
      const phrases = units.filter((unit) => unit.weight === 1);
      const uses = new Map<string, number>();
      for (const unit of phrases) for (const token of unit.tokens) uses.set(token, (uses.get(token) ?? 0) + 1);
      const defining = [...uses].filter(([, count]) => count >= DEFINING_SHARE * phrases.length).map(([token]) => token);
      const titleTokens = tokensOf(entry.title);
      const programs = this.programTokens.filter((token) => titleTokens.includes(token) && !defining.includes(token));
      this.definingTokens.set(entry.id, [...defining, ...programs]);
    }
    this.phrases = new PhraseSimilarity(allPhrases);
    const documentFrequency = new Map<string, number>();
    for (const tokens of this.entryTokens.values()) {
      for (const token of tokens) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    }
    for (const [token, df] of documentFrequency) this.idf.set(token, Math.log(1 + entries.length / df));
    this.maxIdf = Math.log(1 + entries.length);
    this.vocabulary = new Vocabulary([...documentFrequency.keys()]);
    // Stop words are known words too: a misspelt "dose" is read as "does", not as an unknown word.
    this.wordVocabulary = new Vocabulary([...words.filter(Boolean), ...this.analysis.stopWords]);
  }

  entry(id: string): KnowledgeEntry | undefined {
    return this.byId.get(id);
  }

  search(question: string): SearchResult {
    const questionTokens = this.analysis.canonicalTokens(this.analysis.canonicalText(this.correctSpelling(withoutRemovedNumbers(question))));
    const tokens = this.correct(questionTokens);
    if (tokens.length === 0) return { kind: 'none', nearMisses: [] };
    const wordMatch = this.confidence(tokens);
    const phraseMatch = this.phrases.scores(questionTokens);
    // fuse.js extended search ranks the entries sharing any of the words, as whole words
    // ('" word "' | ...); every entry is then scored, fuse.js's rank breaking ties.
    const anyWord = [...new Set(tokens)].map((token) => `'" ${token} "`).join(' | ');
    const fuseRank = new Map(this.fuse.search(anyWord).map((hit, rank) => [hit.item.entry.id, rank]));
    const asked = tokens.some((token) => this.programNamedBy.includes(token)) ? [...tokens, ...this.programTokens] : tokens;
    const ranked = this.entries
      .map((entry) => {
        const words = wordMatch(entry);
        const unasked = (this.definingTokens.get(entry.id) ?? []).filter((token) => !asked.includes(token));
        const factor = unasked.reduce((product, token) => product * (this.programTokens.includes(token) ? UNASKED_PROGRAM_FACTOR : UNASKED_FACTOR), 1);
        const phrases = PHRASE_SCALE * (phraseMatch.get(entry.id) ?? 0) * (words.byChance ? BY_CHANCE_FACTOR : 1);
        const fit = (WORD_SHARE * words.confidence + (1 - WORD_SHARE) * phrases) * factor;
        return { entry, closest: words.closest, wordFit: words.confidence, fit, rank: fuseRank.get(entry.id) ?? Number.MAX_SAFE_INTEGER };
      })
      .filter((scored) => scored.fit > 0)
      .sort((a, b) => b.fit - a.fit || a.rank - b.rank)
      .slice(0, this.tuning.candidates);
    const scored = ranked.map(({ entry, closest, fit }): ScoredEntry => ({ entry, closest, confidence: Math.min(1, fit) }));
    const [best, second, ...rest] = scored;
    const lead = (ranked[0]?.fit ?? 0) - (ranked[1]?.fit ?? 0);
    if (this.analysis.aboutAnotherTaxOffice(question)) return { kind: 'none', nearMisses: scored.slice(0, 3), elsewhere: true };
    if (!best || best.confidence < this.tuning.answerThreshold) return { kind: 'none', nearMisses: scored.slice(0, 3) };
    // A near tie between middling matches is worth asking about; between strong ones, answer the
    // better and let the caller offer the runner-up.
    if (second && lead < this.tuning.ambiguityMargin && (ranked[0]?.wordFit ?? 0) < this.tuning.clearMatch) {
      return { kind: 'ambiguous', candidates: [best, second], runnersUp: rest };
    }
    const close = second && lead < this.tuning.ambiguityMargin ? { closeRunnerUp: second } : {};
    return { kind: 'answer', best, runnersUp: second ? [second, ...rest] : rest, ...close };
  }

  /**
   * Misspelt words of the question, after known phrases are recognised and before they are
   * recognised again ("prority one" → "priority one" → one canonical word).
   */
  private correctSpelling(question: string): string {
    return this.analysis
      .canonicalText(question)
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
  private confidence(tokens: string[]): (entry: KnowledgeEntry) => { confidence: number; closest: number; byChance: boolean } {
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
      const byChance = matched.length < 2 && coverage < SINGLE_WORD_COVERAGE;
      return { confidence: byChance ? score * BY_CHANCE_FACTOR : score, closest, byChance };
    };
  }
}
