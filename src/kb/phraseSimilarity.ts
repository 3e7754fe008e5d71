/** Neighbouring tokens in either order ("refund offset" and "offset refund") say more than each alone. */
const PAIR_WEIGHT = 0.5;

/** Letter pieces let "garnishee" meet "garnish" and a misspelling meet its word; together they weigh this much per token. */
const PIECE_WEIGHT = 0.3;
const PIECE_LENGTH = 4;

/** An entry's score: this much from its closest phrase, the rest from all its phrases together. */
const CLOSEST_SHARE = 0.5;

/** A phrase's features with their weights: its search tokens, pairs of neighbouring tokens, and 4-letter pieces of tokens. */
function eachFeature(tokens: readonly string[], pieces: TokenPieces, remember: boolean, add: (key: string, weight: number) => void): void {
  tokens.forEach((token, index) => {
    add(`w:${token}`, 1);
    const next = tokens[index + 1];
    if (next !== undefined) add(next < token ? `p:${next} ${token}` : `p:${token} ${next}`, PAIR_WEIGHT);
    const own = pieces.of(token, remember);
    for (const piece of own) add(piece, PIECE_WEIGHT / own.length);
  });
}

/** The letter pieces of a token ("<garn", "garn", ...), kept for the tokens the index was built from. */
class TokenPieces {
  private readonly known = new Map<string, readonly string[]>();

  /** `remember`: keep them (while building; a question's new words are not kept, so memory stays bounded). */
  of(token: string, remember: boolean): readonly string[] {
    const found = this.known.get(token);
    if (found) return found;
    const padded = `<${token}>`;
    const count = Math.max(1, padded.length - PIECE_LENGTH + 1);
    const pieces = Array.from({ length: count }, (_, start) => `c:${padded.slice(start, start + PIECE_LENGTH)}`);
    if (remember) this.known.set(token, pieces);
    return pieces;
  }
}

/** A sparse vector over numbered features, ids ascending. */
interface Sparse {
  ids: Int32Array;
  values: Float64Array;
}

/** Sums the weights of each feature id (a phrase may name one feature twice). */
function sparseOf(ids: number[], weights: number[]): Sparse {
  const order = ids.map((_, index) => index).sort((a, b) => (ids[a] ?? 0) - (ids[b] ?? 0));
  const outIds: number[] = [];
  const outValues: number[] = [];
  for (const index of order) {
    const id = ids[index] ?? 0;
    const weight = weights[index] ?? 0;
    const last = outIds.length - 1;
    if (last >= 0 && outIds[last] === id) outValues[last] = (outValues[last] ?? 0) + weight;
    else {
      outIds.push(id);
      outValues.push(weight);
    }
  }
  return { ids: Int32Array.from(outIds), values: Float64Array.from(outValues) };
}

/** Scales a vector to length 1, counting `extraSquares` (features with no id) in its length. */
function normalize(vector: Sparse, extraSquares = 0): Sparse {
  let squares = extraSquares;
  for (const value of vector.values) squares += value * value;
  const norm = Math.sqrt(squares) || 1;
  return { ids: vector.ids, values: vector.values.map((value) => value / norm) };
}

export interface Phrase {
  entryId: string;
  /** The phrase's search tokens, in order. */
  tokens: readonly string[];
  /** Keywords weigh less than titles and sample questions. */
  weight: number;
}

/**
 * Which phrases (or entries) have each feature, and how strongly: one list per feature, all kept
 * end to end in typed arrays (thousands of phrases in little memory), `ends` giving where each
 * feature's list ends.
 */
class Postings {
  private readonly ends: Int32Array;
  private readonly indices: Int32Array;
  private readonly values: Float32Array;

  constructor(vectors: readonly Sparse[], featureCount: number) {
    this.ends = new Int32Array(featureCount);
    for (const { ids } of vectors) for (const id of ids) this.ends[id] = (this.ends[id] ?? 0) + 1;
    for (let id = 1; id < featureCount; id++) this.ends[id] = (this.ends[id] ?? 0) + (this.ends[id - 1] ?? 0);
    const total = featureCount > 0 ? (this.ends[featureCount - 1] ?? 0) : 0;
    this.indices = new Int32Array(total);
    this.values = new Float32Array(total);
    const next = Int32Array.from({ length: featureCount }, (_, id) => (id === 0 ? 0 : (this.ends[id - 1] ?? 0)));
    vectors.forEach(({ ids, values }, index) => {
      ids.forEach((id, position) => {
        const at = next[id] ?? 0;
        this.indices[at] = index;
        this.values[at] = values[position] ?? 0;
        next[id] = at + 1;
      });
    });
  }

