/** A phrase as weighted features: its search tokens, pairs of neighbouring tokens, and 4-letter pieces of tokens. */
type Features = Map<string, number>;

/** Neighbouring tokens in either order ("refund offset" and "offset refund") say more than each alone. */
const PAIR_WEIGHT = 0.5;

/** Letter pieces let "garnishee" meet "garnish" and a misspelling meet its word; together they weigh this much per token. */
const PIECE_WEIGHT = 0.3;
const PIECE_LENGTH = 4;

/** An entry's score: this much from its closest phrase, the rest from all its phrases together. */
const CLOSEST_SHARE = 0.5;

function featuresOf(tokens: readonly string[]): Features {
  const features: Features = new Map();
  const add = (key: string, weight: number) => features.set(key, (features.get(key) ?? 0) + weight);
  tokens.forEach((token, index) => {
    add(`w:${token}`, 1);
    const next = tokens[index + 1];
    if (next !== undefined) add(`p:${[token, next].sort().join(' ')}`, PAIR_WEIGHT);
    const padded = `<${token}>`;
    const pieces = Math.max(1, padded.length - PIECE_LENGTH + 1);
    for (let start = 0; start < pieces; start++) add(`c:${padded.slice(start, start + PIECE_LENGTH)}`, PIECE_WEIGHT / pieces);
  });
  return features;
}

function normalized(vector: Features): Features {
  const norm = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0)) || 1;
  return new Map([...vector].map(([key, value]) => [key, value / norm]));
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
 * end to end in two typed arrays (thousands of phrases in little memory), `start` giving where each
 * feature's list begins.
 */
class Postings {
  private readonly start = new Map<string, number>();
  private readonly ends: Int32Array;
  private readonly indices: Int32Array;
  private readonly values: Float32Array;

  constructor(vectors: readonly Features[]) {
    const lists = new Map<string, { indices: number[]; values: number[] }>();
    vectors.forEach((vector, index) => {
      for (const [key, value] of vector) {
        const list = lists.get(key) ?? { indices: [], values: [] };
        list.indices.push(index);
        list.values.push(value);
        lists.set(key, list);
      }
    });
    const total = [...lists.values()].reduce((sum, list) => sum + list.indices.length, 0);
    this.ends = new Int32Array(lists.size);
    this.indices = new Int32Array(total);
    this.values = new Float32Array(total);
    let next = 0;
    [...lists].forEach(([key, list], feature) => {
      this.start.set(key, feature);
      this.indices.set(list.indices, next);
      this.values.set(list.values, next);
      next += list.indices.length;
      this.ends[feature] = next;
    });
  }

  /** Cosine similarity of the query to every vector indexed, visiting only the features the query has. */
  similarities(query: Features, count: number): Float64Array {
    const sums = new Float64Array(count);
    for (const [key, value] of query) {
      const feature = this.start.get(key);
      if (feature === undefined) continue;
      const end = this.ends[feature] ?? 0;
      for (let i = feature === 0 ? 0 : (this.ends[feature - 1] ?? 0); i < end; i++) {
        const index = this.indices[i] ?? 0;
        sums[index] = (sums[index] ?? 0) + value * (this.values[i] ?? 0);
      }
    }
    return sums;
  }
}

/**
 * How close a question is to each entry's titles, sample questions and keywords, as cosine
 * similarity over rarity-weighted words, word pairs and letter pieces (TF-IDF): to the closest
 * phrase, and to the entry's title and sample questions together.
 */
export class PhraseSimilarity {
  private readonly rarity = new Map<string, number>();
  /** The weight of a feature no phrase has. */
  private readonly unseenRarity: number;
  private readonly phrases: { entryId: string; weight: number }[];
  private readonly phrasePostings: Postings;
  private readonly entryIds: string[];
  private readonly entryPostings: Postings;

  constructor(phrases: readonly Phrase[]) {
    const featured = phrases.map((phrase) => ({ ...phrase, features: featuresOf(phrase.tokens) }));
    this.unseenRarity = Math.log(1 + 2 * featured.length);
    const phraseCount = new Map<string, number>();
    for (const { features } of featured) for (const key of features.keys()) phraseCount.set(key, (phraseCount.get(key) ?? 0) + 1);
    for (const [key, count] of phraseCount) this.rarity.set(key, Math.log(1 + featured.length / count));
    const vectors = featured.map(({ features }) => this.vectorOf(features));
    this.phrases = featured.map(({ entryId, weight }) => ({ entryId, weight }));
    this.phrasePostings = new Postings(vectors);
    // An entry's phrases together: its title and sample questions (a list of keywords is not a question).
    const sums = new Map<string, Features>();
    featured.forEach(({ entryId, weight }, index) => {
      const sum = sums.get(entryId) ?? new Map<string, number>();
      sums.set(entryId, sum);
      if (weight < 1) return;
      for (const [key, value] of vectors[index] ?? []) sum.set(key, (sum.get(key) ?? 0) + value);
    });
    this.entryIds = [...sums.keys()];
    this.entryPostings = new Postings([...sums.values()].map(normalized));
  }

  /** 0–1 per entry id: how close the question (its search tokens, in order) is to that entry's phrases. */
  scores(question: readonly string[]): Map<string, number> {
    const query = this.vectorOf(featuresOf(question));
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

  private vectorOf(features: Features): Features {
    return normalized(new Map([...features].map(([key, value]) => [key, value * (this.rarity.get(key) ?? this.unseenRarity)])));
  }
}
