import Fuse from 'fuse.js';
import { questionAskedLast } from './askedLast.js';
import { comparedSides } from './comparison.js';
import { askedDetail, entryText, missingDetail } from './askedDetail.js';
import { PhraseSimilarity } from './phraseSimilarity.js';
import type { Phrase } from './phraseSimilarity.js';
import { Vocabulary } from './spelling.js';
import type { KnownWord } from './spelling.js';
import { englishText } from './textAnalysis.js';
import type { TextAnalysis } from './textAnalysis.js';
import type { KnowledgeEntry } from './schema.js';
import { withoutDates } from './withoutDates.js';
import { withoutRemovedNumbers } from './withoutRemovedNumbers.js';

export interface SearchTuning {
  /** Below this confidence the honest fallback is given. */
  answerThreshold: number;
  /** A question of at least `tokens` search tokens (a story, most of it context no entry explains) is answered from this confidence. */
  longQuestion: { tokens: number; answerThreshold: number };
  /** A runner-up within this distance of the winner is close: offered beside the answer. */
  ambiguityMargin: number;
  /** Within this distance, a tie between middling matches (neither narrower, no detail asked) is asked about ("did you mean"). */
  tieMargin: number;
  /** Candidates considered after the first ranking. */
  candidates: number;
  /** At or above this word match (every word of the question found) a near tie is answered, the runner-up offered beside it. */
  clearMatch: number;
}


/** How often spelling counts a stop word as used: function words are the commonest words a question has. */
const STOP_WORD_USES = 50;
/**
 * Chosen on the tuning questions of test/eval, with every entry's 50 or more sample questions and
 * the out-of-scope questions in the search: the lowest threshold that still gives the honest
 * fallback to 95% of the tuning set's out-of-scope questions. A long question (a story around the
 * question) is answered from a lower confidence: no out-of-scope question of that length reached it.
 */
export const defaultTuning: SearchTuning = { answerThreshold: 0.5, longQuestion: { tokens: 11, answerThreshold: 0.4 }, ambiguityMargin: 0.02, tieMargin: 0.005, candidates: 16, clearMatch: 0.8 };

/** Spanish questions, chosen the same way on the Spanish tuning set. */
export const spanishTuning: SearchTuning = { ...defaultTuning, answerThreshold: 0.45 };

export interface ScoredEntry {
  entry: KnowledgeEntry;
  /** 0–1: how well this entry accounts for the question. */
  confidence: number;
  /** 0–1: similarity of the entry's closest title, sample question or keyword to the question. */
  closest: number;
}

export type SearchResult =
  /** `closeRunnerUp`: a second entry that fits nearly as well, worth offering beside the answer. */
  /** `compared`: the other of two things the question compares ("a lien and a levy"), offered beside the answer on the first. */
  | { kind: 'answer'; best: ScoredEntry; runnersUp: ScoredEntry[]; closeRunnerUp?: ScoredEntry; compared?: ScoredEntry }
  | { kind: 'ambiguous'; candidates: [ScoredEntry, ScoredEntry]; runnersUp: ScoredEntry[] }
  /** `elsewhere`: the question is for another tax office, creditor or public office (src/kb/scope.ts). */
  | { kind: 'none'; nearMisses: ScoredEntry[]; elsewhere?: true };

/**
 * An entry as fuse.js sees it (to break ties): its title and its keywords, as search tokens
 * padded with spaces so that matches are whole words. The many sample questions are left to the
 * word and phrase match, which index them.
 */
interface SearchDoc {
  entry: KnowledgeEntry;
  title: string;
  keywords: string;
}

const padded = (tokens: readonly string[]) => ` ${tokens.join(' ')} `;

/** A text's search words as a set, written as one key: "priority one" and "What is Priority One?" share it. */
const wordSetKey = (tokens: readonly string[]) => [...new Set(tokens)].sort().join(' ');

/** A text's search tokens, remembered while the index is built (titles and questions are read several times). */
function memoizedTokenize(analysis: TextAnalysis): { tokensOf: (text: string) => string[]; canonicalOf: (text: string) => string } {
  const canonical = new Map<string, string>();
  const tokens = new Map<string, string[]>();
  const canonicalOf = (text: string) => {
    let found = canonical.get(text);
    if (found === undefined) canonical.set(text, (found = analysis.canonicalText(text)));
    return found;
  };
  const tokensOf = (text: string) => {
    let found = tokens.get(text);
    if (!found) tokens.set(text, (found = analysis.canonicalTokens(canonicalOf(text))));
    return found;
  };
  return { tokensOf, canonicalOf };
}

