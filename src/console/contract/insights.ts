// `GET /api/console/insights?days=N` (supervisors): how the assistant and the hand-offs went, by
// Connecticut day and over the whole period. Minutes are rounded to one decimal; null where there
// was nothing to measure.

/** How many days a supervisor may ask for, and the default. */
export const INSIGHTS_MAX_DAYS = 90;
export const INSIGHTS_DEFAULT_DAYS = 14;

export interface InsightsFigures {
  /** Conversations in which the taxpayer wrote at least once. */
  conversations: number;
  /** Of those, the ones that never became a hand-off case. */
  resolvedWithoutPerson: number;
  handoffs: { queued: number; claimed: number; closed: number; failed: number };
  /** From the case being queued to a representative claiming it, for cases claimed. */
  waitToClaimMinutes: { median: number | null; p90: number | null };
  /** From claim to close, for cases closed. */
  handlingMinutes: { median: number | null };
  /** Survey answers: how many, the average rating (1–5), and the share of "yes" to "did this save you a call?" among those who answered it. */
  satisfaction: { count: number; averageRating: number | null; savedCallShare: number | null };
  /** Answers a taxpayer marked as not helpful. */
  notHelpful: number;
}

export interface InsightsDay extends InsightsFigures {
  /** YYYY-MM-DD, Connecticut time. */
  day: string;
}

/** A question the assistant could not answer, as stored (redacted), with how often it was asked. */
export interface UnansweredQuestion {
  question: string;
  count: number;
  lastAsked: string;
}

export interface InsightsResponse {
  days: number;
  /** First and last day, YYYY-MM-DD. */
  from: string;
  to: string;
  totals: InsightsFigures;
  /** Oldest first, one entry for every day in the period. */
  byDay: InsightsDay[];
  /** The most asked first, at most ten. */
  unanswered: UnansweredQuestion[];
}
