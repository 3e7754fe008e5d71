import type { Candidate, Ranker } from './candidate.js';
import { analysisFor } from './knowledgeSearchCandidate.js';
import type { QuestionRow } from './questionSets.js';
import type { RankedEntry } from './scoring.js';

/** What the decision to answer looks at: how the two rankers see the blended ranking's first entry. */
function signals(first: readonly RankedEntry[], second: readonly RankedEntry[], weight: number): { ranking: RankedEntry[]; features: number[] } {
  const scores = new Map<string, number>();
  for (const { id, score } of first) scores.set(id, score);
  for (const { id, score } of second) scores.set(id, (scores.get(id) ?? 0) + weight * score);
  const ranking = [...scores].map(([id, score]) => ({ id, score: score / (1 + weight) })).sort((a, b) => b.score - a.score);
  const top = ranking[0]?.id;
  const firstScore = first.find((entry) => entry.id === top)?.score ?? 0;
  const secondScore = second.find((entry) => entry.id === top)?.score ?? 0;
  const lead = (ranking[0]?.score ?? 0) - (ranking[1]?.score ?? 0);
  const agree = first[0]?.id === top && second[0]?.id === top ? 1 : 0;
  return { ranking, features: [1, ranking[0]?.score ?? 0, lead, firstScore, secondScore, agree] };
}

/** Logistic regression on a handful of dense features, by plain gradient descent. */
function fitLogistic(examples: readonly { features: number[]; label: number }[], iterations = 3000, rate = 0.5, l2 = 1e-3): number[] {
  const size = examples[0]?.features.length ?? 0;
  const weights = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array<number>(size).fill(0);
    for (const { features, label } of examples) {
      const p = 1 / (1 + Math.exp(-features.reduce((sum, value, i) => sum + value * (weights[i] ?? 0), 0)));
      features.forEach((value, i) => (gradient[i] = (gradient[i] ?? 0) + (p - label) * value));
    }
    weights.forEach((weight, i) => (weights[i] = weight - rate * ((gradient[i] ?? 0) / examples.length + l2 * weight)));
  }
  return weights;
}

/**
 * The blend `first + weight × second`, answering by a learnt chance that its first entry is right:
 * logistic regression over the blended score, its lead, each ranker's score for that entry and
 * whether both rankers put it first, fitted on the tuning questions given (out-of-scope ones
 * included). With no tuning questions it is the plain blend.
 */
export const calibratedBlend = (first: Candidate, second: Candidate, weight: number): Candidate => ({
  name: `${first.name} + ${weight} × ${second.name}, learnt answer decision`,
  async build(language, entries, paraphrases) {
    // Both rankers see only the entries, so the signals on the tuning questions are as on new ones.
    const [a, b] = await Promise.all([first.build(language, entries, []), second.build(language, entries, [])]);
    const signalsOf = (question: string) => signals(a.rank(question).ranking, b.rank(question).ranking, weight);
    const prepare = async (questions: readonly string[]) => {
      await a.prepare?.(questions);
      await b.prepare?.(questions);
    };
    const ranker: Ranker = { prepare, rank: (question) => ({ ranking: signalsOf(question).ranking }) };
    // Questions for another tax office get the honest fallback by rule: they teach nothing here.
    const tuning = paraphrases.filter((row) => !analysisFor(language).aboutAnotherTaxOffice(row.q));
    if (tuning.length === 0) return ranker;
    await prepare(tuning.map((row) => row.q));
    const label = (row: QuestionRow, ranking: readonly RankedEntry[]) => (row.entry !== undefined && ranking[0]?.id === row.entry ? 1 : 0);
    const examples = tuning.map((row) => {
      const { ranking, features } = signalsOf(row.q);
      return { features, label: label(row, ranking) };
    });
    const weights = fitLogistic(examples);
    return {
      prepare,
      rank(question) {
        const { ranking, features } = signalsOf(question);
        const chance = 1 / (1 + Math.exp(-features.reduce((sum, value, i) => sum + value * (weights[i] ?? 0), 0)));
        return { ranking: ranking.map((entry, index) => (index === 0 ? { ...entry, score: chance } : entry)) };
      },
    };
  },
});