/** A word or token of the sample questions is known (not corrected) once this many questions use it: a typo written into one stays a typo. */
const QUESTIONS_MAKING_A_WORD_KNOWN = 2;

/**
 * The words and search tokens spelling correction takes as known, each as often as the knowledge
 * uses it (the more used wins a tie): every one of the entries' own texts, and those the sample
 * questions share.
 */
class SpellingSources {
  private readonly wordUses = new WordUses();
  private readonly tokenUses = new WordUses();

  constructor(
    private readonly analysis: TextAnalysis,
    private readonly tokensOf: (text: string) => string[],
    private readonly canonicalOf: (text: string) => string,
  ) {}

  add(entry: KnowledgeEntry): void {
    for (const own of [entry.title, ...entry.keywords, entry.shortAnswer, entry.details]) {
      this.wordUses.addOwn(this.wordsOf(own));
      this.tokenUses.addOwn(this.tokensOf(own));
    }
    for (const question of entry.questions) {
      this.wordUses.addAsked(this.wordsOf(question));
      this.tokenUses.addAsked(this.tokensOf(question));
    }
  }

  words(): KnownWord[] {
    return this.wordUses.known();
  }

  tokens(): KnownWord[] {
    return this.tokenUses.known();
  }

  private wordsOf(text: string): string[] {
    return [...this.analysis.plainWords(text).split(/[^\p{L}\p{N}]+/u), ...this.canonicalOf(text).split(' ')].filter(Boolean);
  }
}

/** How often each word is used, and by how many sample questions. */
class WordUses {
  private readonly uses = new Map<string, number>();
  private readonly own = new Set<string>();
  private readonly questionsUsing = new Map<string, number>();

  addOwn(words: readonly string[]): void {
    for (const word of words) {
      this.own.add(word);
      this.uses.set(word, (this.uses.get(word) ?? 0) + 1);
    }
  }

  addAsked(words: readonly string[]): void {
    for (const word of words) this.uses.set(word, (this.uses.get(word) ?? 0) + 1);
    for (const word of new Set(words)) this.questionsUsing.set(word, (this.questionsUsing.get(word) ?? 0) + 1);
  }

  /** Each known word with its number of uses, marked when only sample questions use it. */
  known(): KnownWord[] {
    const isKnown = (word: string) => this.own.has(word) || (this.questionsUsing.get(word) ?? 0) >= QUESTIONS_MAKING_A_WORD_KNOWN;
    return [...this.uses].filter(([word]) => isKnown(word)).map(([word, uses]) => [word, uses, !this.own.has(word)]);
  }
}

/** The id under which the out-of-scope questions are ranked with the entries (no entry id has spaces). */
const OUT_OF_SCOPE_ID = '(out of scope)';

/** The out-of-scope questions as an entry of their own, to be ranked beside the real ones and never answered. */
function outOfScopeEntry(shape: KnowledgeEntry, questions: readonly string[]): KnowledgeEntry {
  return { ...shape, id: OUT_OF_SCOPE_ID, title: '', questions: [...questions], keywords: [], shortAnswer: '', details: '', related: [] };
}

/** A question matching an entry on one word only must be mostly that word. */
const SINGLE_WORD_COVERAGE = 0.8;

/** An entry matching by chance (one word among others it does not explain) keeps this share of its fit. */
const BY_CHANCE_FACTOR = 0.5;

/** A word the knowledge base never uses counts this much of the rarest word's weight. */
const UNKNOWN_WORD_WEIGHT = 0.6;

/** A keyword is a weaker sign than a whole sample question saying the same. */
const KEYWORD_WEIGHT = 0.85;

/** How much an entry's being about the question's words adds to its fit (mostly a tie-breaker between close entries). */
const ABOUT_WEIGHT = 0.4;

/** A question an entry lists word for word (punctuation and case aside) is that entry's above all. */
const LISTED_QUESTION_BONUS = 0.5;

