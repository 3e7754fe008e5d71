import type { Candidate } from './candidate.js';
import type { RankedEntry } from './scoring.js';

/**
 * Two rankers' scores added, the second weighted: `first + weight × second` per entry (an entry
 * missing from one ranking scores 0 there). With `rerank`, only the first ranker's top `rerank`
 * entries are kept.
 */
export const blend = (first: Candidate, second: Candidate, weight: number, rerank?: number): Candidate => ({
  name: `${first.name} + ${weight} × ${second.name}${rerank ? `, top ${rerank} re-ranked` : ''}`,
  async build(language, entries, paraphrases) {
    const [a, b] = await Promise.all([first.build(language, entries, paraphrases), second.build(language, entries, paraphrases)]);
    return {
      async prepare(questions) {
        await a.prepare?.(questions);
        await b.prepare?.(questions);
      },
      rank(question) {
        const firstRanking = a.rank(question).ranking;
        const kept = rerank ? new Set(firstRanking.slice(0, rerank).map((entry) => entry.id)) : undefined;
        const scores = new Map<string, number>();
        for (const { id, score } of firstRanking) if (!kept || kept.has(id)) scores.set(id, score);
        for (const { id, score } of b.rank(question).ranking) {
          if (kept && !kept.has(id)) continue;
          scores.set(id, (scores.get(id) ?? 0) + weight * score);
        }
        const ranking: RankedEntry[] = [...scores].map(([id, score]) => ({ id, score: score / (1 + weight) })).sort((x, y) => y.score - x.score);
        return { ranking };
      },
    };
  },
});

/**
 * The current search's own decision (answer, "did you mean" or fallback, so the same honest
 * fallbacks), its answer chosen again among its top `rerank` entries by `search + weight × second`.
 */
export const rerankedAnswer = (search: Candidate, second: Candidate, weight: number, rerank: number): Candidate => ({
  name: `${search.name}, answer re-ranked among top ${rerank} by + ${weight} × ${second.name}`,
  async build(language, entries, paraphrases) {
    const [a, b] = await Promise.all([search.build(language, entries, paraphrases), second.build(language, entries, paraphrases)]);
    return {
      async prepare(questions) {
        await a.prepare?.(questions);
        await b.prepare?.(questions);
      },
      rank(question) {
        const { ranking, decision } = a.rank(question);
        if (!decision || decision.kind === 'none') return { ranking, ...(decision ? { decision } : {}) };
        const secondScores = new Map(b.rank(question).ranking.map((entry) => [entry.id, entry.score]));
        const top = ranking.slice(0, rerank).map((entry) => ({ id: entry.id, score: (entry.score + weight * (secondScores.get(entry.id) ?? 0)) / (1 + weight) }));
        top.sort((x, y) => y.score - x.score);
        const reranked = [...top, ...ranking.slice(rerank)];
        const [first, runnerUp] = reranked;
        if (!first) return { ranking, decision };
        if (decision.kind === 'ambiguous' && runnerUp) return { ranking: reranked, decision: { kind: 'ambiguous', ids: [first.id, runnerUp.id] } };
        return { ranking: reranked, decision: { kind: 'answer', id: first.id } };
      },
    };
  },
});
