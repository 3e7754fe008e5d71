import type { QuestionRow } from './questionSets.js';

/** An entry id and how well it answers a question (0–1 for the rankers measured here). */
export interface RankedEntry {
  id: string;
  score: number;
}

/** What a ranker does with one question: the answer, a "did you mean" between two, or the honest fallback. */
export type Decision = { kind: 'answer'; id: string } | { kind: 'ambiguous'; ids: [string, string] } | { kind: 'none' };

export interface RankedQuestion {
  row: QuestionRow;
  /** Best first; empty when nothing matched. */
  ranking: RankedEntry[];
  /** Set by a ranker that decides for itself (KnowledgeSearch); otherwise decided by a threshold. */
  decision?: Decision;
  /** A question plainly for another tax office: always the honest fallback. */
  elsewhere: boolean;
}

export interface Scores {
  inScope: number;
  outOfScope: number;
  /** In-scope questions whose first-ranked entry is theirs, whatever its confidence. */
  top1: number;
  /** In-scope questions answered with their entry. */
  right: number;
  /** In-scope questions answered with another entry. */
  wrong: number;
  /** In-scope questions given "did you mean" with their entry among the two offered. */
  offered: number;
  /** Out-of-scope questions given the honest fallback. */
  fallback: number;
}

/** Answer when the best entry's confidence reaches the threshold (and the question is for DRS). */
export function thresholdDecision(question: RankedQuestion, threshold: number): Decision {
  const [best] = question.ranking;
  if (question.decision) return question.decision;
  if (!best || question.elsewhere || best.score < threshold) return { kind: 'none' };
  return { kind: 'answer', id: best.id };
}

export function score(questions: readonly RankedQuestion[], threshold: number): Scores {
  const scores: Scores = { inScope: 0, outOfScope: 0, top1: 0, right: 0, wrong: 0, offered: 0, fallback: 0 };
  for (const question of questions) {
    const decision = thresholdDecision(question, threshold);
    const { entry } = question.row;
    if (entry === undefined) {
      scores.outOfScope += 1;
      if (decision.kind === 'none') scores.fallback += 1;
      continue;
    }
    scores.inScope += 1;
    if (question.ranking[0]?.id === entry) scores.top1 += 1;
    if (decision.kind === 'answer') {
      if (decision.id === entry) scores.right += 1;
      else scores.wrong += 1;
    }
    if (decision.kind === 'ambiguous' && decision.ids.includes(entry)) scores.offered += 1;
  }
  return scores;
}

/**
 * The lowest threshold (so the most answers) at which at least `fallbackShare` of the out-of-scope
 * questions get the honest fallback, from the confidences seen.
 */
export function thresholdFor(questions: readonly RankedQuestion[], fallbackShare: number): number {
  const candidates = [...new Set(questions.map((question) => question.ranking[0]?.score ?? 0))].sort((a, b) => a - b);
  for (const candidate of [0, ...candidates.map((value) => value + 1e-9)]) {
    const scores = score(questions, candidate);
    if (scores.fallback >= fallbackShare * scores.outOfScope) return candidate;
  }
  return 1;
}

const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);

/** One table row: top-1, answered right, wrong, "did you mean" holding the right entry, honest fallbacks. */
export function formatScores(scores: Scores): string[] {
  return [
    percent(scores.top1, scores.inScope),
    percent(scores.right, scores.inScope),
    percent(scores.wrong, scores.inScope),
    percent(scores.offered, scores.inScope),
    percent(scores.fallback, scores.outOfScope),
  ];
}