/** A question with the very search words of one of an entry's title or sample questions ("priority one" and "What is Priority One?") leans to that entry. */
const SAME_WORDS_BONUS = 0.1;
/** Only for a question of this many search words or fewer: in a longer one the words left out ("other than") matter. */
const SAME_WORDS_MOST = 2;

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
 * Named either way, both names count as asked: an entry is not "unasked" the pandemic when Priority One is named.
 */
const PROGRAM_NAME = 'Priority One';
const PROGRAM_NAMED_BY = 'Priority One COVID-19';

/** An entry about a program the question does not name loses this factor of its fit. */
const UNASKED_PROGRAM_FACTOR = 0.85;

/** When the question names the program, an entry that is not about it loses this factor ("does signing up for Priority One cancel my bank warrant"). */
const OFF_PROGRAM_FACTOR = 0.9;

const FIELDS = [
  { name: 'title', weight: 2 },
  { name: 'keywords', weight: 1 },
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
  /** Every title, sample question and keyword as a unit (its entry, weight and rarity-weighted length), and the units using each token. */
  private readonly units: { entryId: string; weight: number; norm: number }[] = [];
  private readonly unitsWithToken = new Map<string, number[]>();
  private readonly byId: Map<string, KnowledgeEntry>;
  private readonly phrases: PhraseSimilarity;
  /** Per entry, the tokens most of its title and sample questions use: what the entry is about. */
  private readonly definingTokens = new Map<string, string[]>();
  /** Per entry, the share of its title and sample questions that use each token: how much the entry is about it. */
  private readonly tokenShare = new Map<string, Map<string, number>>();
  private readonly programTokens: string[];
  private readonly programNamedBy: string[];

  /** Each sample question, as canonical text, and the entries listing it word for word. */
  private readonly listedQuestions = new Map<string, Set<string>>();
  /** Each title's and sample question's search words (as a set), and the entries using exactly those. */
  private readonly sameTokens = new Map<string, Set<string>>();
  /** The entries, and the out-of-scope questions as one more (never answered: its win is the fallback). */
  private readonly rankable: readonly KnowledgeEntry[];

  constructor(
    readonly entries: readonly KnowledgeEntry[],
    private readonly tuning: SearchTuning = defaultTuning,
    private readonly analysis: TextAnalysis = englishText,
    outOfScope: readonly string[] = [],
  ) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    const [first] = entries;
    this.rankable = first && outOfScope.length > 0 ? [...entries, outOfScopeEntry(first, outOfScope)] : entries;
    const { tokensOf, canonicalOf } = memoizedTokenize(analysis);
    this.programTokens = tokensOf(PROGRAM_NAME);
    this.programNamedBy = tokensOf(PROGRAM_NAMED_BY);
    const docs: SearchDoc[] = this.rankable.map((entry) => ({
      entry,
      title: padded(tokensOf(entry.title)),
      keywords: entry.keywords.map((unit) => padded(tokensOf(unit))).join(' '),
    }));
    this.fuse = new Fuse(docs, {
      keys: FIELDS.map((field) => ({ ...field })),
      useExtendedSearch: true,
      includeScore: true,
      ignoreLocation: true,
    });
    const allPhrases: Phrase[] = [];
    const spelling = new SpellingSources(analysis, tokensOf, canonicalOf);
    /** Each entry's title, sample questions and keywords, tokenised one by one (keywords weigh less): indexed below as `units`. */
    const entryUnits = new Map<string, { tokens: Set<string>; weight: number }[]>();
    for (const entry of this.rankable) {
      const texts = [entry.title, ...entry.questions, ...entry.keywords, entry.shortAnswer, entry.details];
      this.entryTokens.set(entry.id, new Set(texts.flatMap(tokensOf)));
      spelling.add(entry);
      for (const question of [entry.title, ...entry.questions]) {
        const listed = canonicalOf(question);
        this.listedQuestions.set(listed, (this.listedQuestions.get(listed) ?? new Set<string>()).add(entry.id));
        const key = wordSetKey(tokensOf(question));
        this.sameTokens.set(key, (this.sameTokens.get(key) ?? new Set<string>()).add(entry.id));
      }
      const entryPhrases = [
        ...[entry.title, ...entry.questions].map((unit) => ({ entryId: entry.id, tokens: tokensOf(unit), weight: 1 })),
        ...entry.keywords.map((unit) => ({ entryId: entry.id, tokens: tokensOf(unit), weight: KEYWORD_WEIGHT })),
      ];
      allPhrases.push(...entryPhrases);
      const units = entryPhrases.map((phrase) => ({ tokens: new Set(phrase.tokens), weight: phrase.weight }));
      entryUnits.set(entry.id, units.filter((unit) => unit.tokens.size > 0));
      const phrases = units.filter((unit) => unit.weight === 1);
      const uses = new Map<string, number>();
      for (const unit of phrases) for (const token of unit.tokens) uses.set(token, (uses.get(token) ?? 0) + 1);
      const defining = [...uses].filter(([, count]) => count >= DEFINING_SHARE * phrases.length).map(([token]) => token);
      const titleTokens = tokensOf(entry.title);
      const programs = this.programTokens.filter((token) => titleTokens.includes(token) && !defining.includes(token));
      this.definingTokens.set(entry.id, [...defining, ...programs]);
      this.tokenShare.set(entry.id, new Map([...uses].map(([token, count]) => [token, count / Math.max(1, phrases.length)])));
    }
    this.phrases = new PhraseSimilarity(allPhrases);
    const documentFrequency = new Map<string, number>();
    for (const tokens of this.entryTokens.values()) {
      for (const token of tokens) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    }
    for (const [token, df] of documentFrequency) this.idf.set(token, Math.log(1 + this.rankable.length / df));
    this.maxIdf = Math.log(1 + this.rankable.length);
    for (const [entryId, units] of entryUnits) {
      for (const unit of units) {
        const index = this.units.push({ entryId, weight: unit.weight, norm: Math.sqrt([...unit.tokens].reduce((sum, token) => sum + (this.idf.get(token) ?? 0) ** 2, 0)) }) - 1;
        for (const token of unit.tokens) {
          const using = this.unitsWithToken.get(token);
          if (using) using.push(index);
          else this.unitsWithToken.set(token, [index]);
        }
      }
    }
    this.vocabulary = new Vocabulary(spelling.tokens());
    // Stop words are known words too, and common ones: a misspelt "dose" is read as "does", "nesesito" as "necesito".
    const stopWords: KnownWord[] = [...this.analysis.stopWords].map((word) => [word, STOP_WORD_USES]);
    this.wordVocabulary = new Vocabulary([...spelling.words(), ...stopWords], this.analysis.soundsLike);
  }

  entry(id: string): KnowledgeEntry | undefined {
    return this.byId.get(id);
  }

  search(question: string): SearchResult {
    const result = this.storyAware(question);
    const sides = comparedSides(question);
    if (!sides || this.analysis.aboutAnotherTaxOffice(question) || this.analysis.outsideCollections(question)) return result;
    // Two things compared: each side looked up on its own; the answer is on one, the other offered beside it.
    const [first, second] = sides.map((side) => this.searchOne(side));
    if (first?.kind !== 'answer' || second?.kind !== 'answer' || first.best.entry.id === second.best.entry.id) return result;
    // An entry that answers the comparison itself, clearly ("the two kinds of notice"), is the answer.
    const wholeAnswer = result.kind === 'answer' ? result.best : undefined;
    if (wholeAnswer && wholeAnswer.confidence >= this.tuning.clearMatch && ![first.best.entry.id, second.best.entry.id].includes(wholeAnswer.entry.id)) return result;
    const [best, compared] = result.kind === 'answer' && result.best.entry.id === second.best.entry.id ? [second.best, first.best] : [first.best, second.best];
    const runnersUp = (result.kind === 'none' ? result.nearMisses : result.runnersUp).filter((scored) => scored.entry.id !== best.entry.id && scored.entry.id !== compared.entry.id);
    return { kind: 'answer', best, runnersUp: [compared, ...runnersUp], compared };
  }

  /**
   * A story no entry fits as a whole is looked up again by the question it ends with ("…How do I
   * fight this?"): answered when that question's answer is one the whole story came near, so the
   * story backs it. Never for a story for another office or outside collection.
   */
  private storyAware(question: string): SearchResult {
    const whole = this.searchOne(question);
    if (whole.kind !== 'none' || whole.elsewhere) return whole;
    const last = questionAskedLast(question);
    if (last === undefined || this.analysis.outsideCollections(question)) return whole;
    const asked = this.searchOne(last);
    const backed = asked.kind === 'answer' && whole.nearMisses.some((near) => near.entry.id === asked.best.entry.id);
    return backed ? asked : whole;
  }

  private searchOne(question: string): SearchResult {
    const questionTokens = this.analysis.canonicalTokens(this.analysis.canonicalText(this.correctSpelling(withoutDates(withoutRemovedNumbers(question)))));
    const tokens = this.correct(questionTokens);
    if (tokens.length === 0) return { kind: 'none', nearMisses: [] };
    const wordMatch = this.confidence(tokens);
    const phraseMatch = this.phrases.scores(questionTokens);
    const asked = tokens.some((token) => this.programNamedBy.includes(token)) ? [...tokens, ...this.programNamedBy] : tokens;
    const about = this.aboutness(tokens);
    const programAsked = tokens.some((token) => this.programNamedBy.includes(token));
    const listing = this.listedQuestions.get(this.analysis.canonicalText(question)) ?? new Set<string>();
    const same = (new Set(tokens).size <= SAME_WORDS_MOST && this.sameTokens.get(wordSetKey(tokens))) || new Set<string>();
    const ranked = this.rankable
      .map((entry) => {
        const words = wordMatch(entry);
        const unasked = (this.definingTokens.get(entry.id) ?? []).filter((token) => !asked.includes(token));
        const programFactor = programAsked && !(this.definingTokens.get(entry.id) ?? []).some((token) => this.programTokens.includes(token)) ? OFF_PROGRAM_FACTOR : 1;
        const factor = programFactor * unasked.reduce((product, token) => product * (this.programTokens.includes(token) ? UNASKED_PROGRAM_FACTOR : UNASKED_FACTOR), 1);
        const phrases = PHRASE_SCALE * (phraseMatch.get(entry.id) ?? 0) * (words.byChance ? BY_CHANCE_FACTOR : 1);
        const listed = listing.has(entry.id) ? LISTED_QUESTION_BONUS : same.has(entry.id) ? SAME_WORDS_BONUS : 0;
        const fit = (WORD_SHARE * words.confidence + (1 - WORD_SHARE) * phrases + ABOUT_WEIGHT * about(entry.id) + listed) * factor;
        return { entry, closest: words.closest, wordFit: words.confidence, fit };
      })
      .filter((scored) => scored.fit > 0)
      .sort((a, b) => b.fit - a.fit);
    this.breakTies(ranked, tokens);
    ranked.splice(this.tuning.candidates);
    const outOfScope = ranked[0]?.entry.id === OUT_OF_SCOPE_ID;
    const inScope = ranked.filter((scored) => scored.entry.id !== OUT_OF_SCOPE_ID);
    const scored = inScope.map(({ entry, closest, fit }): ScoredEntry => ({ entry, closest, confidence: Math.min(1, fit) }));
    const [best, second, ...rest] = scored;
    const lead = (inScope[0]?.fit ?? 0) - (inScope[1]?.fit ?? 0);
    if (this.analysis.aboutAnotherTaxOffice(question)) return { kind: 'none', nearMisses: scored.slice(0, 3), elsewhere: true };
    if (!best || outOfScope || best.confidence < this.thresholdFor(tokens) || this.analysis.outsideCollections(question)) return { kind: 'none', nearMisses: scored.slice(0, 3) };
    // A tie between middling matches is worth asking about; otherwise the better is answered and
    // the caller offers the close runner-up beside it.
    if (second && lead < this.tuning.ambiguityMargin && (inScope[0]?.wordFit ?? 0) < this.tuning.clearMatch) {
      // Of two close entries, the narrower answer is the one meant, and so is one using every word of the question.
      const secondHasEveryWord = (inScope[1]?.wordFit ?? 0) >= this.tuning.clearMatch;
      if (secondHasEveryWord || this.narrowerOf(second.entry.id, best.entry.id, asked)) return { kind: 'answer', best: second, runnersUp: [best, ...rest], closeRunnerUp: best };
      if (!this.narrowerOf(best.entry.id, second.entry.id, asked)) {
        // A detail asked for (an address, a number) is answered by the one that holds it.
        // When neither holds it, the better one is answered with a word on what is missing.
        const holder = askedDetail(question) ? ([best, second].find((candidate) => !missingDetail(question, entryText(candidate.entry))) ?? best) : undefined;
        const other = holder === best ? second : best;
        if (holder) return { kind: 'answer', best: holder, runnersUp: [other, ...rest], closeRunnerUp: other };
        if (lead < this.tuning.tieMargin) return { kind: 'ambiguous', candidates: [best, second], runnersUp: rest };
      }
    }
    const close = second && lead < this.tuning.ambiguityMargin ? { closeRunnerUp: second } : {};
    return { kind: 'answer', best, runnersUp: second ? [second, ...rest] : rest, ...close };
  }

  /**
   * Whether the first entry is the narrower answer of a near tie: it is defined by the program the
   * question names and the other is not, or by every word that defines the other and more.
   */
  private narrowerOf(firstId: string, otherId: string, asked: readonly string[]): boolean {
    const first = this.definingTokens.get(firstId) ?? [];
    const other = this.definingTokens.get(otherId) ?? [];
    const namesProgram = (tokens: readonly string[]) => tokens.some((token) => this.programTokens.includes(token) && asked.includes(token));
    if (namesProgram(first) && !namesProgram(other)) return true;
    return other.length > 0 && first.length > other.length && other.every((token) => first.includes(token));
  }

  /** The confidence a question needs to be answered: less for a long one, whose story no entry explains word for word. */
  private thresholdFor(tokens: readonly string[]): number {
    const { answerThreshold, longQuestion } = this.tuning;
    return tokens.length >= longQuestion.tokens ? Math.min(answerThreshold, longQuestion.answerThreshold) : answerThreshold;
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

  /**
   * Entries of equal fit ordered by fuse.js's rank (its extended search for any of the words, as
   * whole words: '" word "' | ...). Only a tie asks fuse.js, which would otherwise cost a quarter
   * of each search.
   */
  private breakTies(ranked: { entry: KnowledgeEntry; fit: number }[], tokens: readonly string[]): void {
    const top = ranked.slice(0, this.tuning.candidates + 1);
    if (!top.some((scored, index) => index > 0 && scored.fit === top[index - 1]?.fit)) return;
    const anyWord = [...new Set(tokens)].map((token) => `'" ${token} "`).join(' | ');
    const fuseRank = new Map(this.fuse.search(anyWord).map((hit, rank) => [hit.item.entry.id, rank]));
    const rank = (id: string) => fuseRank.get(id) ?? Number.MAX_SAFE_INTEGER;
    ranked.sort((a, b) => b.fit - a.fit || rank(a.entry.id) - rank(b.entry.id));
  }

  /** How much each entry is about the question's words: their rarity-weighted share of its sample questions. */
  private aboutness(tokens: readonly string[]): (entryId: string) => number {
    const query = [...new Set(tokens)];
    const weight = (token: string) => this.idf.get(token) ?? 0;
    const total = query.reduce((sum, token) => sum + weight(token), 0) || 1;
    return (entryId) => {
      const shares = this.tokenShare.get(entryId);
      return query.reduce((sum, token) => sum + weight(token) * (shares?.get(token) ?? 0), 0) / total;
    };
  }

  /** Per entry, the cosine (rarity-weighted words) of the question to its closest unit, visiting only the units sharing a word with it. */
  private closestUnits(query: ReadonlySet<string>, queryNorm: number): Map<string, number> {
    const dots = new Map<number, number>();
    for (const token of query) {
      const w = this.idf.get(token) ?? 0;
      for (const index of this.unitsWithToken.get(token) ?? []) dots.set(index, (dots.get(index) ?? 0) + w * w);
    }
    const closest = new Map<string, number>();
    for (const [index, dot] of dots) {
      const unit = this.units[index];
      if (!unit || dot <= 0) continue;
      const similarity = (unit.weight * dot) / (queryNorm * unit.norm);
      if (similarity > (closest.get(unit.entryId) ?? 0)) closest.set(unit.entryId, similarity);
    }
    return closest;
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
    const closestOf = this.closestUnits(query, queryNorm);
    return (entry) => {
      const present = this.entryTokens.get(entry.id) ?? new Set<string>();
      const matched = [...query].filter((token) => present.has(token));
      const coverage = matched.reduce((sum, token) => sum + weight(token), 0) / total;
      const closest = closestOf.get(entry.id) ?? 0;
      const score = 0.6 * coverage + 0.4 * closest;
      // One matching word among others the entry does not explain is more likely chance than meaning.
      const byChance = matched.length < 2 && coverage < SINGLE_WORD_COVERAGE;
      return { confidence: byChance ? score * BY_CHANCE_FACTOR : score, closest, byChance };
    };
  }
}
