// The supervisor's figures' port (src/db/sqlInsights.ts).
import type { InsightsDay, InsightsFigures, UnansweredQuestion } from '../console/contract/insights.js';

/** An instant range, `from` included and `to` excluded. */
export interface InstantRange {
  from: Date;
  to: Date;
}

export interface InsightsSource {
  /** The figures for each Connecticut day in `range` that had any; days without any are left out. */
  byDay(range: InstantRange): Promise<InsightsDay[]>;
  /** The same figures over the whole range. */
  totals(range: InstantRange): Promise<InsightsFigures>;
  /** The unanswered questions asked in `range`, the most asked first. */
  unanswered(range: InstantRange, limit: number): Promise<UnansweredQuestion[]>;
}