  /** Cosine similarity of the query to every vector indexed, visiting only the features the query has. */
  similarities(query: Sparse, count: number): Float64Array {
    const sums = new Float64Array(count);
    query.ids.forEach((id, position) => {
      const value = query.values[position] ?? 0;
      const end = this.ends[id] ?? 0;
      for (let i = id === 0 ? 0 : (this.ends[id - 1] ?? 0); i < end; i++) {
        const index = this.indices[i] ?? 0;
        sums[index] = (sums[index] ?? 0) + value * (this.values[i] ?? 0);
      }
    });
    return sums;
  }
}

/**
 * How close a question is to each entry's titles, sample questions and keywords, as cosine
 * similarity over rarity-weighted words, word pairs and letter pieces (TF-IDF): to the closest
 * phrase, and to the entry's title and sample questions together.
 */
export class PhraseSimilarity {
  /** Every feature the phrases have, numbered. */
  private readonly featureIds = new Map<string, number>();
  private readonly rarity: Float64Array;
  /** The weight of a feature no phrase has. */
  private readonly unseenRarity: number;
  private readonly phrases: { entryId: string; weight: number }[];
  private readonly phrasePostings: Postings;
  private readonly entryIds: string[];
  private readonly entryPostings: Postings;
  private readonly pieces = new TokenPieces();

  constructor(phrases: readonly Phrase[]) {
    const counted = phrases.map((phrase) => this.countedFeatures(phrase.tokens));
    const featureCount = this.featureIds.size;
    this.unseenRarity = Math.log(1 + 2 * phrases.length);
    const phraseCount = new Int32Array(featureCount);
    for (const { ids } of counted) for (const id of ids) phraseCount[id] = (phraseCount[id] ?? 0) + 1;
    this.rarity = Float64Array.from(phraseCount, (count) => Math.log(1 + phrases.length / count));
    const vectors = counted.map((vector) => this.weighted(vector));
    this.phrases = phrases.map(({ entryId, weight }) => ({ entryId, weight }));
    this.phrasePostings = new Postings(vectors, featureCount);
    // An entry's phrases together: its title and sample questions (a list of keywords is not a question).
    const sums = new Map<string, Map<number, number>>();
    phrases.forEach(({ entryId, weight }, index) => {
      const sum = sums.get(entryId) ?? new Map<number, number>();
      sums.set(entryId, sum);
      if (weight < 1) return;
      const { ids, values } = vectors[index] ?? { ids: [], values: [] };
      ids.forEach((id, position) => sum.set(id, (sum.get(id) ?? 0) + (values[position] ?? 0)));
    });
    this.entryIds = [...sums.keys()];
    this.entryPostings = new Postings(
      [...sums.values()].map((sum) => normalize(sparseOf([...sum.keys()], [...sum.values()]))),
      featureCount,
    );
  }

  /** 0–1 per entry id: how close the question (its search tokens, in order) is to that entry's phrases. */
  scores(question: readonly string[]): Map<string, number> {
    const query = this.queryVector(question);
    const phraseSimilarity = this.phrasePostings.similarities(query, this.phrases.length);
    const closest = new Map<string, number>();
    this.phrases.forEach(({ entryId, weight }, index) => {
      const similarity = weight * (phraseSimilarity[index] ?? 0);
      if (similarity > (closest.get(entryId) ?? 0)) closest.set(entryId, similarity);
    });
    const entrySimilarity = this.entryPostings.similarities(query, this.entryIds.length);
    return new Map(
      this.entryIds.map((entryId, index) => [
        entryId,
        CLOSEST_SHARE * (closest.get(entryId) ?? 0) + (1 - CLOSEST_SHARE) * (entrySimilarity[index] ?? 0),
      ]),
    );
  }

  /** A phrase's feature counts, numbering features not seen before. */
  private countedFeatures(tokens: readonly string[]): Sparse {
    const ids: number[] = [];
    const weights: number[] = [];
    eachFeature(tokens, this.pieces, true, (key, weight) => {
      let id = this.featureIds.get(key);
      if (id === undefined) this.featureIds.set(key, (id = this.featureIds.size));
      ids.push(id);
      weights.push(weight);
    });
    return sparseOf(ids, weights);
  }

  private weighted({ ids, values }: Sparse, extraSquares = 0): Sparse {
    return normalize({ ids, values: values.map((value, position) => value * (this.rarity[ids[position] ?? 0] ?? 0)) }, extraSquares);
  }

  /** A question's vector: features no phrase has weigh `unseenRarity`, counting only in its length. */
  private queryVector(tokens: readonly string[]): Sparse {
    const ids: number[] = [];
    const weights: number[] = [];
    const unseen = new Map<string, number>();
    eachFeature(tokens, this.pieces, false, (key, weight) => {
      const id = this.featureIds.get(key);
      if (id === undefined) unseen.set(key, (unseen.get(key) ?? 0) + weight);
      else {
        ids.push(id);
        weights.push(weight);
      }
    });
    let unseenSquares = 0;
    for (const weight of unseen.values()) unseenSquares += (weight * this.unseenRarity) ** 2;
    return this.weighted(sparseOf(ids, weights), unseenSquares);
  }
}
